#pragma once

#include "SqliteHandle.h"

#include <QString>

#include <utility>

namespace alertdeck::store::schema {

// Rows get secondary-index entries (source, event time, event name, declination band) after they
// are stored, in key-sorted chunks, off the append path: each index costs ~2 us per row here, about
// what the whole append of a row costs, so a backlog is ingested first and indexed when appends
// pause. Readers scan the not-yet-indexed tail (key > indexed_upto) directly, so nothing is ever
// missing from a query; it is only slower while the tail is long.
constexpr qint64 kIndexChunk = 20000; // rows per indexing transaction: holds the write lock ~0.1 s
// Beyond this many unindexed rows indexing goes on even while appends continue, bounding how much
// of the table a filtered query may have to scan.
constexpr qint64 kMaxUnindexed = 1000000;
// Payload segment files roll over at this size so retention can free disk space file by file.
constexpr qint64 kSegmentBytes = 64ll * 1024 * 1024;
// ix_time's key for an alert without an event time: sorts after every real time when newest first.
constexpr qint64 kNoTime = -(qint64(1) << 62);

// The columns of `alerts`, also those of the `staged_alerts` virtual table (StagedAlertsTable).
constexpr const char *kAlertColumns =
    "key INTEGER PRIMARY KEY, received INTEGER NOT NULL, part INTEGER NOT NULL, "
    "msg_offset INTEGER NOT NULL, sub INTEGER NOT NULL, "
    "id TEXT NOT NULL, format INTEGER NOT NULL, source INTEGER NOT NULL, event TEXT, alert_type INTEGER, "
    "time TEXT, time_ms INTEGER, ra REAL, dec REAL, error_radius REAL, mag REAL, score REAL, far REAL, "
    "test INTEGER NOT NULL, title TEXT NOT NULL, decode_error TEXT, "
    "seg INTEGER NOT NULL, seg_offset INTEGER NOT NULL, payload_len INTEGER NOT NULL, headers_len INTEGER NOT NULL";
constexpr int kAlertColumnCount = 25;

enum class Mode { ReadWrite, ReadOnly };

// Opens (creating if ReadWrite) the store database with its pragmas, schema and SQL functions.
SqliteDatabase open(const QString &path, Mode mode, QString *error);

qint64 metaValue(sqlite3 *db, const char *name);
// The lowest and highest key stored (staged rows included), or {1, 0} for an empty store.
std::pair<qint64, qint64> keyBounds(sqlite3 *db);

} // namespace alertdeck::store::schema
