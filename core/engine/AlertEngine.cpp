#include "AlertEngine.h"

#include "StoreWriter.h"
#include "ThreadPriority.h"
#include "core/actions/ActionDispatcher.h"
#include "core/kafka/StreamWorker.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace alertdeck::engine {
namespace {

// A connection opened only to check the store or read offsets starts no indexing thread.
store::AlertStore::Options shortLived()
{
    store::AlertStore::Options options;
    options.backgroundIndexing = false;
    return options;
}

} // namespace

struct AlertEngine::StreamThread
{
    QThread thread;
    kafka::StreamWorker *worker = nullptr; // lives in `thread`, deleted when it finishes
    config::StreamConfig config;           // what it runs with, to tell whether an edit changes it
    QString secret;

    ~StreamThread()
    {
        if (thread.isRunning()) {
            QMetaObject::invokeMethod(worker, &kafka::StreamWorker::stop, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        }
    }
};

AlertEngine::AlertEngine(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<StreamBatch>();
    qRegisterMetaType<kafka::StreamStatus>();
    qRegisterMetaType<store::PartitionOffsets>();
    qRegisterMetaType<actions::ActionRequests>();
    qRegisterMetaType<actions::ActionLogEntry>();
    qRegisterMetaType<actions::MatchCounts>();
    qRegisterMetaType<actions::HeartbeatStatus>();
    qRegisterMetaType<store::OutboxRows>();
    qRegisterMetaType<store::OutboxSettlement>();
}

AlertEngine::~AlertEngine()
{
    m_streams.clear();
    if (m_storeThread && m_storeThread->isRunning()) {
        QMetaObject::invokeMethod(m_writer, &StoreWriter::close, Qt::BlockingQueuedConnection);
        m_storeThread->quit();
        m_storeThread->wait();
    }
    if (m_actionThread) {
        m_actionThread->quit();
        m_actionThread->wait();
    }
}

QString AlertEngine::defaultStorePath()
{
    QString dir = qEnvironmentVariable("ALERTDECK_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/alerts.db");
}

bool AlertEngine::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_options.storePath).absolutePath());
    // Opened once here so that a store that cannot be opened is reported before any stream starts;
    // the writer thread then keeps its own connection.
    if (!store::AlertStore::open(m_options.storePath, shortLived(), error))
        return false;
    m_storeThread = std::make_unique<QThread>();
    m_storeThread->setObjectName(QStringLiteral("alertdeck-store"));
    m_writer = new StoreWriter(m_options.storePath, m_options.retention);
    m_writer->moveToThread(m_storeThread.get());
    connect(m_storeThread.get(), &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &StoreWriter::written, this, &AlertEngine::alertsStored);
    connect(m_writer, &StoreWriter::openFailed, this, &AlertEngine::storeFailed);
    connect(m_writer, &StoreWriter::outboxFailed, this, &AlertEngine::storeWarning);
    connect(m_writer, &StoreWriter::forwardsOwedChanged, this, &AlertEngine::forwardsOwedChanged);
    connect(m_writer, &StoreWriter::retentionFailed, this, [this](const QString &reason) {
        emit storeWarning(tr("old alerts could not be removed: %1").arg(reason));
    });
    connect(m_writer, &StoreWriter::writeFailed, this, [this](const QString &stream, const QString &reason) {
        emit storeFailed(tr("cannot store alerts of stream \"%1\": %2").arg(stream, reason));
        stopStream(stream);
    });
    connect(m_writer, &StoreWriter::closed, this, [this] {
        m_storeThread->quit();
        m_storeThread->wait();
        m_writer = nullptr; // deleted as its thread finished; a later shutdown() must not reach it
        finishActions();
    });
    startActions();
    applyPriority(m_storeThread.get());
    m_storeThread->start();
    QMetaObject::invokeMethod(m_writer, &StoreWriter::open, Qt::QueuedConnection);
    return true;
}

