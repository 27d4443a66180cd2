#include "ConnectionProbe.h"

#include "KafkaConfigBuilder.h"
#include "KafkaHandles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

namespace alertdeck::kafka {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

// The errors librdkafka reports through error_cb while the test waits; served by rd_kafka_poll on
// the test's own thread.
struct ProbeErrors
{
    rd_kafka_resp_err_t code = RD_KAFKA_RESP_ERR_NO_ERROR;
    QString reason;
    bool authenticationFailed = false;
    bool allBrokersDown = false;
};

void onProbeError(rd_kafka_t *, int err, const char *reason, void *opaque)
{
    auto *errors = static_cast<ProbeErrors *>(opaque);
    errors->code = static_cast<rd_kafka_resp_err_t>(err);
    // The first error names the cause ("Connection refused", "SASL authentication error: ...");
    // "all brokers are down" only follows from it.
    if (err == RD_KAFKA_RESP_ERR__AUTHENTICATION && !errors->authenticationFailed)
        errors->reason = QString::fromUtf8(reason);
    else if (errors->reason.isEmpty())
        errors->reason = QString::fromUtf8(reason);
    errors->authenticationFailed = errors->authenticationFailed || err == RD_KAFKA_RESP_ERR__AUTHENTICATION;
    errors->allBrokersDown = errors->allBrokersDown || err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN;
}

// The probe's log lines would otherwise go to stderr; its errors arrive through error_cb.
void quietLog(const rd_kafka_t *, int, const char *, const char *)
{
}

QStringList topicNames(const rd_kafka_metadata_t *metadata)
{
    QStringList topics;
    for (int i = 0; i < metadata->topic_cnt; ++i) {
        const QString name = QString::fromUtf8(metadata->topics[i].topic);
        if (!name.startsWith(QLatin1String("__")))
            topics << name;
    }
    topics.sort();
    return topics;
}

QString describeFailure(const config::StreamConfig &stream, const ProbeErrors &errors, int timeoutMs)
{
    if (errors.authenticationFailed)
        return tr("authentication failed for stream \"%1\": %2").arg(stream.name, errors.reason);
    if (errors.allBrokersDown || errors.code != RD_KAFKA_RESP_ERR_NO_ERROR)
        return tr("stream \"%1\": cannot reach the broker at %2: %3").arg(stream.name, stream.bootstrap(), errors.reason);
    return tr("stream \"%1\": the broker at %2 did not answer within %3 s").arg(stream.name, stream.bootstrap()).arg(timeoutMs / 1000.0);
}

} // namespace

void ConnectionProbe::ThreadStopper::operator()(QThread *thread) const
{
    thread->wait();
    delete thread;
}

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ProbeResult>();
}

ConnectionProbe::~ConnectionProbe() = default;

bool ConnectionProbe::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ConnectionProbe::start(const config::StreamConfig &stream, const QString &secret, int timeoutMs)
{
    if (isRunning())
        return false;
    QPointer<ConnectionProbe> self(this);
    m_thread.reset(QThread::create([self, stream, secret, timeoutMs] {
        const ProbeResult result = run(stream, secret, timeoutMs);
        // Delivered in the probe's own thread; dropped if the probe is gone.
        if (self)
            QMetaObject::invokeMethod(self, [self, result] { if (self) emit self->finished(result); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("probe:") + stream.name);
    m_thread->start();
    return true;
}

ProbeResult ConnectionProbe::run(const config::StreamConfig &stream, const QString &secret, int timeoutMs)
{
    ProbeResult result;
    result.stream = stream.name;
    QElapsedTimer elapsed;
    elapsed.start();
    QMap<QString, QString> properties = KafkaConfigBuilder::consumerProperties(stream, secret);
    // A test must not wait out librdkafka's own, longer connection timeouts.
    properties.insert(QStringLiteral("socket.connection.setup.timeout.ms"), QString::number(qMax(1000, timeoutMs / 2)));
    KafkaConfHandle conf = KafkaConfigBuilder::build(stream.name, properties, &result.error);
    properties.clear(); // drops the copy of the secret
    if (!conf)
        return result;
    ProbeErrors errors;
    rd_kafka_conf_set_opaque(conf.get(), &errors);
    rd_kafka_conf_set_error_cb(conf.get(), &onProbeError);
    rd_kafka_conf_set_log_cb(conf.get(), &quietLog);
    char reason[512];
    KafkaHandle handle(rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), reason, sizeof reason));
    if (!handle) {
        result.error = tr("stream \"%1\": %2").arg(stream.name, QString::fromUtf8(reason));
        return result;
    }
    conf.release(); // owned by the handle now

    while (elapsed.elapsed() < timeoutMs) {
        const rd_kafka_metadata_t *raw = nullptr;
        // Short attempts, so that errors reported in between end the test early.
        const rd_kafka_resp_err_t err = rd_kafka_metadata(handle.get(), 1, nullptr, &raw, 500);
        const MetadataHandle metadata(raw);
        rd_kafka_poll(handle.get(), 0);
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            result.ok = true;
            result.topics = topicNames(metadata.get());
            break;
        }
        if (errors.authenticationFailed || errors.allBrokersDown)
            break;
    }
    if (!result.ok)
        result.error = describeFailure(stream, errors, timeoutMs);
    result.elapsedMs = elapsed.elapsed();
    return result;
}

} // namespace alertdeck::kafka
