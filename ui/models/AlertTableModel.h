#pragma once

#include "core/engine/StreamBatch.h"

#include <QAbstractTableModel>
#include <QVector>

#include <deque>

namespace alertdeck::ui {

// The live alert table: the newest alerts as they become durable, appended one batch at a time
// (one beginInsertRows per batch). Keeps at most `capacity` rows; the oldest leave first.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, Time, Stream, Topic, Source, Event, Type, Ra, Dec, Error, Mag, Score, Far, Title, ColumnCount };
    enum Role { AlertRole = Qt::UserRole + 1, TestRole, RetractionRole };

    explicit AlertTableModel(int capacity = 200000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void appendBatch(const engine::StreamBatch &batch);
    const decode::ReceivedAlert &alertAt(int row) const { return m_rows.at(size_t(row)); }

private:
    QVariant displayData(const decode::ReceivedAlert &alert, int column) const;
    QVariant sortData(const decode::ReceivedAlert &alert, int column) const;

    int m_capacity;
    std::deque<decode::ReceivedAlert> m_rows;
};

} // namespace alertdeck::ui
