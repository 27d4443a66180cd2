#include "StagedAlertsTable.h"

#include "PayloadSegments.h"
#include "SqliteHandle.h"
#include "StagedChunk.h"
#include "StoreSchema.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

namespace alertdeck::store {
namespace {

using Value = StagedChunkReader::Value;

enum Plan : int {
    KeyEquals = 1,
    KeyAbove = 2,
    KeyFrom = 4,
    KeyBelow = 8,
    KeyUpTo = 16,
    NewestFirst = 32,
};

struct Table : sqlite3_vtab
{
    sqlite3 *db = nullptr;
    std::unique_ptr<PayloadSegments> segments; // where the writer put the chunks (none in memory)
};

struct Cursor : sqlite3_vtab_cursor
{
    SqliteStatement chunks[2]; // oldest first, newest first
    sqlite3_stmt *active = nullptr;
    std::optional<StagedChunkReader> chunk;
    QByteArray chunkBytes; // the chunk read from its segment; a chunk kept in its row is read in place
    qint64 chunkFirst = 0; // key of the chunk's first row; keys within a chunk are consecutive
    int row = 0;
    bool newestFirst = false;
    bool atEnd = true;
    qint64 low = 0;
    qint64 high = 0;
};

// A chunk's keys are consecutive, so a row's key is its position.
qint64 key(const Cursor *cursor)
{
    return cursor->chunkFirst + cursor->row;
}

int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    const QByteArray declaration = "CREATE TABLE x(" + QByteArray(schema::kAlertColumns) + ")";
    const int rc = sqlite3_declare_vtab(db, declaration.constData());
    if (rc != SQLITE_OK)
        return rc;
    auto *created = new Table;
    created->db = db;
    const char *file = sqlite3_db_filename(db, "main");
    if (file && *file) {
        created->segments = std::make_unique<PayloadSegments>(PayloadSegments::directoryFor(QString::fromUtf8(file)),
                                                              PayloadSegments::Caching::PageCache);
    }
    *table = created;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    delete static_cast<Table *>(table);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    int plan = 0;
    int argument = 0;
    // Arguments follow the order of the bits, whatever the order of the constraints.
    for (const int bit : {KeyEquals, KeyAbove, KeyFrom, KeyBelow, KeyUpTo}) {
        for (int i = 0; i < info->nConstraint; ++i) {
            const auto &constraint = info->aConstraint[i];
            if (!constraint.usable || (constraint.iColumn != 0 && constraint.iColumn != -1))
                continue;
            const int op = constraint.op;
            const bool matches = (bit == KeyEquals && op == SQLITE_INDEX_CONSTRAINT_EQ)
                || (bit == KeyAbove && op == SQLITE_INDEX_CONSTRAINT_GT)
                || (bit == KeyFrom && op == SQLITE_INDEX_CONSTRAINT_GE)
                || (bit == KeyBelow && op == SQLITE_INDEX_CONSTRAINT_LT)
                || (bit == KeyUpTo && op == SQLITE_INDEX_CONSTRAINT_LE);
            if (!matches || (plan & bit))
                continue;
            plan |= bit;
            // SQLite checks the constraint again: a non-integer value only narrows nothing here.
            info->aConstraintUsage[i].argvIndex = ++argument;
            info->aConstraintUsage[i].omit = 0;
        }
    }
    if (info->nOrderBy == 1 && (info->aOrderBy[0].iColumn == 0 || info->aOrderBy[0].iColumn == -1)) {
        info->orderByConsumed = 1;
        if (info->aOrderBy[0].desc)
            plan |= NewestFirst;
    }
    info->idxNum = plan;
    if (plan & KeyEquals) {
        info->estimatedCost = 10;
        info->estimatedRows = 1;
        info->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
    } else if (plan & (KeyAbove | KeyFrom | KeyBelow | KeyUpTo)) {
        info->estimatedCost = 10000;
        info->estimatedRows = 5000;
    } else {
        info->estimatedCost = 100000;
        info->estimatedRows = 50000;
    }
    return SQLITE_OK;
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    *cursor = new Cursor;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete static_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int fail(Cursor *cursor, int rc, const QString &message)
{
    sqlite3_free(cursor->pVtab->zErrMsg);
    cursor->pVtab->zErrMsg = sqlite3_mprintf("%s", message.toUtf8().constData());
    return rc;
}

// Narrows [low, high] by one constraint on the key; values that are not numbers leave it as is.
void narrow(Cursor *cursor, int bit, sqlite3_value *value)
{
    const int type = sqlite3_value_numeric_type(value);
    if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
        return;
    const double number = sqlite3_value_double(value);
    const auto clamp = [](double v) {
        return qint64(std::max(-9.0e18, std::min(9.0e18, v)));
    };
    switch (bit) {
    case KeyEquals:
        if (number != std::floor(number)) {
            cursor->low = 1;
            cursor->high = 0;
            return;
        }
        cursor->low = std::max(cursor->low, clamp(number));
        cursor->high = std::min(cursor->high, clamp(number));
        return;
    case KeyAbove:
        cursor->low = std::max(cursor->low, clamp(std::floor(number)) + 1);
        return;
    case KeyFrom:
        cursor->low = std::max(cursor->low, clamp(std::ceil(number)));
        return;
    case KeyBelow:
        cursor->high = std::min(cursor->high, clamp(std::ceil(number)) - 1);
        return;
    case KeyUpTo:
        cursor->high = std::min(cursor->high, clamp(std::floor(number)));
        return;
    }
}

// The row of the loaded chunk where [low, high] starts in the cursor's direction.
void startInChunk(Cursor *cursor)
{
    const qint64 rows = cursor->chunk->rows();
    const qint64 first = cursor->chunkFirst;
    const qint64 last = first + rows - 1;
    // Compared before subtracting: the bounds may be the extremes of qint64.
    if (cursor->newestFirst)
        cursor->row = cursor->high >= last ? int(rows - 1) : int(std::max<qint64>(cursor->high - first, -1));
    else
        cursor->row = cursor->low <= first ? 0 : int(std::min<qint64>(cursor->low - first, rows));
}

bool chunkHolds(const Cursor *cursor, qint64 at)
{
    return cursor->chunk && at >= cursor->chunkFirst && at < cursor->chunkFirst + cursor->chunk->rows();
}

QString damaged(const Cursor *cursor)
{
    return QCoreApplication::translate("AlertDeck", "staged alerts from key %1 are damaged").arg(cursor->chunkFirst);
}

// Loads the chunk of the current `staged` row; returns why it could not, or nothing.
QString loadChunk(Cursor *cursor)
{
    cursor->chunkFirst = sqlite3_column_int64(cursor->active, 0);
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(cursor->active, 1));
    int size = sqlite3_column_bytes(cursor->active, 1);
    if (const auto location = StagedChunkLocation::decode(bytes, size)) {
        const Table *table = static_cast<Table *>(cursor->pVtab);
        QString error;
        std::optional<QByteArray> read =
            table->segments ? table->segments->read(location->segment, location->offset, location->length, &error)
                            : std::nullopt;
        if (!read)
            return error.isEmpty() ? damaged(cursor) : error;
        cursor->chunkBytes = std::move(*read);
        bytes = cursor->chunkBytes.constData();
        size = int(cursor->chunkBytes.size());
    }
    cursor->chunk.emplace(bytes, size, schema::kAlertColumnCount - 1); // all but the key
    startInChunk(cursor);
    return cursor->chunk->isValid() ? QString() : damaged(cursor);
}

// Moves to the next row inside [low, high], reading further chunks as needed (unless `more` is
// false: the range lies within the loaded chunk).
int settle(Cursor *cursor, bool more)
{
    while (true) {
        if (cursor->chunk && cursor->row >= 0 && cursor->row < cursor->chunk->rows()) {
            const qint64 at = key(cursor);
            if (at >= cursor->low && at <= cursor->high)
                return SQLITE_OK;
            const bool beyond = cursor->newestFirst ? at < cursor->low : at > cursor->high;
            if (beyond)
                break;
            cursor->row += cursor->newestFirst ? -1 : 1;
            continue;
        }
        if (!more)
            break;
        cursor->chunk.reset(); // stepping frees the blob it reads
        const int rc = sqlite3_step(cursor->active);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return fail(cursor, rc, sql::lastError(static_cast<Table *>(cursor->pVtab)->db));
        if (const QString error = loadChunk(cursor); !error.isEmpty())
            return fail(cursor, SQLITE_ERROR, error);
    }
    cursor->atEnd = true;
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *base, int plan, const char *, int argc, sqlite3_value **argv)
{
    auto *cursor = static_cast<Cursor *>(base);
    cursor->low = std::numeric_limits<qint64>::min();
    cursor->high = std::numeric_limits<qint64>::max();
    int argument = 0;
    for (const int bit : {KeyEquals, KeyAbove, KeyFrom, KeyBelow, KeyUpTo}) {
        if ((plan & bit) && argument < argc)
            narrow(cursor, bit, argv[argument++]);
    }
    cursor->newestFirst = plan & NewestFirst;
    cursor->atEnd = false;
    // Rows fetched by key one after another (a page joined to its keys) mostly share a chunk.
    if (cursor->low == cursor->high && chunkHolds(cursor, cursor->low)) {
        startInChunk(cursor);
        return settle(cursor, false);
    }
    cursor->chunk.reset();
    SqliteStatement &statement = cursor->chunks[cursor->newestFirst ? 1 : 0];
    if (!statement) {
        sqlite3 *db = static_cast<Table *>(cursor->pVtab)->db;
        QString error;
        // The chunk holding `low` is the last one starting at or before it.
        // `staged` unqualified, as in schema::keyBounds().
        const QByteArray range = "SELECT first_key, rows FROM staged WHERE first_key <= ?2 AND first_key >= "
                                 "coalesce((SELECT max(first_key) FROM staged WHERE first_key <= ?1), ?1) ";
        statement = sql::prepare(db, range + (cursor->newestFirst ? "ORDER BY first_key DESC" : "ORDER BY first_key"),
                                 &error);
        if (!statement)
            return fail(cursor, SQLITE_ERROR, error);
    }
    cursor->active = statement.get();
    sqlite3_reset(cursor->active);
    if (cursor->low > cursor->high) {
        cursor->atEnd = true;
        return SQLITE_OK;
    }
    sqlite3_bind_int64(cursor->active, 1, cursor->low);
    sqlite3_bind_int64(cursor->active, 2, cursor->high);
    return settle(cursor, true);
}

int next(sqlite3_vtab_cursor *base)
{
    auto *cursor = static_cast<Cursor *>(base);
    cursor->row += cursor->newestFirst ? -1 : 1;
    return settle(cursor, !(cursor->low == cursor->high));
}

int eof(sqlite3_vtab_cursor *base)
{
    return static_cast<Cursor *>(base)->atEnd;
}

int column(sqlite3_vtab_cursor *base, sqlite3_context *context, int index)
{
    auto *cursor = static_cast<Cursor *>(base);
    if (index == 0) {
        sqlite3_result_int64(context, key(cursor));
        return SQLITE_OK;
    }
    // Only the columns asked for are read: counts and the key checks SQLite repeats read none.
    const Value value = cursor->chunk->value(cursor->row, index - 1);
    switch (value.type) {
    case StagedChunkReader::Type::Integer:
        sqlite3_result_int64(context, value.integer);
        break;
    case StagedChunkReader::Type::Real:
        sqlite3_result_double(context, value.real);
        break;
    case StagedChunkReader::Type::Text:
        sqlite3_result_text(context, value.text, value.size, SQLITE_TRANSIENT);
        break;
    case StagedChunkReader::Type::Null:
        sqlite3_result_null(context);
        break;
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *id)
{
    *id = key(static_cast<Cursor *>(base));
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module module{};
    module.iVersion = 0;
    module.xCreate = nullptr; // eponymous only: no CREATE VIRTUAL TABLE, usable by name at once
    module.xConnect = connect;
    module.xBestIndex = bestIndex;
    module.xDisconnect = disconnect;
    module.xDestroy = disconnect;
    module.xOpen = open;
    module.xClose = close;
    module.xFilter = filter;
    module.xNext = next;
    module.xEof = eof;
    module.xColumn = column;
    module.xRowid = rowid;
    return module;
}

const sqlite3_module kModule = makeModule();

// ad_chunk_bytes(rows): the segment bytes a `staged` row's chunk takes, which the store counts
// with its payloads until the chunk is expanded; 0 for a chunk kept in the row itself.
void chunkBytesFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *bytes = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const auto location = StagedChunkLocation::decode(bytes, sqlite3_value_bytes(argv[0]));
    sqlite3_result_int64(context, location ? location->length : 0);
}

} // namespace

void StagedAlertsTable::registerOn(sqlite3 *db)
{
    sqlite3_create_module(db, "staged_alerts", &kModule, nullptr);
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "ad_chunk_bytes", 1, flags, nullptr, chunkBytesFunction, nullptr, nullptr, nullptr);
}

} // namespace alertdeck::store
