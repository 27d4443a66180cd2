#pragma once

#include "OutboxMessage.h"
#include "SqliteHandle.h"

#include <memory>
#include <optional>

namespace alertdeck::store {

// The store's outbox of `forward` actions: the messages a stored batch owes its forward targets are
// written in the same transaction as its alerts and offsets, so a crash after the commit cannot lose
// them (the stream will not deliver those alerts again); rows are deleted once the target confirmed
// delivery and re-sent when the stream starts again. Payloads are kept in the row, as a forwarded
// alert need not be stored. Belongs to the connection (and thread) of its AlertStore.
class ForwardOutbox
{
public:
    static std::unique_ptr<ForwardOutbox> create(sqlite3 *db, QString *error);

    // Inside the caller's transaction. The rows get the consecutive ids [*firstId, *lastId].
    bool add(const QString &sourceStream, const QVector<OutboxMessage> &messages, qint64 *firstId, qint64 *lastId,
             QString *error);
    // Deletes the settled rows; `removed` (if given) gets how many.
    bool settle(const OutboxSettlement &settlement, QString *error, qint64 *removed = nullptr);
    // Rows of `sourceStream` with afterId < id <= upToId, oldest first, but none for `skippedTargets`:
    // at most `limit` rows, and no more once their payloads reach `maxBytes`.
    std::optional<OutboxRows> pending(const QString &sourceStream, qint64 afterId, qint64 upToId, int limit,
                                      qint64 maxBytes, QString *error, const QStringList &skippedTargets = {});
    qint64 lastId() const;
    qint64 count() const;
    qint64 count(const QString &sourceStream) const;

private:
    explicit ForwardOutbox(sqlite3 *db) : m_db(db) {}

    sqlite3 *m_db;
    SqliteStatement m_insert, m_delete, m_select;
};

} // namespace alertdeck::store
