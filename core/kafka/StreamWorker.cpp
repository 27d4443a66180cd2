#include "StreamWorker.h"

#include "core/secrets/SecretWipe.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstring>

namespace alertdeck::kafka {
namespace {

store::TopicPartition topicPartition(const rd_kafka_topic_partition_t &partition)
{
    return {QString::fromUtf8(partition.topic), partition.partition};
}

bool isCooperative(rd_kafka_t *rk)
{
    return std::strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE") == 0;
}

} // namespace

StreamWorker::StreamWorker(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_decoders(m_settings.decoderOptions)
    , m_router(m_settings.stream.handlers)
    , m_declaredFormat(m_settings.stream.declaredFormat())
    , m_pollTimer(this) // parented, so they move to the worker's thread with it
    , m_statusTimer(this)
{
    m_status.stream = m_settings.stream.name;
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &StreamWorker::pollOnce);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &StreamWorker::publishStatus);
    // Offsets stored just after a commit go out on a later tick when no further batch comes.
    connect(&m_statusTimer, &QTimer::timeout, this, &StreamWorker::commitStoredWhenDue);
}

StreamWorker::~StreamWorker()
{
    closeConsumer();
}

void StreamWorker::start()
{
    QString error;
    if (!createConsumer(&error)) {
        setState(StreamStatus::State::Error, error);
        emit finished(m_settings.stream.name);
        return;
    }
    setState(StreamStatus::State::Connecting);
    // Created here, on the worker's thread, so that its helper thread inherits this one's priority.
    m_decoder = std::make_unique<ParallelDecoder>(m_decoders, m_declaredFormat,
                                                  QStringLiteral("decode:%1").arg(m_settings.stream.name));
    m_sinceFlush.start();
    m_sinceStatus.start();
    m_statusTimer.start();
    m_pollTimer.start(0);
}

bool StreamWorker::createConsumer(QString *error)
{
    auto properties = KafkaConfigBuilder::consumerProperties(m_settings.stream, m_settings.secret);
    // Reading up to the end, a fetch the broker holds open for new messages only delays that end:
    // the fetch waker's watermark query queued behind it on the same connection, and joining the
    // waker kept `--until-eof` from closing for up to the broker's 500 ms default (1M notices:
    // 354k -> 373k alerts/s, 20 and 50 ms no better). A stream's own setting still wins.
    if (m_settings.untilEof)
        properties.insert(QStringLiteral("fetch.wait.max.ms"),
                          m_settings.stream.kafkaProperties.value(QStringLiteral("fetch.wait.max.ms"), QStringLiteral("100")));
    KafkaConfHandle conf = KafkaConfigBuilder::build(m_settings.stream.name, properties, error);
    if (!conf)
        return false;
    rd_kafka_conf_set_opaque(conf.get(), this);
    rd_kafka_conf_set_rebalance_cb(conf.get(), &StreamWorker::rebalanceCallback);
    rd_kafka_conf_set_error_cb(conf.get(), &StreamWorker::errorCallback);
    setUpTokenSource(conf.get(), properties);
    // librdkafka holds its own copy now; the map's copy goes first so ours is the last holder.
    if (auto password = properties.find(QStringLiteral("sasl.password")); password != properties.end())
        secrets::wipe(*password);
    secrets::wipe(m_settings.secret);
    char reason[512];
    m_consumer.reset(rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), reason, sizeof reason));
    if (!m_consumer) {
        *error = tr("stream \"%1\": %2").arg(m_settings.stream.name, QString::fromUtf8(reason));
        return false;
    }
    conf.release(); // rd_kafka_new took it
    rd_kafka_poll_set_consumer(m_consumer.get());
    m_fetchWaker = std::make_unique<FetchWaker>(m_consumer.get());

    const QStringList subscription = m_router.subscription();
    PartitionListHandle topics(rd_kafka_topic_partition_list_new(int(subscription.size())));
    for (const QString &topic : subscription)
        rd_kafka_topic_partition_list_add(topics.get(), topic.toUtf8().constData(), RD_KAFKA_PARTITION_UA);
    const rd_kafka_resp_err_t err = rd_kafka_subscribe(m_consumer.get(), topics.get());
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        *error = tr("stream \"%1\": cannot subscribe: %2").arg(m_settings.stream.name, QString::fromUtf8(rd_kafka_err2str(err)));
        m_consumer.reset();
        return false;
    }
    learnLeaders(subscription);
    return true;
}