void AlertEngine::startStream(const config::StreamConfig &stream, const QString &secret)
{
    if (!m_writer || m_shuttingDown || m_streams.contains(stream.name))
        return;
    kafka::StreamWorker::Settings settings;
    settings.stream = stream;
    settings.secret = secret;
    settings.fromBeginning = m_options.fromBeginning;
    settings.untilEof = m_options.untilEof;
    settings.maxMessages = m_options.maxMessagesPerStream;
    settings.decoderOptions = m_options.decoders;
    QString error;
    if (auto reader = store::AlertStore::open(m_options.storePath, shortLived(), &error))
        settings.resumeOffsets = reader->committedOffsets(stream.name);

    auto streamThread = std::make_shared<StreamThread>();
    streamThread->config = stream;
    streamThread->secret = secret;
    streamThread->thread.setObjectName(QStringLiteral("stream:") + stream.name);
    // Connected before the worker's start, which creates librdkafka's and the decoder's threads:
    // they inherit the lowered priority only if it is already set.
    applyPriority(&streamThread->thread);
    auto *worker = new kafka::StreamWorker(std::move(settings));
    streamThread->worker = worker;
    worker->moveToThread(&streamThread->thread);
    connect(&streamThread->thread, &QThread::started, worker, &kafka::StreamWorker::start);
    connect(&streamThread->thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &kafka::StreamWorker::batchReady, m_writer, &StoreWriter::write);
    connect(m_writer, &StoreWriter::acknowledged, worker, &kafka::StreamWorker::acknowledge);
    connect(worker, &kafka::StreamWorker::statusChanged, this, &AlertEngine::streamStatusChanged);
    connect(worker, &kafka::StreamWorker::reachedEnd, this, &AlertEngine::streamReachedEnd);
    connect(worker, &kafka::StreamWorker::finished, this, &AlertEngine::onWorkerFinished);
    QMetaObject::invokeMethod(m_dispatcher, [dispatcher = m_dispatcher, stream, secret] {
        dispatcher->addStream(stream, secret);
    }, Qt::QueuedConnection);
    // Forwards owed from before go first: queued ahead of the worker's first batch, and reaching
    // the dispatcher after the stream's targets.
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, name = stream.name] { writer->replayForwards(name); },
                              Qt::QueuedConnection);
    m_streams.insert(stream.name, streamThread);
    streamThread->thread.start();
}

// Actions run on their own thread, fed only with batches the store has made durable, so a slow
// command or webhook never holds up storing.
void AlertEngine::startActions()
{
    m_actionThread = std::make_unique<QThread>();
    m_actionThread->setObjectName(QStringLiteral("alertdeck-actions"));
    m_dispatcher = new actions::ActionDispatcher;
    m_dispatcher->moveToThread(m_actionThread.get());
    connect(m_actionThread.get(), &QThread::finished, m_dispatcher, &QObject::deleteLater);
    connect(m_writer, &StoreWriter::written, m_dispatcher, &actions::ActionDispatcher::dispatch);
    connect(m_writer, &StoreWriter::forwardsPending, m_dispatcher, &actions::ActionDispatcher::replayForwards);
    connect(m_dispatcher, &actions::ActionDispatcher::forwardsSettled, m_writer, &StoreWriter::settleForwards);
    // After the settlements before it (same two threads, queued in order): the retry they scheduled runs now.
    connect(m_dispatcher, &actions::ActionDispatcher::forwardTargetAdded, m_writer, &StoreWriter::retryForwards);
    connect(m_dispatcher, &actions::ActionDispatcher::actionsRequested, this, &AlertEngine::actionsRequested);
    connect(m_dispatcher, &actions::ActionDispatcher::logged, this, &AlertEngine::actionLogged);
    connect(m_dispatcher, &actions::ActionDispatcher::matchCountsChanged, this, &AlertEngine::matchCountsChanged);
    connect(m_dispatcher, &actions::ActionDispatcher::heartbeatChanged, this, &AlertEngine::heartbeatChanged);
    connect(m_dispatcher, &actions::ActionDispatcher::finished, this, [this] {
        m_actionThread->quit();
        m_actionThread->wait();
        emit stopped();
    });
    applyPriority(m_actionThread.get());
    m_actionThread->start();
}

void AlertEngine::applyPriority(QThread *thread) const
{
    if (m_options.behindInteractiveThreads)
        runBehindInteractiveThreads(thread);
}

// Queued behind every batch the store writer announced, so each has been dispatched; commands and
// webhooks under way are waited for (their timeouts bound the wait).
void AlertEngine::finishActions()
{
    QMetaObject::invokeMethod(m_dispatcher, &actions::ActionDispatcher::finish, Qt::QueuedConnection);
}

