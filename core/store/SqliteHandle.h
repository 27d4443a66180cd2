#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace alertdeck::store {

struct SqliteDatabaseDeleter
{
    void operator()(sqlite3 *db) const;
};
struct SqliteStatementDeleter
{
    void operator()(sqlite3_stmt *statement) const;
};

using SqliteDatabase = std::unique_ptr<sqlite3, SqliteDatabaseDeleter>;
using SqliteStatement = std::unique_ptr<sqlite3_stmt, SqliteStatementDeleter>;

// Thin helpers over the C API so call sites read as one line each; every failure comes back with
// SQLite's own message, because "database is locked" or "disk I/O error" is what a person acts on.
namespace sql {

SqliteStatement prepare(sqlite3 *db, const QByteArray &text, QString *error);
bool exec(sqlite3 *db, const char *text, QString *error);
// Steps a prepared statement once and resets it; false with SQLite's message unless it is done or
// gave a row.
bool stepOnce(sqlite3 *db, sqlite3_stmt *statement, QString *error);
QString lastError(sqlite3 *db);
// One integer from a one-row query (e.g. PRAGMA page_count), or `fallback`.
qint64 scalar(sqlite3 *db, const char *text, qint64 fallback = 0);

// Binds a QString as UTF-16 without copying; a null QString binds SQL NULL. The string must outlive
// the statement's next step.
void bindText(sqlite3_stmt *statement, int index, const QString &text);
void bindOptional(sqlite3_stmt *statement, int index, const std::optional<double> &value);
QString columnText(sqlite3_stmt *statement, int column);
std::optional<double> columnOptional(sqlite3_stmt *statement, int column);

} // namespace sql
} // namespace alertdeck::store
