#include "AlertTableModel.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

namespace alertdeck::ui {
namespace {

struct NumericColumn
{
    std::optional<double> decode::Alert::*field;
    char format;
    int precision;
};

// The columns that show a number of the record, and how each is written.
const NumericColumn *numericColumn(int column)
{
    using M = AlertTableModel;
    static const struct { int column; NumericColumn numeric; } columns[] = {
        {M::Ra, {&decode::Alert::ra, 'f', 4}},    {M::Dec, {&decode::Alert::dec, 'f', 4}},
        {M::Error, {&decode::Alert::errorRadius, 'g', 3}}, {M::Mag, {&decode::Alert::mag, 'f', 2}},
        {M::Score, {&decode::Alert::score, 'g', 3}}, {M::Far, {&decode::Alert::far, 'g', 3}},
    };
    for (const auto &entry : columns) {
        if (entry.column == column)
            return &entry.numeric;
    }
    return nullptr;
}

bool isRetraction(const decode::Alert &alert)
{
    return alert.alertType.compare(QLatin1String("retraction"), Qt::CaseInsensitive) == 0;
}

} // namespace

AlertTableModel::AlertTableModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(capacity)
{
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const decode::ReceivedAlert &alert = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayData(alert, index.column());
    case Qt::UserRole:
        return sortData(alert, index.column());
    case Qt::ToolTipRole:
        return alert.alert.decodeError.isEmpty() ? alert.alert.title : alert.alert.decodeError;
    case Qt::ForegroundRole:
        if (alert.alert.test)
            return QBrush(Qt::gray);
        if (!alert.alert.decodeError.isEmpty())
            return QBrush(Qt::darkRed);
        return {};
    case Qt::FontRole:
        if (isRetraction(alert.alert)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case TestRole:
        return alert.alert.test;
    case RetractionRole:
        return isRetraction(alert.alert);
    default:
        return {};
    }
}

QVariant AlertTableModel::displayData(const decode::ReceivedAlert &alert, int column) const
{
    const decode::Alert &a = alert.alert;
    if (const NumericColumn *numeric = numericColumn(column)) {
        const std::optional<double> &value = a.*(numeric->field);
        return value ? QVariant(QString::number(*value, numeric->format, numeric->precision)) : QVariant();
    }
    switch (column) {
    case Received:
        return QDateTime::fromMSecsSinceEpoch(alert.receivedMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Time:
        return a.time;
    case Stream:
        return alert.stream;
    case Topic:
        return alert.topic;
    case Source:
        return a.source;
    case Event:
        return a.event;
    case Type:
        if (!a.test)
            return a.alertType;
        return a.alertType.isEmpty() ? tr("test") : tr("%1 (test)").arg(a.alertType);
    case Title:
        return a.title;
    default:
        return {};
    }
}

// Numbers sort as numbers, not as their text.
QVariant AlertTableModel::sortData(const decode::ReceivedAlert &alert, int column) const
{
    if (column == Received)
        return alert.receivedMs;
    if (const NumericColumn *numeric = numericColumn(column)) {
        const std::optional<double> &value = alert.alert.*(numeric->field);
        return value ? QVariant(*value) : QVariant();
    }
    return displayData(alert, column);
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Received"), QT_TR_NOOP("Time"),  QT_TR_NOOP("Stream"), QT_TR_NOOP("Topic"),
        QT_TR_NOOP("Source"),   QT_TR_NOOP("Event"), QT_TR_NOOP("Type"),   QT_TR_NOOP("RA"),
        QT_TR_NOOP("Dec"),      QT_TR_NOOP("Error"), QT_TR_NOOP("Mag"),    QT_TR_NOOP("Score"),
        QT_TR_NOOP("FAR"),      QT_TR_NOOP("Title")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

void AlertTableModel::appendBatch(const engine::StreamBatch &batch)
{
    qsizetype shown = 0;
    for (const route::ActionSet &actions : batch.actions)
        shown += actions.has(route::ActionSet::Table) ? 1 : 0;
    if (shown == 0)
        return;
    const int overflow = int(m_rows.size() + size_t(shown)) - m_capacity;
    if (overflow > 0) {
        const int drop = std::min(overflow, int(m_rows.size()));
        beginRemoveRows({}, 0, drop - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(shown) - 1);
    for (qsizetype i = 0; i < batch.alerts.size(); ++i) {
        if (batch.actions.at(i).has(route::ActionSet::Table))
            m_rows.push_back(batch.alerts.at(i));
    }
    endInsertRows();
}

} // namespace alertdeck::ui
