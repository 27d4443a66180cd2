#include "StoreSchema.h"

#include "SkyBands.h"
#include "StagedAlertsTable.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace alertdeck::store::schema {
namespace {

// `alerts` itself is created from kAlertColumns (StoreSchema.h) in front of this.
// Dictionary-coded strings (stream, topic, format, source, alert_type) keep rows and indexes small.
// Payloads are not in the database at all (see PayloadSegments). `batches` is a zone map over
// arrival order: received-time filters become key ranges without a per-row index.
// `staged` holds rows appended but not yet expanded into `alerts` (StagedChunk); readers see them
// through the `alerts` view each reader connection gets (kReaderView). `staged_damaged` keeps the
// chunks the indexer could not read (StoreMaintenance), with why, instead of stopping at them.
// `outbox` holds the messages forward actions still owe their targets (ForwardOutbox); AUTOINCREMENT
// keeps ids growing after rows are deleted, so an id range names the rows of one batch only.
constexpr const char *kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS partitions(
  id INTEGER PRIMARY KEY, stream INTEGER NOT NULL, topic INTEGER NOT NULL, part_no INTEGER NOT NULL,
  next_offset INTEGER, last_offset INTEGER, last_sub INTEGER, UNIQUE(stream, topic, part_no));
CREATE TABLE IF NOT EXISTS segments(id INTEGER PRIMARY KEY, bytes INTEGER NOT NULL, last_key INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS batches(
  first_key INTEGER PRIMARY KEY, last_key INTEGER NOT NULL,
  min_received INTEGER NOT NULL, max_received INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ix_source(source INTEGER, key INTEGER, PRIMARY KEY(source, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ix_time(time_ms INTEGER, key INTEGER, PRIMARY KEY(time_ms, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ix_event(event TEXT, key INTEGER, PRIMARY KEY(event, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ix_band(band INTEGER, key INTEGER, ra REAL, dec REAL, PRIMARY KEY(band, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS staged_damaged(
  first_key INTEGER PRIMARY KEY, last_key INTEGER NOT NULL, rows BLOB, reason TEXT NOT NULL,
  set_aside_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS outbox(
  id INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT NOT NULL, target TEXT NOT NULL, topic TEXT NOT NULL,
  payload BLOB, headers BLOB);
INSERT OR IGNORE INTO meta(name, value) VALUES
  ('schema', 1), ('next_key', 1), ('indexed_upto', 0), ('alert_count', 0), ('payload_bytes', 0);
)sql";

constexpr const char *kStagedTable = "staged(first_key INTEGER PRIMARY KEY, last_key INTEGER NOT NULL, rows BLOB NOT NULL)";

QByteArray createStagedTable(const char *create)
{
    return QByteArray(create) + ' ' + kStagedTable + ';';
}

// synchronous=NORMAL in WAL: a commit survives an application crash; at power loss the last
// commits may be rolled back, but alerts and offsets roll back together (the stream re-reads them).
// Payload files are fdatasync'd before each commit, so a surviving row never lacks its payload.
// A writer's cache mostly keeps pages it has just appended and will not read again: 128 MB of them
// were a fifth of `listen`'s peak memory and their first touches cost page faults; with 16 MB the
// store bench appends 1M alerts at 688k/s instead of 648k/s and indexes them 4% slower.
constexpr const char *kWriterPragmas = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
PRAGMA cache_size=-16384;
PRAGMA wal_autocheckpoint=10000;
PRAGMA temp_store=MEMORY;
)sql";

// Unqualified `alerts` on a reader connection finds this view first (temp before main): stored and
// staged rows alike, so every query sees every appended alert. Staged keys are all above stored ones.
constexpr const char *kReaderView =
    "CREATE TEMP VIEW alerts AS SELECT * FROM main.alerts UNION ALL SELECT * FROM staged_alerts";

constexpr const char *kReaderPragmas = R"sql(
PRAGMA cache_size=-65536;
PRAGMA mmap_size=1073741824;
PRAGMA temp_store=MEMORY;
)sql";

void bandFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const std::optional<int> band = sky::band(sqlite3_value_double(argv[0]));
    if (band)
        sqlite3_result_int(context, *band);
    else
        sqlite3_result_null(context);
}

void separationFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            sqlite3_result_null(context);
            return;
        }
    }
    sqlite3_result_double(context,
                          sky::separation(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]),
                                          sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3])));
}

void registerFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "ad_band", 1, flags, nullptr, bandFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "ad_sep", 4, flags, nullptr, separationFunction, nullptr, nullptr,
                               nullptr);
}

