#include "SqliteHandle.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace alertdeck::store {

void SqliteDatabaseDeleter::operator()(sqlite3 *db) const
{
    // close_v2 defers the close until statements still alive are finalized, so the order in which
    // owners are destroyed does not matter.
    sqlite3_close_v2(db);
}

void SqliteStatementDeleter::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

namespace sql {

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

SqliteStatement prepare(sqlite3 *db, const QByteArray &text, QString *error)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &raw,
                           nullptr)
        != SQLITE_OK) {
        if (error) {
            *error = QCoreApplication::translate("AlertDeck", "cannot prepare store query: %1")
                         .arg(lastError(db));
        }
        return {};
    }
    return SqliteStatement(raw);
}

bool exec(sqlite3 *db, const char *text, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, text, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

bool stepOnce(sqlite3 *db, sqlite3_stmt *statement, QString *error)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    if (error)
        *error = lastError(db);
    return false;
}

qint64 scalar(sqlite3 *db, const char *text, qint64 fallback)
{
    SqliteStatement statement = prepare(db, text, nullptr);
    if (statement && sqlite3_step(statement.get()) == SQLITE_ROW
        && sqlite3_column_type(statement.get(), 0) != SQLITE_NULL) {
        return sqlite3_column_int64(statement.get(), 0);
    }
    return fallback;
}

void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    if (text.isNull())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

void bindOptional(sqlite3_stmt *statement, int index, const std::optional<double> &value)
{
    if (value)
        sqlite3_bind_double(statement, index, *value);
    else
        sqlite3_bind_null(statement, index);
}

QString columnText(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return {};
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(statement, column));
    const int bytes = sqlite3_column_bytes16(statement, column);
    if (!text)
        return QStringLiteral("");
    return QString::fromUtf16(text, bytes / 2);
}

std::optional<double> columnOptional(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_double(statement, column);
}

} // namespace sql
} // namespace alertdeck::store
