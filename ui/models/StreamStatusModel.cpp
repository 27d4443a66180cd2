#include "StreamStatusModel.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace alertdeck::ui {
namespace {

using StreamState = kafka::StreamStatus::State;

QColor stateColor(StreamState state)
{
    switch (state) {
    case StreamState::Live:
        return QColor(0x2e, 0xa0, 0x43);
    case StreamState::Connecting:
        return QColor(0xd9, 0x9a, 0x06);
    case StreamState::Paused:
        return QColor(0x3b, 0x82, 0xc4);
    case StreamState::Error:
        return QColor(0xd0, 0x31, 0x2d);
    case StreamState::Stopped:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QIcon stateIcon(StreamState state)
{
    static QHash<int, QIcon> icons;
    QIcon &icon = icons[int(state)];
    if (icon.isNull()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(stateColor(state).darker(130), 2));
        painter.setBrush(stateColor(state));
        painter.drawEllipse(QRectF(5, 5, 22, 22));
        icon = QIcon(pixmap);
    }
    return icon;
}

qint64 totalLag(const kafka::StreamStatus &status)
{
    qint64 lag = 0;
    for (const qint64 behind : status.lag)
        lag += behind;
    return lag;
}

} // namespace

StreamStatusModel::StreamStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, LastMessage), index(rowCount() - 1, LastMessage), {Qt::DisplayRole});
    });
    m_ageTimer.start();
}

int StreamStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StreamStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const kafka::StreamStatus &status = m_rows.at(index.row());
    if (role == StateRole)
        return int(status.state);
    if (role == Qt::DecorationRole && index.column() == Name)
        return stateIcon(status.state);
    if (role == Qt::ToolTipRole)
        return toolTip(status);
    if (role == Qt::ForegroundRole && index.column() == State
        && (status.state == StreamState::Error || heartbeatSilent(status.stream))) {
        return stateColor(StreamState::Error);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Rate)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return status.stream;
    case State: // the reason of an error is in the tooltip and under the list
        if (status.state != StreamState::Error && heartbeatSilent(status.stream))
            return tr("%1, heartbeat silent").arg(kafka::StreamStatus::stateName(status.state));
        return kafka::StreamStatus::stateName(status.state);
    case Rate:
        return tr("%1/s").arg(locale.toString(status.messagesPerSecond, 'f', 1));
    case Throughput:
        return tr("%1/s").arg(status.bytesPerSecond < 1024 ? tr("%1 B").arg(qint64(status.bytesPerSecond))
                                                           : locale.formattedDataSize(qint64(status.bytesPerSecond), 1, QLocale::DataSizeTraditionalFormat));
    case Lag:
        return locale.toString(totalLag(status));
    case LastMessage:
        return lastMessageText(status);
    case ColumnCount:
        break;
    }
    return {};
}

// The state (with an error's reason), then what the actions report: heartbeats, owed forwards, matches.
QString StreamStatusModel::toolTip(const kafka::StreamStatus &status) const
{
    const QString state = status.state == StreamState::Error
        ? tr("%1: error: %2").arg(status.stream, status.reason)
        : tr("%1: %2, %n message(s) received, undecodable: %3", nullptr, int(status.messages))
              .arg(status.stream, kafka::StreamStatus::stateName(status.state)).arg(status.decodeErrors);
    QStringList lines{state};
    const qint64 owed = m_forwardsOwed.value(status.stream);
    const QString owedText = owed > 0 ? tr("Forwards waiting in the outbox: %1").arg(QLocale().toString(owed)) : QString();
    for (const QString &line : {heartbeatText(status.stream), owedText, matchesText(status.stream)}) {
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString StreamStatusModel::lastMessageText(const kafka::StreamStatus &status) const
{
    if (status.lastMessageMs <= 0)
        return tr("never");
    return agoText(status.lastMessageMs);
}

// "12 s ago", "5 min ago", ...: how long ago `sinceMs` (milliseconds since the epoch) was.
QString StreamStatusModel::agoText(qint64 sinceMs) const
{
    const qint64 seconds = std::max<qint64>(0, (m_clock() - sinceMs) / 1000);
    if (seconds < 60)
        return tr("%1 s ago").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 d ago").arg(seconds / 86400);
}

QVariant StreamStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Stream");
    case State:
        return tr("State");
    case Rate:
        return tr("Msg/s");
    case Throughput:
        return tr("Bytes/s");
    case Lag:
        return tr("Lag");
    case LastMessage:
        return tr("Last message");
    case ColumnCount:
        break;
    }
    return {};
}

void StreamStatusModel::streamStarting(const QString &stream)
{
    kafka::StreamStatus status;
    status.stream = stream;
    const int row = rowOf(stream);
    if (row >= 0)
        status.lastMessageMs = m_rows.at(row).lastMessageMs;
    status.state = StreamState::Connecting;
    setRow(status);
}

void StreamStatusModel::updateStatus(const kafka::StreamStatus &status)
{
    setRow(status);
}

