#include "StoreQueryBench.h"

#include "core/store/AlertHistory.h"
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

// A notification click on an alert `fraction` of the way back from the newest end of a filtered,
// sorted history: the time AlertHistory::locate takes to find it and place it (its distance from
// the newest end and 256 neighbours on each side).
bool timeLocate(store::AlertQuery *query, store::AlertHistory *history, const char *name, const Case &c, double fraction)
{
    QString error;
    const auto cursor = query->seek(c.filter, c.order, true, fraction, &error);
    const auto rows = cursor ? query->page(c.filter, c.order, true, cursor, 1, &error) : std::nullopt;
    if (!rows || rows->isEmpty()) {
        std::fprintf(stderr, "%s: no alert to locate %s\n", name, qPrintable(error));
        return false;
    }
    const decode::ReceivedAlert &target = rows->constFirst().record;
    // The table has read everything stored: up to the newest key.
    const auto newest = query->page({}, store::SortOrder::Received, true, std::nullopt, 1, &error);
    store::HistoryLocateRequest request;
    request.message = {target.stream, target.topic, target.partition, target.offset};
    request.filter = c.filter;
    request.order = c.order;
    request.upToKey = newest && !newest->isEmpty() ? newest->constFirst().key : 0;
    store::HistoryLocation location;
    QObject::connect(history, &store::AlertHistory::located, history,
                     [&location](quint64, const store::HistoryLocation &found) { location = found; });
    QElapsedTimer timer;
    timer.start();
    history->locate(1, request);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(history, &store::AlertHistory::located, history, nullptr);
    std::printf("BENCH locate_%s_%s_ms %.1f ms (outcome %d, key %lld, %s %lld rows newer, share %.4f)\n", c.name, name,
                ms, int(location.outcome), location.alert.key, location.newer.exact ? "exactly" : "seen",
                location.newer.count, location.newer.share);
    return location.outcome == store::HistoryLocation::Outcome::Shown;
}

bool benchLocate(store::AlertQuery *query, const QString &path)
{
    store::AlertHistory history(path);
    const QVector<Case> all = cases();
    for (const int i : {0, 1, 2, 3}) { // unfiltered and IGWN with far < 1e-8, by arrival and by event time
        for (const auto &[name, fraction] : {std::pair{"newest", 0.0}, std::pair{"back_1pct", 0.01},
                                             std::pair{"middle", 0.5}, std::pair{"oldest", 0.999}}) {
            if (!timeLocate(query, &history, name, all.at(i), fraction))
                return false;
        }
    }
    return true;
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
    if (!benchLocate(query.get(), path))
        return 1;
    const std::optional<QByteArray> payload = query->payload(1, &error);
    std::printf("payload of the oldest alert: %lld bytes\n", payload ? qint64(payload->size()) : -1);
    return 0;
}

} // namespace alertdeck::bench
