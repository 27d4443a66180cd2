#pragma once

#include "SqliteHandle.h"

#include <QString>

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

enum class Mode { ReadWrite, ReadOnly };

// Opens (creating if ReadWrite) the store database with its pragmas, schema and SQL functions.
SqliteDatabase open(const QString &path, Mode mode, QString *error);

qint64 metaValue(sqlite3 *db, const char *name);

} // namespace alertdeck::store::schema
