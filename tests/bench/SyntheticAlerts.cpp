#include "SyntheticAlerts.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

namespace alertdeck::bench {
namespace {

struct SourceKind
{
    const char *source;
    const char *eventPrefix;
    bool hasFar;
    bool hasMag;
};

constexpr SourceKind kSources[] = {
    {"Swift-BAT", "GRB ", false, false}, {"Fermi-GBM", "GRB ", false, false},
    {"IGWN", "S", true, false},          {"EP-WXT", "EP", false, true},
    {"IceCube", "IceCube-", true, false}, {"SVOM-ECLAIRs", "sb", false, false},
    {"ZTF", "ZTF25", false, true},
};
constexpr const char *kTypes[] = {"Preliminary", "Initial", "Update", "Retraction"};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

SyntheticAlerts::SyntheticAlerts(const Options &options, quint32 seed)
    : m_options(options), m_random(seed), m_index(options.firstIndex), m_offsets(options.partitions, 0),
      m_padding(options.payloadBytes, 'x')
{
    // Alerts go round-robin over the partitions, so index i is offset i / partitions of partition
    // i % partitions.
    for (int p = 0; p < options.partitions; ++p)
        m_offsets[p] = (options.firstIndex + options.partitions - 1 - p) / options.partitions;
}

decode::AlertBatch SyntheticAlerts::next(int count)
{
    decode::AlertBatch batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i)
        batch.append(make());
    return batch;
}

QHash<QPair<QString, qint32>, qint64> SyntheticAlerts::nextOffsets() const
{
    QHash<QPair<QString, qint32>, qint64> offsets;
    for (int p = 0; p < m_options.partitions; ++p)
        offsets.insert({m_options.topic, p}, m_offsets.at(p));
    return offsets;
}

decode::ReceivedAlert SyntheticAlerts::make()
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const qint64 index = m_index++;
    const SourceKind &kind = kSources[index % std::size(kSources)];
    decode::ReceivedAlert received;
    received.stream = QStringLiteral("bench");
    received.topic = m_options.topic;
    received.partition = qint32(index % m_options.partitions);
    received.offset = m_offsets[received.partition]++;
    received.receivedMs = m_options.firstReceivedMs + index * m_options.receivedStepMs;

    decode::Alert &alert = received.alert;
    const qint64 eventNumber = index / 5; // about five notices per event
    alert.id = QStringLiteral("bench-%1").arg(index);
    alert.format = QStringLiteral("gcn.json");
    alert.source = QString::fromLatin1(kind.source);
    alert.event = QStringLiteral("%1%2").arg(QLatin1String(kind.eventPrefix)).arg(eventNumber, 7, 36, QLatin1Char('0'));
    alert.alertType = QString::fromLatin1(kTypes[index % std::size(kTypes)]);
    alert.time = isoTime(received.receivedMs - qint64(unit(m_random) * 600000));
    alert.ra = unit(m_random) * 360.0;
    alert.dec = std::asin(2 * unit(m_random) - 1) * 180.0 / M_PI;
    alert.errorRadius = 0.01 + unit(m_random) * 5;
    if (kind.hasMag)
        alert.mag = 15 + unit(m_random) * 7;
    alert.score = unit(m_random) * 10;
    if (kind.hasFar)
        alert.far = std::pow(10.0, -13 + unit(m_random) * 9);
    alert.test = index % 100 == 99;
    alert.title = QStringLiteral("%1 %2 notice for %3").arg(alert.source, alert.alertType, alert.event);

    QByteArray payload = QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact);
    payload.chop(1);
    payload += ",\"padding\":\"" + m_padding.left(qMax(0, m_options.payloadBytes - int(payload.size()) - 14)) + "\"}";
    received.payload = payload;
    received.headers = {{QByteArrayLiteral("_format"), QByteArrayLiteral("json")}};
    return received;
}

} // namespace alertdeck::bench