// A partition assigned before the consumer knows its leader cannot look up where to start and
// retries only after a fixed 500 ms (librdkafka 2.0); opening the named topics now makes librdkafka
// ask for their leaders while the group is still being joined.
void StreamWorker::learnLeaders(const QStringList &subscription)
{
    for (const QString &topic : subscription) {
        if (!topic.startsWith(QLatin1Char('^')))
            m_knownTopics.emplace_back(rd_kafka_topic_new(m_consumer.get(), topic.toUtf8().constData(), nullptr));
    }
}

void StreamWorker::rebalanceCallback(rd_kafka_t *, rd_kafka_resp_err_t err,
                                     rd_kafka_topic_partition_list_t *partitions, void *opaque)
{
    auto *self = static_cast<StreamWorker *>(opaque);
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS)
        self->onAssign(partitions);
    else
        self->onRevoke(partitions);
}

void StreamWorker::errorCallback(rd_kafka_t *, int err, const char *reason, void *opaque)
{
    static_cast<StreamWorker *>(opaque)->onError(static_cast<rd_kafka_resp_err_t>(err), QString::fromUtf8(reason));
}

// GCN's OAUTHBEARER tokens come from the stream's token endpoint, asked for by librdkafka through
// the refresh callback below (served by rd_kafka_consumer_poll in this thread).
void StreamWorker::setUpTokenSource(rd_kafka_conf_t *conf, const QMap<QString, QString> &properties)
{
    if (!OidcTokenSource::isNeeded(properties))
        return;
    m_tokenSource = std::make_unique<OidcTokenSource>(m_settings.stream, m_settings.secret);
    connect(m_tokenSource.get(), &OidcTokenSource::failed, this, &StreamWorker::failAuthentication);
    rd_kafka_conf_set_oauthbearer_token_refresh_cb(conf, &StreamWorker::tokenRefreshCallback);
}

void StreamWorker::tokenRefreshCallback(rd_kafka_t *rk, const char *, void *opaque)
{
    static_cast<StreamWorker *>(opaque)->m_tokenSource->refresh(rk);
}

// librdkafka retries a refused login for ever, yet a wrong password or client secret does not get
// better by itself: the stream ends with the broker's (or token endpoint's) reason instead.
void StreamWorker::failAuthentication(const QString &reason)
{
    if (m_authenticationFailed)
        return;
    m_authenticationFailed = true;
    setState(StreamStatus::State::Error, tr("authentication failed for stream \"%1\": %2").arg(m_settings.stream.name, reason));
    // Called from inside rd_kafka_consumer_poll(): the consumer may only be closed after it returns.
    QMetaObject::invokeMethod(this, &StreamWorker::stop, Qt::QueuedConnection);
}

void StreamWorker::onAssign(rd_kafka_topic_partition_list_t *partitions)
{
    collectOffsets();
    for (int i = 0; i < partitions->cnt; ++i) {
        rd_kafka_topic_partition_t &partition = partitions->elems[i];
        const store::TopicPartition tp = topicPartition(partition);
        if (m_position.contains(tp))
            partition.offset = m_position.value(tp);
        else if (m_settings.resumeOffsets.contains(tp))
            partition.offset = m_settings.resumeOffsets.value(tp);
        else if (m_settings.fromBeginning)
            partition.offset = RD_KAFKA_OFFSET_BEGINNING;
        m_assigned.insert(tp);
    }
    if (isCooperative(m_consumer.get()))
        rd_kafka_error_destroy(rd_kafka_incremental_assign(m_consumer.get(), partitions));
    else
        rd_kafka_assign(m_consumer.get(), partitions);
    if (m_paused)
        rd_kafka_pause_partitions(m_consumer.get(), partitions);
    // Until the first status tells which partitions are behind, all of them may be.
    m_fetchWaker->setPartitions(m_assigned.values());
    if (m_status.state != StreamStatus::State::Paused)
        setState(StreamStatus::State::Live);
}

void StreamWorker::onRevoke(rd_kafka_topic_partition_list_t *partitions)
{
    flush();
    for (int i = 0; i < partitions->cnt; ++i) {
        const store::TopicPartition tp = topicPartition(partitions->elems[i]);
        m_assigned.remove(tp);
        m_atEnd.remove(tp);
    }
    if (isCooperative(m_consumer.get()))
        rd_kafka_error_destroy(rd_kafka_incremental_unassign(m_consumer.get(), partitions));
    else
        rd_kafka_assign(m_consumer.get(), nullptr);
}

