#pragma once

#include "core/actions/ActionStatus.h"

#include <QAbstractTableModel>
#include <QVector>

#include <functional>

namespace alertdeck::ui {

// What the command, forward and webhook actions did and why they failed, for the Action log dock:
// oldest first; beyond kMaxEntries the oldest go, so a busy handler cannot grow it without bound.
class ActionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Stream, Action, Message, ColumnCount };
    static constexpr int kMaxEntries = 5000;

    explicit ActionLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const actions::ActionLogEntry &entry);
    void clear();

    // For tests: the clock entries are stamped with (milliseconds since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    struct Row
    {
        qint64 timeMs;
        actions::ActionLogEntry entry;
    };

    QVector<Row> m_rows;
    std::function<qint64()> m_clock;
};

} // namespace alertdeck::ui
