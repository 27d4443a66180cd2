#include "QueryPlan.h"

#include "SkyBands.h"
#include "StoreSchema.h"

namespace alertdeck::store {
namespace {

const QString kNoTimeSql = QString::number(schema::kNoTime);
// The secondary index of each QueryPlan::Driver (none for a scan).
const char *const kIndexTables[] = {"", "ix_event", "ix_source", "ix_band", "ix_time"};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString sqlOperator(AlertFilter::Op op)
{
    switch (op) {
    case AlertFilter::Op::Less: return QStringLiteral("<");
    case AlertFilter::Op::LessEqual: return QStringLiteral("<=");
    case AlertFilter::Op::Greater: return QStringLiteral(">");
    case AlertFilter::Op::GreaterEqual: return QStringLiteral(">=");
    case AlertFilter::Op::Equal: return QStringLiteral("=");
    case AlertFilter::Op::NotEqual: return QStringLiteral("!=");
    }
    return QStringLiteral("=");
}

QString appendValue(BoundSql *sql, const BoundSql::Value &value)
{
    sql->values.push_back(value);
    return QStringLiteral("?%1").arg(sql->values.size());
}

} // namespace

bool AlertFilter::isNumberField(const QString &field)
{
    static const QStringList fields = {QStringLiteral("ra"),  QStringLiteral("dec"),
                                       QStringLiteral("error_radius"), QStringLiteral("mag"),
                                       QStringLiteral("score"), QStringLiteral("far")};
    return fields.contains(field);
}

bool AlertFilter::isEmpty() const
{
    return !receivedFromMs && !receivedToMs && !timeFromMs && !timeToMs && stream.isEmpty() && topic.isEmpty()
        && source.isEmpty() && event.isEmpty() && alertType.isEmpty() && text.isEmpty() && !cone && !excludeTest
        && numbers.isEmpty() && exclude.sources.isEmpty() && exclude.events.isEmpty()
        && exclude.alertTypes.isEmpty() && exclude.texts.isEmpty();
}

QString QueryPlan::columns()
{
    return QStringLiteral("a.key, a.received, a.part, a.msg_offset, a.id, a.format, a.source, a.event, "
                          "a.alert_type, a.time, coalesce(a.time_ms, %1), a.ra, a.dec, a.error_radius, "
                          "a.mag, a.score, a.far, a.test, a.title, a.decode_error")
        .arg(kNoTimeSql);
}

QueryPlan::QueryPlan(const AlertFilter &filter, const Resolved &resolved, SortOrder order,
                     bool newestFirst, qint64 indexedUpto)
    : m_filter(filter), m_resolved(resolved), m_order(order), m_newestFirst(newestFirst),
      m_indexedUpto(indexedUpto)
{
    addResidual();
}

QString QueryPlan::param(const BoundSql::Value &value)
{
    m_values.push_back(value);
    return QStringLiteral("?%1").arg(m_values.size());
}

void QueryPlan::addResidual()
{
    const AlertFilter &f = m_filter;
    QStringList timeBounds;
    if (f.receivedFromMs)
        m_residual << QStringLiteral("a.received >= %1").arg(param(*f.receivedFromMs));
    if (f.receivedToMs)
        m_residual << QStringLiteral("a.received <= %1").arg(param(*f.receivedToMs));
    if (m_resolved.keyRange) {
        m_residual << QStringLiteral("a.key BETWEEN %1 AND %2")
                          .arg(param(m_resolved.keyRange->first), param(m_resolved.keyRange->second));
    }
    if (f.timeFromMs)
        timeBounds << QStringLiteral("%1 >= ") + param(*f.timeFromMs);
    if (f.timeToMs)
        timeBounds << QStringLiteral("%1 <= ") + param(*f.timeToMs);
    for (const QString &bound : std::as_const(timeBounds))
        m_residual << bound.arg(QStringLiteral("a.time_ms"));
    if (m_resolved.partitions) {
        QStringList ids;
        for (const qint64 id : *m_resolved.partitions)
            ids << param(id);
        m_residual << (ids.isEmpty() ? QStringLiteral("0") : QStringLiteral("a.part IN (%1)").arg(ids.join(u',')));
    }
    QString sourceParam, eventParam;
    if (m_resolved.source) {
        sourceParam = param(*m_resolved.source);
        m_residual << QStringLiteral("a.source = ") + sourceParam;
    }
    if (!f.event.isEmpty()) {
        eventParam = param(f.event);
        m_residual << QStringLiteral("a.event = ") + eventParam;
    }
    if (!f.alertType.isEmpty()) {
        m_residual << QStringLiteral("a.alert_type IN (SELECT id FROM names WHERE text = %1 COLLATE NOCASE)")
                          .arg(param(f.alertType));
    }
    if (!f.text.isEmpty())
        m_residual << textMatch(param(likePattern(f.text)));
    addExclusions();
    QString coneTest;
    if (f.cone) {
        const sky::BandRange bands = sky::bandsForCone(f.cone->ra, f.cone->dec, f.cone->radius);
        coneTest = QStringLiteral("%1.dec BETWEEN %2 AND %3 AND (%1.ra BETWEEN %4 AND %5 OR %1.ra BETWEEN %6 AND %7)")
                       .arg(QStringLiteral("%1"), param(bands.minDec), param(bands.maxDec), param(bands.raMin[0]),
                            param(bands.raMax[0]), param(bands.raMin[1]), param(bands.raMax[1]))
            + QStringLiteral(" AND ad_sep(%1.ra, %1.dec, %2, %3) <= %4")
                  .arg(QStringLiteral("%1"), param(f.cone->ra), param(f.cone->dec), param(f.cone->radius));
        m_residual << coneTest.arg(QStringLiteral("a"));
        if (m_driving.isEmpty() && f.event.isEmpty() && !m_resolved.source) {
            m_driver = Driver::Band;
            m_driving = QStringLiteral("d.band BETWEEN %1 AND %2 AND ")
                            .arg(param(qint64(bands.first)), param(qint64(bands.last)))
                + coneTest.arg(QStringLiteral("d"));
        }
    }
    if (f.excludeTest)
        m_residual << QStringLiteral("a.test = 0");
    for (const AlertFilter::Number &number : f.numbers) {
        // The field name is checked against a fixed list: only values travel as parameters.
        if (AlertFilter::isNumberField(number.field)) {
            m_residual << QStringLiteral("a.%1 %2 %3").arg(number.field, sqlOperator(number.op), param(number.value));
        } else {
            m_residual << QStringLiteral("0");
        }
    }
    if (m_order == SortOrder::Time) {
        m_driver = Driver::Time;
        QStringList bounds;
        for (const QString &bound : std::as_const(timeBounds))
            bounds << bound.arg(QStringLiteral("d.time_ms"));
        m_driving = bounds.join(QLatin1String(" AND "));
    } else if (!eventParam.isEmpty()) {
        m_driver = Driver::Event;
        m_driving = QStringLiteral("d.event = ") + eventParam;
    } else if (!sourceParam.isEmpty()) {
        m_driver = Driver::Source;
        m_driving = QStringLiteral("d.source = ") + sourceParam;
    }
}

QString QueryPlan::textMatch(const QString &pattern)
{
    return QStringLiteral("(a.title LIKE %1 ESCAPE '\\' OR coalesce(a.event, '') LIKE %1 ESCAPE '\\' "
                          "OR a.id LIKE %1 ESCAPE '\\')")
        .arg(pattern);
}

QString QueryPlan::params(const QStringList &values)
{
    QStringList list;
    for (const QString &value : values)
        list << param(value);
    return list.join(u',');
}

void QueryPlan::addExclusions()
{
    // Dictionary columns and the event may be null: a null never equals an excluded value.
    const AlertFilter::Exclusions &x = m_filter.exclude;
    if (!x.sources.isEmpty())
        m_residual << QStringLiteral("a.source NOT IN (SELECT id FROM names WHERE text IN (%1))").arg(params(x.sources));
    if (!x.events.isEmpty())
        m_residual << QStringLiteral("coalesce(a.event, '') NOT IN (%1)").arg(params(x.events));
    for (const QString &type : x.alertTypes) {
        m_residual << QStringLiteral("coalesce(a.alert_type, 0) NOT IN (SELECT id FROM names WHERE text = %1 COLLATE NOCASE)")
                          .arg(param(type));
    }
    for (const QString &text : x.texts)
        m_residual << QStringLiteral("NOT ") + textMatch(param(likePattern(text)));
}

std::vector<QueryPlan::Part> QueryPlan::parts() const
{
    if (m_driver == Driver::Scan)
        return {Part::Whole};
    // Tail keys are all above indexed ones: newest first reads the tail first.
    if (m_order == SortOrder::Received && !m_newestFirst)
        return {Part::Indexed, Part::Tail};
    return {Part::Tail, Part::Indexed};
}

QString QueryPlan::indexedFrom() const
{
    // CROSS JOIN keeps the index as the outer loop, so rows come in its order and LIMIT stops early.
    // Indexed rows are never staged: main.alerts alone, as a join with the readers' UNION ALL view
    // would have SQLite materialize the whole view.
    return QStringLiteral("%1 d CROSS JOIN main.alerts a ON a.key = d.key")
        .arg(QLatin1String(kIndexTables[int(m_driver)]));
}

// `select` over the stored and then the staged rows that meet `where`. Aggregates over the readers'
// UNION ALL view would make SQLite produce every column of every row (the view runs as a
// co-routine), decoding each staged row whole; each arm computes only what it selects.
QString QueryPlan::storedAndStaged(const QString &select, const QString &where)
{
    const QString arm = QStringLiteral("SELECT %1 FROM %2 a WHERE %3");
    return arm.arg(select, QStringLiteral("main.alerts"), where) + QStringLiteral(" UNION ALL ")
        + arm.arg(select, QStringLiteral("staged_alerts"), where);
}

// The first `limit` rows in `order` of stored and staged rows alike. Each arm is ordered and limited
// on its own: over the readers' UNION ALL view SQLite would sort every staged row in range, as it
// does not let a virtual table deliver the order of a compound's arm.
QString QueryPlan::storedThenStaged(const QString &select, const QString &where, const QString &order,
                                    const QString &resultOrder, const QString &limit)
{
    const QString arm = QStringLiteral("SELECT * FROM (SELECT %1 FROM %2 a WHERE %3 ORDER BY %4 LIMIT %5)");
    return arm.arg(select, QStringLiteral("main.alerts"), where, order, limit) + QStringLiteral(" UNION ALL ")
        + arm.arg(select, QStringLiteral("staged_alerts"), where, order, limit)
        + QStringLiteral(" ORDER BY %1 LIMIT %2").arg(resultOrder, limit);
}

QString QueryPlan::keyColumn(Part part) const
{
    return part == Part::Indexed ? QStringLiteral("d.key") : QStringLiteral("a.key");
}

QString QueryPlan::orderBy(Part part) const
{
    const QString direction = m_newestFirst ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (m_order == SortOrder::Received)
        return keyColumn(part) + direction;
    const QString time = part == Part::Indexed ? QStringLiteral("d.time_ms")
                                               : QStringLiteral("coalesce(a.time_ms, %1)").arg(kNoTimeSql);
    return time + direction + QStringLiteral(", ") + keyColumn(part) + direction;
}

QStringList QueryPlan::keyConditions(Part part, const std::optional<QueryCursor> &after, BoundSql *sql) const
{
    QStringList where;
    if (part == Part::Indexed) {
        if (!m_driving.isEmpty())
            where << m_driving;
        where << QStringLiteral("d.key <= ") + appendValue(sql, m_indexedUpto);
    } else if (part == Part::Tail) {
        where << QStringLiteral("a.key > ") + appendValue(sql, m_indexedUpto);
    }
    if (after) {
        const QString comparison = m_newestFirst ? QStringLiteral("<") : QStringLiteral(">");
        const QString key = appendValue(sql, after->key);
        if (m_order == SortOrder::Received) {
            where << QStringLiteral("%1 %2 %3").arg(keyColumn(part), comparison, key);
        } else {
            const QString time = part == Part::Indexed ? QStringLiteral("d.time_ms")
                                                       : QStringLiteral("coalesce(a.time_ms, %1)").arg(kNoTimeSql);
            where << QStringLiteral("(%1, %2) %3 (%4, %5)")
                         .arg(time, keyColumn(part), comparison, appendValue(sql, after->timeKey), key);
        }
    }
    return where;
}

BoundSql QueryPlan::page(Part part, const std::optional<QueryCursor> &after, int limit) const
{
    BoundSql sql{{}, m_values};
    const QStringList where = m_residual + keyConditions(part, after, &sql);
    // Keys first, rows after: a sort then carries two integers per candidate, not whole rows
    // (measured: a 50k-row tail sorted by event time in 30 ms instead of 280 ms).
    const QString time = part == Part::Indexed && m_driver == Driver::Time
        ? QStringLiteral("d.time_ms")
        : QStringLiteral("coalesce(a.time_ms, %1)").arg(kNoTimeSql);
    const QString condition = where.isEmpty() ? QStringLiteral("1") : where.join(QLatin1String(" AND "));
    const QString limitValue = appendValue(&sql, qint64(limit));
    const QString direction = m_newestFirst ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString select = QStringLiteral("%1 AS key, %2 AS time_key").arg(keyColumn(part), time);
    const QString keys = part == Part::Indexed
        ? QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5")
              .arg(select, indexedFrom(), condition, orderBy(part), limitValue)
        : storedThenStaged(select, condition, orderBy(part),
                           m_order == SortOrder::Time ? QStringLiteral("time_key%1, key%1").arg(direction)
                                                      : QStringLiteral("key") + direction,
                           limitValue);
    if (part == Part::Indexed) {
        const QString order = m_order == SortOrder::Time ? QStringLiteral("p.time_key%1, p.key%1").arg(direction)
                                                         : QStringLiteral("p.key") + direction;
        sql.text = QStringLiteral("SELECT %1 FROM (%2) p CROSS JOIN main.alerts a ON a.key = p.key ORDER BY %3")
                       .arg(columns(), keys, order);
        return sql;
    }
    // Tail rows may be stored or still staged: the page's keys are looked up in both (by key each,
    // never a scan of the readers' view); time_key rides along as an extra last column to sort by.
    const QString order = m_order == SortOrder::Time ? QStringLiteral("time_key%1, 1%1").arg(direction)
                                                     : QStringLiteral("1") + direction;
    sql.text = QStringLiteral("WITH p AS MATERIALIZED (%2) "
                              "SELECT %1, p.time_key FROM p CROSS JOIN main.alerts a ON a.key = p.key UNION ALL "
                              "SELECT %1, p.time_key FROM p CROSS JOIN staged_alerts a ON a.key = p.key ORDER BY %3")
                   .arg(columns(), keys, order);
    return sql;
}

BoundSql QueryPlan::countAfter(Part part, const QueryCursor &after, qint64 upToKey, int maxCandidates) const
{
    BoundSql sql{{}, m_values};
    QStringList candidates = keyConditions(part, after, &sql);
    candidates << QStringLiteral("%1 <= %2").arg(keyColumn(part), appendValue(&sql, upToKey));
    const QString residual = m_residual.isEmpty() ? QStringLiteral("1") : m_residual.join(QLatin1String(" AND "));
    const QString match = QStringLiteral("(%1) AS m").arg(residual);
    const QString condition = candidates.join(QLatin1String(" AND "));
    QString rows;
    if (part != Part::Indexed) {
        rows = storedAndStaged(match, condition);
    } else {
        // Without residual conditions the index alone answers: no row of `alerts` is read.
        const QString from = m_residual.isEmpty() ? QStringLiteral("%1 d").arg(QLatin1String(kIndexTables[int(m_driver)]))
                                                  : indexedFrom();
        rows = QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(match, from, condition);
    }
    sql.text = QStringLiteral("SELECT count(*), coalesce(sum(m), 0) FROM (%1 LIMIT %2)")
                   .arg(rows, appendValue(&sql, qint64(maxCandidates)));
    return sql;
}

BoundSql QueryPlan::matchesKey(qint64 key) const
{
    BoundSql sql{{}, m_values};
    QStringList where = m_residual;
    where << QStringLiteral("a.key = ") + appendValue(&sql, key);
    sql.text = QStringLiteral("SELECT count(*) FROM alerts a WHERE %1").arg(where.join(QLatin1String(" AND ")));
    return sql;
}

BoundSql QueryPlan::candidateCount() const
{
    BoundSql sql{{}, m_values};
    QStringList where;
    if (!m_driving.isEmpty())
        where << m_driving;
    where << QStringLiteral("d.key <= ") + appendValue(&sql, m_indexedUpto);
    sql.text = QStringLiteral("SELECT count(*) FROM %1 d WHERE %2")
                   .arg(QLatin1String(kIndexTables[int(m_driver)]), where.join(QLatin1String(" AND ")));
    return sql;
}

BoundSql QueryPlan::sampledMatches(int sample) const
{
    const Part part = m_driver == Driver::Scan ? Part::Whole : Part::Indexed;
    BoundSql sql{{}, m_values};
    QStringList where;
    if (part == Part::Indexed) {
        if (!m_driving.isEmpty())
            where << m_driving;
        where << QStringLiteral("d.key <= ") + appendValue(&sql, m_indexedUpto);
    } else if (m_resolved.keyRange) {
        where << QStringLiteral("a.key BETWEEN %1 AND %2")
                     .arg(appendValue(&sql, m_resolved.keyRange->first), appendValue(&sql, m_resolved.keyRange->second));
    }
    const QString residual = m_residual.isEmpty() ? QStringLiteral("1") : m_residual.join(QLatin1String(" AND "));
    const QString condition = where.isEmpty() ? QStringLiteral("1") : where.join(QLatin1String(" AND "));
    const QString limitValue = appendValue(&sql, qint64(sample));
    const QString match = QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END AS m").arg(residual);
    const QString rows = part == Part::Indexed
        ? QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 DESC LIMIT %5")
              .arg(match, indexedFrom(), condition, keyColumn(part), limitValue)
        : storedThenStaged(match + QStringLiteral(", a.key AS key"), condition, QStringLiteral("a.key DESC"),
                           QStringLiteral("key DESC"), limitValue);
    sql.text = QStringLiteral("SELECT count(*), coalesce(sum(m), 0) FROM (%1)").arg(rows);
    return sql;
}

BoundSql QueryPlan::tailCount() const
{
    BoundSql sql{{}, m_values};
    QStringList where = m_residual;
    where << QStringLiteral("a.key > ") + appendValue(&sql, m_indexedUpto);
    sql.text = QStringLiteral("SELECT count(*) FROM (%1)")
                   .arg(storedAndStaged(QStringLiteral("1"), where.join(QLatin1String(" AND "))));
    return sql;
}

} // namespace alertdeck::store
