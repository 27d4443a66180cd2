#pragma once

#include "core/actions/ActionStatus.h"
#include "core/kafka/StreamStatus.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>

#include <functional>

namespace alertdeck::ui {

// One row per stream the engine runs or ran: its state (with the reason of an error), rates, lag
// and how long ago its last message came. "12 s ago" ages by itself once a second. The tooltip
// (and the line under the sidebar's list) also counts each topic handler action's matches.
class StreamStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, State, Rate, Throughput, Lag, LastMessage, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 };

    struct Totals
    {
        int streams = 0;
        int live = 0;
        int paused = 0;
        int failed = 0;
        double messagesPerSecond = 0;
    };

    explicit StreamStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A stream being started shows as connecting until its worker reports.
    void streamStarting(const QString &stream);
    void updateStatus(const kafka::StreamStatus &status);
    // The worker ended (stopped by the user, or the engine shut down).
    void streamFinished(const QString &stream);
    void updateMatchCounts(const actions::MatchCounts &counts);
    // A heartbeat topic's liveness: shown in the tooltip and under the list; a silent one marks the
    // stream's state.
    void updateHeartbeat(const actions::HeartbeatStatus &heartbeat);
    // How many forwards the stream still owes its targets; shown while there are any.
    void updateForwardsOwed(const QString &stream, qint64 owed);
    qint64 forwardsOwed(const QString &stream) const { return m_forwardsOwed.value(stream); }
    // Whether that heartbeat topic of the stream is in alarm (any of its topics when `topic` is empty).
    bool heartbeatSilent(const QString &stream, const QString &topic = {}) const;

    QString streamAt(int row) const { return m_rows.at(row).stream; }
    kafka::StreamStatus::State stateOf(const QString &stream) const;
    int rowOf(const QString &stream) const;
    Totals totals() const;

    // For tests: the clock "ago" is measured against (milliseconds since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    void setRow(const kafka::StreamStatus &status);
    QString lastMessageText(const kafka::StreamStatus &status) const;
    QString toolTip(const kafka::StreamStatus &status) const;
    void streamChanged(const QString &stream, const QList<int> &roles);
    QString matchesText(const QString &stream) const;
    QString heartbeatText(const QString &stream) const;
    QString agoText(qint64 sinceMs) const;

    QVector<kafka::StreamStatus> m_rows;
    // Per stream, per "handler key\x1faction index": the latest counts, in handler order.
    QHash<QString, QMap<QString, actions::MatchCount>> m_matches;
    // Per stream, per heartbeat topic.
    QHash<QString, QMap<QString, actions::HeartbeatStatus>> m_heartbeats;
    QHash<QString, qint64> m_forwardsOwed;
    QTimer m_ageTimer;
    std::function<qint64()> m_clock;
};

} // namespace alertdeck::ui
