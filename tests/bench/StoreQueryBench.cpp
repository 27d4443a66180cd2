#include "StoreQueryBench.h"

#include "core/store/AlertQuery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace alertdeck::bench {
namespace {

using store::AlertFilter;
using store::SortOrder;

struct Case
{
    const char *name;
    AlertFilter filter;
    SortOrder order = SortOrder::Received;
};

QVector<Case> cases()
{
    AlertFilter igwn;
    igwn.source = QStringLiteral("IGWN");
    igwn.numbers.append({QStringLiteral("far"), AlertFilter::Op::Less, 1e-8});
    AlertFilter cone;
    cone.cone = AlertFilter::Cone{150.0, 20.0, 1.0};
    AlertFilter event;
    event.event = QStringLiteral("S0000zzz");
    AlertFilter text;
    text.text = QStringLiteral("retraction notice for GRB");
    AlertFilter bright;
    bright.numbers.append({QStringLiteral("mag"), AlertFilter::Op::Less, 15.5});
    bright.excludeTest = true;
    return {
        {"history_first_page", AlertFilter(), SortOrder::Received},
        {"history_first_page_by_time", AlertFilter(), SortOrder::Time},
        {"history_filter_igwn_far", igwn, SortOrder::Received},
        {"history_filter_igwn_far_by_time", igwn, SortOrder::Time},
        {"history_filter_cone_1deg", cone, SortOrder::Received},
        {"history_filter_event", event, SortOrder::Received},
        {"history_filter_text", text, SortOrder::Received},
        {"history_filter_mag_lt_15_5", bright, SortOrder::Received},
    };
}

qint64 bytesUnder(const QString &path)
{
    qint64 bytes = 0;
    for (const QFileInfo &info : QDir(path).entryInfoList(QDir::Files))
        bytes += info.size();
    return bytes;
}

} // namespace

int runQueryBench(const QString &path)
{
    QString error;
    auto query = store::AlertQuery::open(path, &error);
    if (!query) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto all = query->countEstimate(AlertFilter(), &error);
    std::printf("store %s: %lld alerts, database %.0f MB, payload files %.0f MB\n", qPrintable(path),
                all.value_or(-1), double(QFileInfo(path).size()) / 1e6,
                double(bytesUnder(path + QStringLiteral("-payloads"))) / 1e6);
    for (const Case &c : cases()) {
        QElapsedTimer timer;
        timer.start();
        const auto first = query->page(c.filter, c.order, true, std::nullopt, 100, &error);
        const double firstMs = double(timer.nsecsElapsed()) / 1e6;
        if (!first) {
            std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(error));
            return 1;
        }
        // The page after it, as scrolling does, and the count the scroll bar needs.
        timer.restart();
        const auto second = first->isEmpty()
            ? first
            : query->page(c.filter, c.order, true, first->constLast().cursor, 100, &error);
        const double nextMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const auto count = query->countEstimate(c.filter, &error);
        const double countMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("BENCH %s_ms %.1f ms (%lld rows; next page %.1f ms; count estimate %lld in %.1f ms)\n", c.name,
                    firstMs, qint64(first->size()), nextMs, count.value_or(-1), countMs);
        if (!second || !count)
            return 1;
    }
    // A scroll bar dragged to the middle of the whole history.
    for (const auto &[name, order] : {std::pair{"history_seek_middle_ms", SortOrder::Received},
                                      std::pair{"history_seek_middle_by_time_ms", SortOrder::Time}}) {
        QElapsedTimer timer;
        timer.start();
        const auto cursor = query->seek(AlertFilter(), order, true, 0.5, &error);
        const auto rows = cursor ? query->page(AlertFilter(), order, true, cursor, 100, &error) : std::nullopt;
        if (!rows) {
            std::fprintf(stderr, "%s: %s\n", name, qPrintable(error));
            return 1;
        }
        std::printf("BENCH %s %.1f ms (%lld rows)\n", name, double(timer.nsecsElapsed()) / 1e6, qint64(rows->size()));
    }
    const std::optional<QByteArray> payload = query->payload(1, &error);
    std::printf("payload of the oldest alert: %lld bytes\n", payload ? qint64(payload->size()) : -1);
    return 0;
}

} // namespace alertdeck::bench
