// alertdeck-gui-bench: the desktop window under measurement (run offscreen or under Xvfb).
//   history --store FILE --filter EXPR   open the main window on an existing store; print when the
//                                        first rows were painted (epoch ms, for the caller to compare
//                                        with when it started the process), how long a filter took
//                                        from Enter to its rows painted, and the peak RSS
//   stall --config FILE --store FILE --expect N
//                                        ingest the configured streams from the beginning in the
//                                        window until N alerts are stored, while a 5 ms timer
//                                        measures how late the GUI thread serves it
//   detail --store FILE --kind gcn|voevent|avro
//                                        select each stored alert of a kind in the detail pane (a new
//                                        store gets three of each kind first) and print how long the
//                                        GUI thread spent in showStoredAlert, how long until the
//                                        content was shown, and the longest the GUI thread was busy
//                                        meanwhile; drop the page cache before a run to time reads
//                                        from disk
#include "core/config/StreamConfigFile.h"
#include "core/engine/AlertEngine.h"
#include "core/store/AlertStore.h"
#include "DetailSamples.h"
#include "ui/MainWindow.h"
#include "ui/models/AlertTableModel.h"
#include "ui/panels/AlertTablePanel.h"
#include "ui/panels/DetailPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <tuple>

using namespace alertdeck;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Calls `done` once after the table's viewport painted with the rows it shows already read.
class PaintWatch : public QObject
{
public:
    PaintWatch(QTableView *table, std::function<void()> done)
        : QObject(table), m_table(table), m_done(std::move(done))
    {
        table->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done && rowsLoaded()) {
            // Queued: runs once this paint event has been handled, i.e. the rows are drawn.
            QMetaObject::invokeMethod(this, [this] {
                if (auto done = std::exchange(m_done, {}))
                    done();
            }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool rowsLoaded() const
    {
        const auto *model = static_cast<const ui::AlertTableModel *>(m_table->model());
        const int row = m_table->rowAt(m_table->viewport()->height() - 2);
        const int last = row >= 0 ? row : model->rowCount() - 1;
        return last >= 0 && model->alertAt(last) != nullptr;
    }

    QTableView *m_table;
    std::function<void()> m_done;
};

std::unique_ptr<engine::AlertEngine> openEngine(engine::AlertEngine::Options options)
{
    options.behindInteractiveThreads = true; // as the desktop app runs it
    auto engine = std::make_unique<engine::AlertEngine>(options);
    QString error;
    if (engine->open(&error))
        return engine;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return {};
}

int history(const QString &storePath, const QString &filter)
{
    engine::AlertEngine::Options options;
    options.storePath = storePath;
    const auto engine = openEngine(options);
    if (!engine)
        return 1;
    ui::MainWindow window(engine.get());
    auto *panel = window.findChild<ui::AlertTablePanel *>();
    QTableView *table = panel->table();
    int status = 1;
    QElapsedTimer filterTimer;
    // A big result's rows show before the store has estimated its size; that comes after.
    const auto counted = [&] {
        std::printf("history: %d rows match '%s', counted after %lld ms\n", panel->model()->rowCount(),
                    qPrintable(filter), filterTimer.elapsed());
        std::printf("BENCH history_rss_mb %.0f MB\n", double(statusKb("VmHWM:")) / 1024.0);
        status = 0;
        QApplication::quit();
    };
    const auto finish = [&] {
        std::printf("BENCH history_filter_ms %lld ms\n", filterTimer.elapsed());
        if (!panel->model()->isQueryRunning())
            counted();
        else
            QObject::connect(panel->model(), &ui::AlertTableModel::queryFinished, table, counted, Qt::SingleShotConnection);
    };
    new PaintWatch(table, [&] {
        std::printf("FIRST_PAINT_EPOCH_MS %lld\n", QDateTime::currentMSecsSinceEpoch());
        std::printf("history: %d rows in the table\n", panel->model()->rowCount());
        std::fflush(stdout);
        QTest::keyClicks(panel->filterEdit(), filter);
        // Timed from Enter: typing itself waits on the user, not on the store.
        QObject::connect(panel->model(), &ui::AlertTableModel::queryFinished, table,
                         [&] { new PaintWatch(table, finish); }, Qt::SingleShotConnection);
        filterTimer.start();
        QTest::keyClick(panel->filterEdit(), Qt::Key_Return);
    });
    window.show();
    QTimer::singleShot(60000, qApp, [] {
        std::fprintf(stderr, "history: no rows painted within 60 s\n");
        QApplication::exit(1);
    });
    QApplication::exec();
    return status;
}

// The calling thread's time on a CPU and time spent runnable but waiting for one (Linux schedstat,
// in ns): lateness beyond both is time the thread slept, i.e. was blocked.
std::pair<qint64, qint64> threadSchedNs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> fields = file.readAll().split(' ');
    return {fields.value(0).toLongLong(), fields.value(1).toLongLong()};
}

// Lateness of a 5 ms timer: how long the GUI thread kept it waiting beyond its interval. The GUI
// thread's own CPU time over the same span tells work on it apart from waiting for a core.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const std::pair<qint64, qint64> sched = threadSchedNs();
            const double lateness = double(std::max<qint64>(0, now - m_last - kIntervalMs * 1000000)) / 1e6;
            if (lateness >= m_worstLateness) {
                m_worstLateness = lateness;
                m_worst = {now - m_last, sched.first - m_lastSched.first, sched.second - m_lastSched.second};
            }
            m_lateness.push_back(lateness);
            m_last = now;
            m_lastSched = sched;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_schedStart = threadSchedNs();
        m_lastSched = m_schedStart;
        m_timer.start();
    }
    void report()
    {
        m_timer.stop();
        std::vector<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        const double p99 = sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, size_t(double(sorted.size()) * 0.99))];
        const auto [cpu, waiting] = threadSchedNs();
        std::printf("stall: %zu probes; in %.0f ms the GUI thread ran %.0f ms and waited %.0f ms for a core\n",
                    sorted.size(), double(m_clock.nsecsElapsed()) / 1e6, double(cpu - m_schedStart.first) / 1e6,
                    double(waiting - m_schedStart.second) / 1e6);
        // Whether the longest stall was work on the GUI thread, the machine's cores busy elsewhere,
        // or the thread blocked (asleep on a lock or I/O).
        const auto &[span, ran, waited] = m_worst;
        std::printf("stall: the longest interval, %.1f ms: the GUI thread ran %.1f ms, waited %.1f ms for a core, "
                    "was blocked %.1f ms\n",
                    double(span) / 1e6, double(ran) / 1e6, double(waited) / 1e6,
                    double(std::max<qint64>(0, span - ran - waited)) / 1e6);
        std::printf("BENCH gui_stall_p99_ms %.1f ms\n", p99);
        std::printf("BENCH gui_stall_max_ms %.1f ms\n", sorted.empty() ? 0 : sorted.back());
    }