void StreamWorker::onError(rd_kafka_resp_err_t err, const QString &reason)
{
    const QString &name = m_settings.stream.name;
    if (m_authenticationFailed)
        return; // what follows a refused login (brokers down, ...) would hide its reason
    switch (err) {
    case RD_KAFKA_RESP_ERR__FATAL: {
        char fatal[512];
        rd_kafka_fatal_error(m_consumer.get(), fatal, sizeof fatal);
        setState(StreamStatus::State::Error, tr("stream \"%1\" stopped: %2").arg(name, QString::fromUtf8(fatal)));
        // Called from inside rd_kafka_consumer_poll(): the consumer may only be closed after it returns.
        QMetaObject::invokeMethod(this, &StreamWorker::stop, Qt::QueuedConnection);
        return;
    }
    case RD_KAFKA_RESP_ERR__AUTHENTICATION:
        failAuthentication(reason);
        return;
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
        setState(StreamStatus::State::Error,
                 tr("stream \"%1\": no broker reachable at %2 (retrying): %3").arg(name, m_settings.stream.bootstrap(), reason));
        return;
    default:
        // Single connections drop and come back during normal operation; only a stream that has
        // not reached the broker yet reports them.
        if (m_status.state != StreamStatus::State::Live)
            setState(StreamStatus::State::Error, tr("stream \"%1\": %2").arg(name, reason));
    }
}

void StreamWorker::pollOnce()
{
    if (!m_consumer || m_stopping || m_ended)
        return;
    if (m_pendingBatches >= m_settings.maxPendingBatches) {
        m_pollTimer.start(2);
        return;
    }
    for (int i = 0; i < m_settings.batchSize && !m_ended && !m_stopping; ++i) {
        MessageHandle message(rd_kafka_consumer_poll(m_consumer.get(), i == 0 ? firstPollTimeoutMs() : 0));
        if (!message)
            break;
        if (message->err) {
            // What the event says (a partition's end) follows the messages before it.
            handlePolled();
            handleConsumerError(message.get());
        } else {
            const QString topic = topicEntry(message->rkt).name;
            m_polled.push_back({std::move(message), topic, {}, {}});
        }
        if (m_polled.size() >= kDecodeRun || reachesMaxMessages())
            handlePolled();
        if (batchFull())
            break;
    }
    handlePolled();
    if (batchFull() || m_sinceFlush.elapsed() >= m_settings.batchIntervalMs)
        flush();
    checkEnd();
    if (m_consumer && !m_stopping && !m_ended)
        m_pollTimer.start(0);
}

// Waiting inside librdkafka until the batch is due, rather than returning at once and coming back
// through the event loop: an empty queue with a started batch made the loop spin (100,000 empty
// polls for 300,000 messages, taking CPU from the fetcher and the store).
int StreamWorker::firstPollTimeoutMs() const
{
    constexpr int kIdlePollMs = 100;
    if (m_batch.alerts.isEmpty())
        return kIdlePollMs;
    return int(qBound(qint64(0), m_settings.batchIntervalMs - m_sinceFlush.elapsed(), qint64(kIdlePollMs)));
}

// What the worker needs of a topic on every message, looked up by librdkafka's topic handle. The
// name is compared too, as a freed handle's address may come back for another topic.
StreamWorker::TopicEntry &StreamWorker::topicEntry(const rd_kafka_topic_t *rkt)
{
    const char *name = rd_kafka_topic_name(rkt);
    auto found = m_topics.find(rkt);
    if (found != m_topics.end() && found->rawName == name)
        return *found;
    TopicEntry entry;
    entry.rawName = name;
    entry.name = QString::fromUtf8(name);
    const config::TopicHandler *handler = m_router.handlerFor(entry.name);
    entry.actions = route::HandlerRoute::fromHandler(handler);
    entry.forwards = route::ForwardRoute::fromHandler(handler, m_settings.stream.name);
    return *m_topics.insert(rkt, entry);
}

bool StreamWorker::reachesMaxMessages() const
{
    return m_settings.maxMessages > 0 && m_status.messages + qint64(m_polled.size()) >= m_settings.maxMessages;
}

// Decodes what was polled since the last call (on two threads when there is a run of it), then adds
// it to the batch in the order it came.
void StreamWorker::handlePolled()
{
    if (m_polled.empty())
        return;
    m_decoder->decode(m_polled);
    // One clock reading for the run: it was polled within a millisecond or two.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (PolledMessage &polled : m_polled) {
        if (m_ended)
            break; // --max reached: the rest stays unread
        handleMessage(polled, now);
    }
    m_polled.clear();
}