void AlertEngine::setForwardTargets(const QVector<config::StreamConfig> &streams)
{
    for (const config::StreamConfig &stream : streams) {
        const QString variable = stream.secretEnvVar();
        addForwardTarget(stream, variable.isEmpty() ? QString() : qEnvironmentVariable(qPrintable(variable)));
    }
}

void AlertEngine::addForwardTarget(const config::StreamConfig &stream, const QString &secret)
{
    if (!m_dispatcher)
        return;
    QMetaObject::invokeMethod(m_dispatcher, [dispatcher = m_dispatcher, stream, secret] {
        dispatcher->addForwardTarget(stream, secret);
    }, Qt::QueuedConnection);
}

void AlertEngine::setStreamPaused(const QString &stream, bool paused)
{
    if (const auto found = m_streams.value(stream))
        QMetaObject::invokeMethod(found->worker, [worker = found->worker, paused] { worker->setPaused(paused); }, Qt::QueuedConnection);
}

void AlertEngine::discardForwards(const QString &stream)
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, stream] { writer->discardForwards(stream); }, Qt::QueuedConnection);
}

void AlertEngine::stopStream(const QString &stream)
{
    if (const auto found = m_streams.value(stream))
        QMetaObject::invokeMethod(found->worker, &kafka::StreamWorker::stop, Qt::QueuedConnection);
}

void AlertEngine::reconfigure(const QVector<config::StreamConfig> &streams, const QHash<QString, QString> &secrets)
{
    for (const QString &name : m_streams.keys()) {
        const bool kept = std::any_of(streams.cbegin(), streams.cend(),
                                      [&](const config::StreamConfig &s) { return s.name == name && s.active; });
        if (!kept) {
            m_pendingRestarts.remove(name);
            stopStream(name);
        }
    }
    for (const config::StreamConfig &stream : streams) {
        if (!stream.active)
            continue;
        const QString secret = secrets.value(stream.name);
        const auto running = m_streams.value(stream.name);
        if (m_pendingRestarts.contains(stream.name))
            m_pendingRestarts.insert(stream.name, {stream, secret});
        else if (!running)
            startStream(stream, secret);
        else if (running->config.toJson() != stream.toJson() || running->secret != secret)
            restartStream(stream, secret);
    }
}

void AlertEngine::restartStream(const config::StreamConfig &stream, const QString &secret)
{
    if (!m_streams.contains(stream.name) && !m_pendingRestarts.contains(stream.name)) {
        startStream(stream, secret);
        return;
    }
    m_pendingRestarts.insert(stream.name, {stream, secret});
    stopStream(stream.name);
}

// The worker handed its last batch to the writer before it finished. A call queued to the writer
// behind that batch runs once it is stored, so the new worker resumes right after it: nothing is
// read twice and nothing is skipped.
void AlertEngine::startWhenStored(const QString &stream)
{
    QMetaObject::invokeMethod(m_writer, [this, stream] {
        QMetaObject::invokeMethod(this, [this, stream] {
            const auto pending = m_pendingRestarts.take(stream);
            if (!m_shuttingDown && !pending.first.name.isEmpty())
                startStream(pending.first, pending.second);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

bool AlertEngine::isRunning(const QString &stream) const
{
    return m_streams.contains(stream);
}

void AlertEngine::shutdown()
{
    m_shuttingDown = true;
    if (m_streams.isEmpty()) {
        closeStoreWhenIdle();
        return;
    }
    for (const QString &stream : m_streams.keys())
        stopStream(stream);
}

void AlertEngine::onWorkerFinished(const QString &stream)
{
    if (const auto finished = m_streams.take(stream)) {
        finished->thread.quit();
        finished->thread.wait();
    }
    emit streamFinished(stream);
    if (m_pendingRestarts.contains(stream) && !m_shuttingDown && m_writer)
        startWhenStored(stream);
    if (m_shuttingDown && m_streams.isEmpty())
        closeStoreWhenIdle();
}

void AlertEngine::closeStoreWhenIdle()
{
    // Queued behind every batch the workers handed on before they finished, so all of them are
    // durable before the store closes.
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, &StoreWriter::close, Qt::QueuedConnection);
    else
        emit stopped();
}

} // namespace alertdeck::engine