void StreamStatusModel::updateMatchCounts(const actions::MatchCounts &counts)
{
    for (const actions::MatchCount &count : counts) {
        const QString key = count.handlerKey + QChar(0x1f) + QString::number(count.actionIndex).rightJustified(2, QLatin1Char('0'));
        m_matches[count.stream].insert(key, count);
        streamChanged(count.stream, {Qt::ToolTipRole});
    }
}

void StreamStatusModel::updateForwardsOwed(const QString &stream, qint64 owed)
{
    m_forwardsOwed.insert(stream, owed);
    streamChanged(stream, {Qt::ToolTipRole});
}

void StreamStatusModel::updateHeartbeat(const actions::HeartbeatStatus &heartbeat)
{
    m_heartbeats[heartbeat.stream].insert(heartbeat.topic, heartbeat);
    streamChanged(heartbeat.stream, {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole});
}

void StreamStatusModel::streamChanged(const QString &stream, const QList<int> &roles)
{
    const int row = rowOf(stream);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

bool StreamStatusModel::heartbeatSilent(const QString &stream, const QString &topic) const
{
    const auto found = m_heartbeats.constFind(stream);
    return found != m_heartbeats.cend()
        && std::any_of(found->cbegin(), found->cend(), [&](const actions::HeartbeatStatus &heartbeat) {
               return heartbeat.alarm && (topic.isEmpty() || heartbeat.topic == topic);
           });
}

// "Heartbeat sys.heartbeat: last one 12 s ago", or "...: silent, last one 6 min ago (alarm after 60 s)",
// a line per topic.
QString StreamStatusModel::heartbeatText(const QString &stream) const
{
    const auto found = m_heartbeats.constFind(stream);
    if (found == m_heartbeats.cend())
        return {};
    QStringList lines;
    for (const actions::HeartbeatStatus &heartbeat : *found) {
        const qint64 alarmAfter = heartbeat.alarmAfterMs / 1000;
        if (heartbeat.lastHeartbeatMs <= 0) {
            lines << (heartbeat.alarm ? tr("Heartbeat %1: silent, none received (alarm after %2 s)").arg(heartbeat.topic).arg(alarmAfter)
                                      : tr("Heartbeat %1: none received yet").arg(heartbeat.topic));
        } else {
            const QString last = agoText(heartbeat.lastHeartbeatMs);
            lines << (heartbeat.alarm ? tr("Heartbeat %1: silent, last one %2 (alarm after %3 s)").arg(heartbeat.topic, last).arg(alarmAfter)
                                      : tr("Heartbeat %1: last one %2").arg(heartbeat.topic, last));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// "Matches: igwn.gwalert table 12, notify 3; * store 40"
QString StreamStatusModel::matchesText(const QString &stream) const
{
    const auto found = m_matches.constFind(stream);
    if (found == m_matches.cend())
        return {};
    QStringList handlers;
    QString handler;
    QStringList actions;
    for (const actions::MatchCount &count : *found) {
        if (count.handlerKey != handler && !actions.isEmpty()) {
            handlers << handler + QLatin1Char(' ') + actions.join(QStringLiteral(", "));
            actions.clear();
        }
        handler = count.handlerKey;
        actions << QStringLiteral("%1 %2").arg(count.action, QLocale().toString(count.matches));
    }
    handlers << handler + QLatin1Char(' ') + actions.join(QStringLiteral(", "));
    return tr("Matches: %1").arg(handlers.join(QStringLiteral("; ")));
}

void StreamStatusModel::streamFinished(const QString &stream)
{
    const int row = rowOf(stream);
    if (row < 0)
        return;
    kafka::StreamStatus status = m_rows.at(row);
    // An error stays visible with its reason; anything else that ends is simply stopped.
    if (status.state != StreamState::Error)
        status.state = StreamState::Stopped;
    status.messagesPerSecond = 0;
    status.bytesPerSecond = 0;
    setRow(status);
}

void StreamStatusModel::setRow(const kafka::StreamStatus &status)
{
    const int row = rowOf(status.stream);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(status);
        endInsertRows();
        return;
    }
    m_rows[row] = status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

kafka::StreamStatus::State StreamStatusModel::stateOf(const QString &stream) const
{
    const int row = rowOf(stream);
    return row < 0 ? StreamState::Stopped : m_rows.at(row).state;
}

int StreamStatusModel::rowOf(const QString &stream) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).stream == stream)
            return row;
    }
    return -1;
}

StreamStatusModel::Totals StreamStatusModel::totals() const
{
    Totals totals;
    totals.streams = int(m_rows.size());
    for (const kafka::StreamStatus &status : m_rows) {
        totals.live += status.state == StreamState::Live;
        totals.paused += status.state == StreamState::Paused;
        totals.failed += status.state == StreamState::Error;
        totals.messagesPerSecond += status.messagesPerSecond;
    }
    return totals;
}

} // namespace alertdeck::ui