void StreamWorker::handleMessage(PolledMessage &polled, qint64 now)
{
    const rd_kafka_message_t *message = polled.message.get();
    TopicEntry &topic = topicEntry(message->rkt);
    const decode::RawMessage &raw = polled.raw;

    const qsizetype messageForwards = m_batch.forwards.size();
    for (decode::Alert &alert : polled.alerts) {
        if (!alert.decodeError.isEmpty())
            ++m_status.decodeErrors;
        const route::ActionSet actions = topic.actions.evaluate(alert);
        m_batch.actions.append(actions);
        m_batch.alerts.append({std::move(alert), m_settings.stream.name, topic.name, message->partition,
                               message->offset, now, raw.payload, raw.headers});
        if (topic.forwards.fires(actions))
            topic.forwards.collect(m_batch.alerts.constLast(), actions, messageForwards, &m_batch.forwards);
    }
    // Offsets are gathered per topic handle and turned into (topic, partition) keys once per batch.
    topic.nextOffsets.insert(message->partition, message->offset + 1);
    if (!m_atEnd.isEmpty())
        m_atEnd.remove({topic.name, message->partition});
    m_batch.bytes += qint64(message->len);
    ++m_status.messages;
    ++m_messagesSinceStatus;
    m_bytesSinceStatus += qint64(message->len);
    m_status.lastMessageMs = now;
    if (m_status.state != StreamStatus::State::Live && !m_paused)
        setState(StreamStatus::State::Live);
    if (m_settings.maxMessages > 0 && m_status.messages >= m_settings.maxMessages) {
        m_ended = true;
        flush();
        emit reachedEnd(m_settings.stream.name);
    }
}

void StreamWorker::collectOffsets()
{
    for (TopicEntry &topic : m_topics) {
        for (auto it = topic.nextOffsets.cbegin(); it != topic.nextOffsets.cend(); ++it) {
            const store::TopicPartition tp{topic.name, it.key()};
            m_batch.nextOffsets.insert(tp, it.value());
            m_position.insert(tp, it.value());
        }
        topic.nextOffsets.clear();
    }
}

void StreamWorker::handleConsumerError(const rd_kafka_message_t *message)
{
    const QString topic = message->rkt ? QString::fromUtf8(rd_kafka_topic_name(message->rkt)) : QString();
    switch (message->err) {
    case RD_KAFKA_RESP_ERR__PARTITION_EOF:
        collectOffsets();
        m_atEnd.insert({topic, message->partition});
        if (!m_position.contains({topic, message->partition}))
            m_position.insert({topic, message->partition}, message->offset);
        return;
    case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
        setState(StreamStatus::State::Error,
                 tr("stream \"%1\": topic \"%2\" does not exist on the broker").arg(m_settings.stream.name, topic));
        return;
    default:
        setState(StreamStatus::State::Error, tr("stream \"%1\": %2")
                     .arg(m_settings.stream.name, QString::fromUtf8(rd_kafka_message_errstr(message))));
    }
}

void StreamWorker::checkEnd()
{
    if (!m_settings.untilEof || m_ended || m_assigned.isEmpty())
        return;
    collectOffsets();
    for (const store::TopicPartition &tp : std::as_const(m_assigned)) {
        if (!m_atEnd.contains(tp) && !caughtUpWithFetched(tp))
            return;
    }
    m_ended = true;
    flush();
    emit reachedEnd(m_settings.stream.name);
}

// Whether the partition's next offset has reached the high watermark of the broker's last fetch
// response. librdkafka reports a partition's end only after a fetch comes back empty, which the
// broker holds for fetch.wait.max.ms (500 ms by default), so `--until-eof` over 1,000 notices took 0.54 s
// instead of 0.04 s. The watermark the fetches carry tells the same thing at once. The end event
// still ends partitions this cannot: an empty one, or one whose last offsets are transaction markers.
bool StreamWorker::caughtUpWithFetched(const store::TopicPartition &tp) const
{
    const auto position = m_position.constFind(tp);
    if (position == m_position.cend())
        return false;
    int64_t low = -1;
    int64_t high = -1;
    rd_kafka_get_watermark_offsets(m_consumer.get(), tp.first.toUtf8().constData(), tp.second, &low, &high);
    return high >= 0 && *position >= high;
}

bool StreamWorker::batchFull() const
{
    return m_batch.alerts.size() >= m_settings.batchSize || m_batch.bytes >= m_settings.batchBytes;
}

void StreamWorker::flush()
{
    m_sinceFlush.restart();
    collectOffsets();
    if (m_batch.alerts.isEmpty() && m_batch.nextOffsets.isEmpty())
        return;
    m_batch.stream = m_settings.stream.name;
    ++m_pendingBatches;
    emit batchReady(m_batch);
    // A backlog's batches are all about this size; growing each from empty copied it several times.
    const qsizetype previous = m_batch.alerts.size();
    m_batch = engine::StreamBatch{};
    m_batch.alerts.reserve(previous);
    m_batch.actions.reserve(previous);
}