private:
    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::pair<qint64, qint64> m_schedStart;
    std::pair<qint64, qint64> m_lastSched;
    double m_worstLateness = 0;
    std::tuple<qint64, qint64, qint64> m_worst; // the longest interval: its length, run and wait time (ns)
    std::vector<double> m_lateness;
};

int stall(const QString &configPath, const QString &storePath, qint64 expected)
{
    const config::StreamConfigFile file = config::StreamConfigFile::load(configPath);
    if (file.streams.isEmpty()) {
        std::fprintf(stderr, "%s: no usable stream\n", qPrintable(configPath));
        return 2;
    }
    engine::AlertEngine::Options options;
    options.storePath = storePath;
    options.fromBeginning = true;
    const auto engine = openEngine(options);
    if (!engine)
        return 1;
    ui::MainWindow window(engine.get());
    window.show();
    StallProbe probe;
    qint64 stored = 0;
    QElapsedTimer ingest;
    QObject::connect(engine.get(), &engine::AlertEngine::alertsStored, &window, [&](const engine::StreamBatch &batch) {
        if (stored == 0) {
            ingest.start();
            probe.start();
        }
        stored += batch.alerts.size();
        if (stored >= expected) {
            probe.report();
            std::printf("stall: %lld alerts stored in the window at %.0f alerts/s\n", stored,
                        double(stored) / (double(ingest.nsecsElapsed()) / 1e9));
            QApplication::quit();
        }
    });
    QTimer::singleShot(600000, qApp, [] {
        std::fprintf(stderr, "stall: the alerts were not all stored within 10 minutes\n");
        QApplication::exit(1);
    });
    for (const config::StreamConfig &stream : file.streams)
        window.startStream(stream);
    const int status = QApplication::exec();
    engine->shutdown();
    return stored >= expected ? status : 1;
}

