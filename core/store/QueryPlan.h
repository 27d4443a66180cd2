#pragma once

#include "AlertFilter.h"

#include <QString>

#include <variant>
#include <vector>

namespace alertdeck::store {

// SQL text with numbered parameters (?1, ?2, ...) and the values they stand for.
struct BoundSql
{
    using Value = std::variant<qint64, double, QString>;
    QString text;
    std::vector<Value> values;
};

// Compiles an AlertFilter into SQL for one page. Rows up to `indexedUpto` are reached through the
// best secondary index for the filter (event, source, declination band; event time when sorting by
// it); newer rows, not indexed yet, through a scan of the table's tail. Both parts come back in the
// requested order and AlertQuery joins them.
class QueryPlan
{
public:
    // Filter strings resolved to the ids rows hold; an empty list means "matches nothing".
    struct Resolved
    {
        std::optional<qint64> source;
        std::optional<std::vector<qint64>> partitions;
        std::optional<std::pair<qint64, qint64>> keyRange; // from received-time bounds
    };
    enum class Part { Indexed, Tail, Whole };

    QueryPlan(const AlertFilter &filter, const Resolved &resolved, SortOrder order, bool newestFirst,
              qint64 indexedUpto);

    // Whole when no index helps: one scan in key order serves every row.
    std::vector<Part> parts() const;
    BoundSql page(Part part, const std::optional<QueryCursor> &after, int limit) const;
    // Of the first `maxCandidates` rows of `part` that sort after `after` in the plan's direction
    // (keys up to `upToKey`), how many there are and how many pass the filter: where a located
    // alert stands in the result, exactly when fewer than `maxCandidates` come back.
    BoundSql countAfter(Part part, const QueryCursor &after, qint64 upToKey, int maxCandidates) const;
    // Whether the row `key` passes the whole filter (count 0 or 1).
    BoundSql matchesKey(qint64 key) const;
    // For the count estimate: how many rows the driving index yields, and how many of the first
    // `sample` of them pass the whole filter.
    BoundSql candidateCount() const;
    BoundSql sampledMatches(int sample) const;
    BoundSql tailCount() const;
    bool drivenByIndex() const { return m_driver != Driver::Scan; }

    static QString columns();

private:
    enum class Driver { Scan, Event, Source, Band, Time };

    QString param(const BoundSql::Value &value);
    void addResidual();
    void addExclusions();
    QString params(const QStringList &values);
    static QString textMatch(const QString &pattern);
    QString indexedFrom() const;
    static QString storedAndStaged(const QString &select, const QString &where);
    static QString storedThenStaged(const QString &select, const QString &where, const QString &order,
                                    const QString &resultOrder, const QString &limit);
    QString keyColumn(Part part) const;
    QString orderBy(Part part) const;
    QString cursorCondition(Part part, const std::optional<QueryCursor> &after) const;
    // The part's key range and the cursor, without the filter: what page() and countAfter() share.
    QStringList keyConditions(Part part, const std::optional<QueryCursor> &after, BoundSql *sql) const;

    AlertFilter m_filter;
    Resolved m_resolved;
    SortOrder m_order;
    bool m_newestFirst;
    qint64 m_indexedUpto;
    Driver m_driver = Driver::Scan;
    std::vector<BoundSql::Value> m_values; // the filter's parameters, ?1 upwards
    QStringList m_residual;
    QString m_driving; // conditions on the driving index `d`
};

} // namespace alertdeck::store
