#pragma once

#include "SqliteHandle.h"

#include <QString>

namespace alertdeck::store::schema {

// Rows get secondary-index entries (source, event time, event name, declination band) in sorted
// chunks of this many alerts rather than one B-tree insertion per index per row: measured on 1M
// alerts that is ~10% of ingest time instead of ~20% per index. Readers scan the not-yet-indexed
// tail (key > indexed_upto) directly, so nothing is ever missing from a query.
constexpr qint64 kIndexChunk = 100000;
// Payload segment files roll over at this size so retention can free disk space file by file.
constexpr qint64 kSegmentBytes = 64ll * 1024 * 1024;
// ix_time's key for an alert without an event time: sorts after every real time when newest first.
constexpr qint64 kNoTime = -(qint64(1) << 62);

enum class Mode { ReadWrite, ReadOnly };

// Opens (creating if ReadWrite) the store database with its pragmas, schema and SQL functions.
SqliteDatabase open(const QString &path, Mode mode, QString *error);

qint64 metaValue(sqlite3 *db, const char *name);

} // namespace alertdeck::store::schema