void StreamWorker::acknowledge(const QString &stream, const store::PartitionOffsets &offsets)
{
    if (stream != m_settings.stream.name)
        return;
    --m_pendingBatches;
    if (!m_consumer || offsets.isEmpty())
        return;
    for (auto it = offsets.begin(); it != offsets.end(); ++it)
        m_uncommitted.insert(it.key(), it.value());
    commitStoredWhenDue();
}

void StreamWorker::commitStoredWhenDue()
{
    constexpr qint64 kCommitIntervalMs = 1000;
    if (!m_sinceCommit.isValid() || m_sinceCommit.elapsed() >= kCommitIntervalMs)
        commitStored();
}

// The group's offsets only let broker-side tools show the lag (the store's offsets are the ones a
// restart resumes from), so they are committed at most once a second: after every batch, a
// catching-up stream sent the broker 100 commits per million notices, each an append to its
// offsets log; a freshly started broker spent ~0.3 s more CPU serving `listen` than kcat.
void StreamWorker::commitStored()
{
    m_sinceCommit.start();
    if (!m_consumer || m_uncommitted.isEmpty())
        return;
    PartitionListHandle list(rd_kafka_topic_partition_list_new(int(m_uncommitted.size())));
    for (auto it = m_uncommitted.cbegin(); it != m_uncommitted.cend(); ++it)
        rd_kafka_topic_partition_list_add(list.get(), it.key().first.toUtf8().constData(), it.key().second)->offset = it.value();
    rd_kafka_commit(m_consumer.get(), list.get(), 1);
    m_uncommitted.clear();
}

void StreamWorker::setPaused(bool paused)
{
    if (!m_consumer || paused == m_paused)
        return;
    m_paused = paused;
    PartitionListHandle list(rd_kafka_topic_partition_list_new(int(m_assigned.size())));
    for (const store::TopicPartition &tp : std::as_const(m_assigned))
        rd_kafka_topic_partition_list_add(list.get(), tp.first.toUtf8().constData(), tp.second);
    if (paused)
        rd_kafka_pause_partitions(m_consumer.get(), list.get());
    else
        rd_kafka_resume_partitions(m_consumer.get(), list.get());
    setState(paused ? StreamStatus::State::Paused : StreamStatus::State::Live);
}

void StreamWorker::publishStatus()
{
    const double seconds = std::max<qint64>(m_sinceStatus.restart(), 1) / 1000.0;
    m_status.messagesPerSecond = double(m_messagesSinceStatus) / seconds;
    m_status.bytesPerSecond = double(m_bytesSinceStatus) / seconds;
    m_messagesSinceStatus = 0;
    m_bytesSinceStatus = 0;
    m_status.lag.clear();
    collectOffsets();
    QVector<store::TopicPartition> behind;
    for (const store::TopicPartition &tp : std::as_const(m_assigned)) {
        int64_t low = -1;
        int64_t high = -1;
        rd_kafka_get_watermark_offsets(m_consumer.get(), tp.first.toUtf8().constData(), tp.second, &low, &high);
        if (high >= 0 && m_position.contains(tp))
            m_status.lag.insert(tp, std::max<qint64>(0, high - m_position.value(tp)));
        if (m_status.lag.value(tp) > 0)
            behind.append(tp);
    }
    if (m_fetchWaker)
        m_fetchWaker->setPartitions(behind);
    emit statusChanged(m_status);
}

void StreamWorker::setState(StreamStatus::State state, const QString &reason)
{
    if (m_status.state == state && m_status.reason == reason)
        return;
    m_status.state = state;
    m_status.reason = reason;
    emit statusChanged(m_status);
}

void StreamWorker::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_pollTimer.stop();
    m_statusTimer.stop();
    flush();
    closeConsumer();
    if (m_status.state != StreamStatus::State::Error)
        setState(StreamStatus::State::Stopped);
    emit finished(m_settings.stream.name);
}

void StreamWorker::closeConsumer()
{
    if (!m_consumer)
        return;
    m_fetchWaker.reset();
    m_polled.clear(); // librdkafka's messages go before the consumer
    commitStored(); // asynchronous: closing must not wait on a broker that is gone
    rd_kafka_consumer_close(m_consumer.get());
    m_knownTopics.clear();
    m_consumer.reset();
}

} // namespace alertdeck::kafka