const QStringList kDetailKinds = {QStringLiteral("gcn"), QStringLiteral("voevent"), QStringLiteral("avro")};

// Three alerts of each kind, kinds in turn: topic and offset say which kind and which alert.
bool populateDetailStore(const QString &storePath)
{
    QString error;
    const auto store = store::AlertStore::open(storePath, &error);
    if (store && store->alertCount() > 0)
        return true;
    decode::AlertBatch batch;
    for (int n = 0; n < 9; ++n) {
        const QString &kind = kDetailKinds.at(n % 3);
        const QByteArray payload = n % 3 == 0 ? test::gcnJsonNotice(n) : n % 3 == 1 ? test::voEventNotice(n) : test::rubinAvroAlert(n);
        batch.append(test::sampleAlert(payload, kind, n));
    }
    if (store && store->append(QStringLiteral("samples"), batch, {}, &error))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

// Longest gap between the runs of a 1 ms timer: the longest the GUI thread was kept from its events.
class GapProbe : public QObject
{
public:
    GapProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return double(std::max(m_longest, m_clock.nsecsElapsed() - m_last)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

int detail(const QString &storePath, const QString &kind)
{
    if (!kDetailKinds.contains(kind)) {
        std::fprintf(stderr, "--kind must be one of %s\n", qPrintable(kDetailKinds.join(QLatin1Char(' '))));
        return 2;
    }
    if (!populateDetailStore(storePath))
        return 1;
    // The table's model reads the rows and owns the history service the pane reads payloads with.
    ui::AlertTablePanel table(storePath);
    ui::AlertTableModel *model = table.model();
    ui::DetailPanel panel;
    panel.setHistory(model->history());
    panel.resize(900, 600);
    panel.show();
    if (!QTest::qWaitFor([&] { return model->rowCount() > 0 && model->alertAt(model->rowCount() - 1); }, 10000)) {
        std::fprintf(stderr, "detail: the table read no rows\n");
        return 1;
    }
    GapProbe probe;
    for (int row = 0; row < model->rowCount(); ++row) {
        const store::StoredAlert *alert = model->alertAt(row);
        if (alert->record.topic != kind)
            continue;
        // QSignalSpy waits in an event loop that never sleeps, unlike QTest::qWaitFor.
        QSignalSpy shown(&panel, &ui::DetailPanel::detailShown);
        QElapsedTimer timer;
        timer.start();
        probe.start();
        panel.showStoredAlert(*alert);
        const qint64 guiNs = timer.nsecsElapsed();
        if (!shown.wait(10000)) {
            std::fprintf(stderr, "detail: alert %lld was not shown within 10 s\n", alert->key);
            return 1;
        }
        const qint64 shownNs = timer.nsecsElapsed();
        const double gapMs = probe.stopMs();
        std::printf("BENCH detail_%s_key%lld_gui_ms %.2f ms\n", qPrintable(kind), alert->key, double(guiNs) / 1e6);
        std::printf("BENCH detail_%s_key%lld_shown_ms %.2f ms\n", qPrintable(kind), alert->key, double(shownNs) / 1e6);
        std::printf("BENCH detail_%s_key%lld_longest_gui_gap_ms %.2f ms\n", qPrintable(kind), alert->key, gapMs);
        QTest::qWait(50);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AlertDeckBench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AlertDeck window benchmark"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("history, stall or detail"));
    parser.addOption({QStringLiteral("store"), QStringLiteral("Alert store file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("filter"), QStringLiteral("Filter expression to time."), QStringLiteral("EXPR"),
                      QStringLiteral("source:IGWN far<1e-8")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("Stream configuration."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("expect"), QStringLiteral("Alerts to ingest."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("Detail: the kind of alert to show."), QStringLiteral("KIND")});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QString store = parser.value(QStringLiteral("store"));
    if (store.isEmpty()) {
        std::fprintf(stderr, "--store is required\n");
        return 2;
    }
    if (mode == QLatin1String("history"))
        return history(store, parser.value(QStringLiteral("filter")));
    if (mode == QLatin1String("stall"))
        return stall(parser.value(QStringLiteral("config")), store, parser.value(QStringLiteral("expect")).toLongLong());
    if (mode == QLatin1String("detail"))
        return detail(store, parser.value(QStringLiteral("kind")));
    std::fprintf(stderr, "unknown mode '%s' (history, stall, detail)\n", qPrintable(mode));
    return 2;
}