// A store written before rows were staged has no `staged` table. A reader opening it before any
// writer adds the table as the writer would, so that rows a writer stages later are where this
// connection looks; a store it may not write gets an empty temporary one, found by the same
// unqualified name (temp before main).
bool ensureStagedTable(sqlite3 *reader, const QString &path, QString *reason)
{
    if (sql::scalar(reader, "SELECT count(*) FROM main.sqlite_master WHERE type = 'table' AND name = 'staged'", 0) > 0)
        return true;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    const SqliteDatabase writer(raw);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(raw, 10000);
        if (sql::exec(raw, createStagedTable("CREATE TABLE IF NOT EXISTS").constData(), nullptr))
            return true;
    }
    return sql::exec(reader, createStagedTable("CREATE TEMP TABLE").constData(), reason);
}

} // namespace

SqliteDatabase open(const QString &path, Mode mode, QString *error)
{
    if (mode == Mode::ReadOnly && !QFile::exists(path)) {
        *error = QCoreApplication::translate("AlertDeck", "alert store %1 does not exist").arg(path);
        return {};
    }
    const int flags = SQLITE_OPEN_NOMUTEX
        | (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY);
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    SqliteDatabase db(raw);
    QString reason;
    if (rc != SQLITE_OK) {
        reason = raw ? sql::lastError(raw) : QString::fromUtf8(sqlite3_errstr(rc));
    } else {
        sqlite3_busy_timeout(raw, 10000);
        registerFunctions(raw);
        StagedAlertsTable::registerOn(raw);
        if (mode == Mode::ReadWrite) {
            // For new stores. 1M alerts (store bench): 4 KB pages 416k alerts/s and 363 MB, 8 KB
            // 450k/s and 374 MB, 16 KB 454k/s but 579 MB; history queries the same within 0.2 ms.
            const QByteArray tables = "CREATE TABLE IF NOT EXISTS alerts(" + QByteArray(kAlertColumns) + "); "
                + createStagedTable("CREATE TABLE IF NOT EXISTS");
            if (sql::exec(raw, "PRAGMA page_size=8192", &reason) && sql::exec(raw, kWriterPragmas, &reason)
                && sql::exec(raw, tables.constData(), &reason))
                sql::exec(raw, kSchema, &reason);
        } else if (sql::exec(raw, kReaderPragmas, &reason) && ensureStagedTable(raw, path, &reason)) {
            sql::exec(raw, kReaderView, &reason);
        }
    }
    if (!reason.isEmpty()) {
        *error = QCoreApplication::translate("AlertDeck", "cannot open alert store %1: %2").arg(path, reason);
        return {};
    }
    return db;
}

qint64 metaValue(sqlite3 *db, const char *name)
{
    SqliteStatement statement = sql::prepare(db, "SELECT value FROM meta WHERE name = ?", nullptr);
    if (!statement)
        return 0;
    sqlite3_bind_text(statement.get(), 1, name, -1, SQLITE_STATIC);
    return sqlite3_step(statement.get()) == SQLITE_ROW ? sqlite3_column_int64(statement.get(), 0) : 0;
}

std::pair<qint64, qint64> keyBounds(sqlite3 *db)
{
    // main.alerts explicitly: min() and max() over the readers' view would scan every row.
    const qint64 lowStored = sql::scalar(db, "SELECT min(key) FROM main.alerts", 0);
    // `staged` unqualified: a reader of a store it could not upgrade has an empty temporary one.
    const qint64 lowStaged = sql::scalar(db, "SELECT min(first_key) FROM staged", 0);
    const qint64 highStored = sql::scalar(db, "SELECT max(key) FROM main.alerts", 0);
    const qint64 highStaged = sql::scalar(db, "SELECT max(last_key) FROM staged", 0);
    const qint64 low = lowStored > 0 ? lowStored : lowStaged;
    const qint64 high = std::max(highStored, highStaged);
    if (low <= 0 || high <= 0)
        return {1, 0};
    return {low, high};
}

} // namespace alertdeck::store::schema
