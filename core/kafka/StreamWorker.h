#pragma once

#include "FetchWaker.h"
#include "KafkaConfigBuilder.h"
#include "KafkaHandles.h"
#include "OidcTokenSource.h"
#include "ParallelDecoder.h"
#include "StreamStatus.h"
#include "core/config/StreamConfig.h"
#include "core/decode/DecoderRegistry.h"
#include "core/engine/StreamBatch.h"
#include "core/route/ForwardRoute.h"
#include "core/route/HandlerRoute.h"
#include "core/route/TopicRouter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace alertdeck::kafka {

// Consumes one stream. Lives on its own QThread and owns its consumer: nothing else touches it.
// Messages are decoded and routed here, then handed on in batches (at most every batchInterval or
// batchSize alerts or batchBytes of payload), never one signal per message. At most maxPendingBatches batches may wait
// unacknowledged downstream; beyond that the worker stops polling (librdkafka keeps buffering).
class StreamWorker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        config::StreamConfig stream;
        QString secret;
        bool fromBeginning = false;
        bool untilEof = false;
        qint64 maxMessages = 0; // 0: no limit
        store::PartitionOffsets resumeOffsets;
        decode::DecoderRegistry::Options decoderOptions;
        int batchIntervalMs = 100;
        int batchSize = 10000;
        // Rubin alerts are ~80 KB: a count alone would let a batch (and the batches waiting
        // downstream) hold gigabytes.
        qint64 batchBytes = 16 * 1024 * 1024;
        int maxPendingBatches = 4;
    };

    explicit StreamWorker(Settings settings, QObject *parent = nullptr);
    ~StreamWorker() override;

public slots:
    void start();
    void stop();
    void setPaused(bool paused);
    // Downstream stored (or dropped) a batch: commits its offsets to the group and lets polling go on.
    // Slot for StoreWriter::acknowledged, which speaks for every stream: others' batches are ignored.
    void acknowledge(const QString &stream, const alertdeck::store::PartitionOffsets &offsets);

signals:
    void batchReady(const alertdeck::engine::StreamBatch &batch);
    void statusChanged(const alertdeck::kafka::StreamStatus &status);
    // Every assigned partition is at its end (only with untilEof), or maxMessages were read.
    void reachedEnd(const QString &stream);
    // The consumer is closed; the last batch has been handed on before this.
    void finished(const QString &stream);

private:
    static void rebalanceCallback(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                                  rd_kafka_topic_partition_list_t *partitions, void *opaque);
    static void errorCallback(rd_kafka_t *rk, int err, const char *reason, void *opaque);
    static void tokenRefreshCallback(rd_kafka_t *rk, const char *oauthbearerConfig, void *opaque);

    bool createConsumer(QString *error);
    void learnLeaders(const QStringList &subscription);
    void onAssign(rd_kafka_topic_partition_list_t *partitions);
    void onRevoke(rd_kafka_topic_partition_list_t *partitions);
    void onError(rd_kafka_resp_err_t err, const QString &reason);
    void setUpTokenSource(rd_kafka_conf_t *conf, const QMap<QString, QString> &properties);
    void failAuthentication(const QString &reason);
    void pollOnce();
    int firstPollTimeoutMs() const;
    struct TopicEntry
    {
        QByteArray rawName;
        QString name;
        route::HandlerRoute actions;
        route::ForwardRoute forwards;
        QHash<qint32, qint64> nextOffsets; // since the last batch, per partition
    };

    TopicEntry &topicEntry(const rd_kafka_topic_t *rkt);
    bool reachesMaxMessages() const;
    void handlePolled();
    void handleMessage(PolledMessage &polled, qint64 now);
    void collectOffsets();
    void handleConsumerError(const rd_kafka_message_t *message);
    bool batchFull() const;
    void commitStoredWhenDue();
    void commitStored();
    void flush();
    void publishStatus();
    void setState(StreamStatus::State state, const QString &reason = {});
    void checkEnd();
    bool caughtUpWithFetched(const store::TopicPartition &tp) const;
    void closeConsumer();

    Settings m_settings;
    decode::DecoderRegistry m_decoders;
    route::TopicRouter m_router;
    const QString m_declaredFormat;
    std::unique_ptr<ParallelDecoder> m_decoder; // made in start()
    // Messages polled but not yet decoded: at most kDecodeRun, decoded together.
    std::vector<PolledMessage> m_polled;
    static constexpr size_t kDecodeRun = 512;
    QHash<const rd_kafka_topic_t *, TopicEntry> m_topics;
    KafkaHandle m_consumer;
    std::vector<TopicHandle> m_knownTopics; // after m_consumer: released before the consumer is freed
    std::unique_ptr<FetchWaker> m_fetchWaker; // after m_consumer: stops before the consumer is freed
    std::unique_ptr<OidcTokenSource> m_tokenSource; // OAUTHBEARER streams only
    QTimer m_pollTimer;
    QTimer m_statusTimer;
    engine::StreamBatch m_batch;
    QElapsedTimer m_sinceFlush;
    store::PartitionOffsets m_uncommitted; // stored, not yet committed to the group
    QElapsedTimer m_sinceCommit;
    QSet<store::TopicPartition> m_assigned;
    QSet<store::TopicPartition> m_atEnd;
    store::PartitionOffsets m_position;
    StreamStatus m_status;
    qint64 m_bytesSinceStatus = 0;
    qint64 m_messagesSinceStatus = 0;
    QElapsedTimer m_sinceStatus;
    int m_pendingBatches = 0;
    bool m_paused = false;
    bool m_ended = false;
    bool m_stopping = false;
    bool m_authenticationFailed = false;
};

} // namespace alertdeck::kafka
