#pragma once

#include "core/config/StreamConfig.h"
#include "core/decode/RawMessage.h"
#include "core/kafka/MessageProducer.h"
#include "core/kafka/MockCluster.h"

#include <QObject>
#include <QTimer>
#include <QVector>

#include <memory>

namespace alertdeck::demo {

// The first-run experience: librdkafka's in-process mock cluster, fed at a human pace with the
// sample alerts this project bundles (every format the core decodes), and the stream configuration
// that watches it. Lives in the thread that created it; producing never blocks.
class DemoFeed : public QObject
{
    Q_OBJECT
public:
    explicit DemoFeed(QObject *parent = nullptr);
    ~DemoFeed() override;

    bool start(QString *error);
    QString bootstrap() const;
    // The stream that watches every demo topic.
    config::StreamConfig streamConfig() const;
    kafka::MockCluster *cluster() const { return m_cluster.get(); }

signals:
    void published(const QString &topic);

private:
    struct Message
    {
        QString topic;
        QByteArray payload;
        decode::MessageHeaders headers;
        int afterMs = 0;
    };

    bool loadScript(QString *error);
    void publishNext();

    std::unique_ptr<kafka::MockCluster> m_cluster;
    std::unique_ptr<kafka::MessageProducer> m_producer;
    QStringList m_topics;
    QVector<Message> m_messages;
    int m_repeatAfterMs = 0;
    qsizetype m_next = 0;
    QTimer m_timer;
};

} // namespace alertdeck::demo
