#include "ForwardOutbox.h"

#include "PayloadSegments.h"

#include <sqlite3.h>

namespace alertdeck::store {
namespace {

// Target names joined with unit separators, for one instr() test in a statement; never null (a null
// text would bind as SQL NULL, and instr() of NULL matches nothing).
QString targetList(const QStringList &targets)
{
    if (targets.isEmpty())
        return QStringLiteral("");
    const QChar separator(0x1f);
    return separator + targets.join(separator) + separator;
}

} // namespace

std::unique_ptr<ForwardOutbox> ForwardOutbox::create(sqlite3 *db, QString *error)
{
    std::unique_ptr<ForwardOutbox> outbox(new ForwardOutbox(db));
    const std::pair<SqliteStatement *, QByteArray> statements[] = {
        {&outbox->m_insert, "INSERT INTO outbox(stream, target, topic, payload, headers) VALUES(?, ?, ?, ?, ?)"},
        {&outbox->m_delete, "DELETE FROM outbox WHERE id BETWEEN ?1 AND ?2 AND stream = ?3 "
                            "AND instr(?4, char(31) || target || char(31)) = 0"},
        {&outbox->m_select, "SELECT id, target, topic, payload, headers FROM outbox "
                            "WHERE stream = ?1 AND id > ?2 AND id <= ?3 AND instr(?5, char(31) || target || char(31)) = 0 "
                            "ORDER BY id LIMIT ?4"},
    };
    for (const auto &[statement, text] : statements) {
        *statement = sql::prepare(db, text, error);
        if (!*statement)
            return {};
    }
    return outbox;
}

bool ForwardOutbox::add(const QString &sourceStream, const QVector<OutboxMessage> &messages, qint64 *firstId,
                        qint64 *lastId, QString *error)
{
    sqlite3_stmt *insert = m_insert.get();
    QByteArray headers;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const OutboxMessage &message = messages.at(i);
        headers.clear();
        PayloadSegments::appendHeaders(&headers, message.headers);
        sql::bindText(insert, 1, sourceStream);
        sql::bindText(insert, 2, message.targetStream);
        sql::bindText(insert, 3, message.topic);
        sqlite3_bind_blob64(insert, 4, message.payload.constData(), sqlite3_uint64(message.payload.size()),
                            SQLITE_STATIC);
        sqlite3_bind_blob64(insert, 5, headers.constData(), sqlite3_uint64(headers.size()), SQLITE_STATIC);
        if (!sql::stepOnce(m_db, insert, error))
            return false;
        // AUTOINCREMENT and one writer: the rows of one add() get consecutive ids.
        *lastId = sqlite3_last_insert_rowid(m_db);
        if (i == 0)
            *firstId = *lastId;
    }
    return true;
}

bool ForwardOutbox::settle(const OutboxSettlement &settlement, QString *error, qint64 *removed)
{
    if (removed)
        *removed = 0;
    if (settlement.keepAll || settlement.lastId < settlement.firstId)
        return true;
    sqlite3_stmt *remove = m_delete.get();
    const QString kept = targetList(settlement.keptTargets);
    sqlite3_bind_int64(remove, 1, settlement.firstId);
    sqlite3_bind_int64(remove, 2, settlement.lastId);
    sql::bindText(remove, 3, settlement.stream);
    sql::bindText(remove, 4, kept);
    if (!sql::stepOnce(m_db, remove, error))
        return false;
    if (removed)
        *removed = sqlite3_changes64(m_db);
    return true;
}

std::optional<OutboxRows> ForwardOutbox::pending(const QString &sourceStream, qint64 afterId, qint64 upToId, int limit,
                                                 qint64 maxBytes, QString *error, const QStringList &skippedTargets)
{
    sqlite3_stmt *select = m_select.get();
    sql::bindText(select, 1, sourceStream);
    sqlite3_bind_int64(select, 2, afterId);
    sqlite3_bind_int64(select, 3, upToId);
    sqlite3_bind_int(select, 4, limit);
    const QString skipped = targetList(skippedTargets);
    sql::bindText(select, 5, skipped);
    OutboxRows rows;
    qint64 bytes = 0;
    int rc = SQLITE_ROW;
    while (bytes < maxBytes && (rc = sqlite3_step(select)) == SQLITE_ROW) {
        OutboxRow row;
        row.id = sqlite3_column_int64(select, 0);
        row.sourceStream = sourceStream;
        row.message.targetStream = sql::columnText(select, 1);
        row.message.topic = sql::columnText(select, 2);
        row.message.payload = QByteArray(static_cast<const char *>(sqlite3_column_blob(select, 3)),
                                         sqlite3_column_bytes(select, 3));
        const QByteArray headers(static_cast<const char *>(sqlite3_column_blob(select, 4)),
                                 sqlite3_column_bytes(select, 4));
        row.message.headers = PayloadSegments::decodeHeaders(headers).value_or(decode::MessageHeaders());
        bytes += row.message.payload.size();
        rows.append(row);
    }
    sqlite3_reset(select);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        if (error)
            *error = sql::lastError(m_db);
        return std::nullopt;
    }
    return rows;
}

qint64 ForwardOutbox::lastId() const
{
    return sql::scalar(m_db, "SELECT max(id) FROM outbox", 0);
}

qint64 ForwardOutbox::count() const
{
    return sql::scalar(m_db, "SELECT count(*) FROM outbox", 0);
}

qint64 ForwardOutbox::count(const QString &sourceStream) const
{
    SqliteStatement query = sql::prepare(m_db, "SELECT count(*) FROM outbox WHERE stream = ?", nullptr);
    if (!query)
        return 0;
    sql::bindText(query.get(), 1, sourceStream);
    return sqlite3_step(query.get()) == SQLITE_ROW ? sqlite3_column_int64(query.get(), 0) : 0;
}

} // namespace alertdeck::store
