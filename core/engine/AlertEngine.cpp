#include "AlertEngine.h"

#include "StoreWriter.h"
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
}

AlertEngine::~AlertEngine()
{
    m_streams.clear();
    if (m_storeThread && m_storeThread->isRunning()) {
        QMetaObject::invokeMethod(m_writer, &StoreWriter::close, Qt::BlockingQueuedConnection);
        m_storeThread->quit();
        m_storeThread->wait();
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
        emit stopped();
    });
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
    streamThread->thread.setObjectName(QStringLiteral("stream:") + stream.name);
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
    m_streams.insert(stream.name, streamThread);
    streamThread->thread.start();
}

void AlertEngine::setStreamPaused(const QString &stream, bool paused)
{
    if (const auto found = m_streams.value(stream))
        QMetaObject::invokeMethod(found->worker, [worker = found->worker, paused] { worker->setPaused(paused); }, Qt::QueuedConnection);
}

void AlertEngine::stopStream(const QString &stream)
{
    if (const auto found = m_streams.value(stream))
        QMetaObject::invokeMethod(found->worker, &kafka::StreamWorker::stop, Qt::QueuedConnection);
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
