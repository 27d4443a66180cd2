#include "BatchWriter.h"

#include "IsoTime.h"
#include "StagedChunk.h"
#include "StoreSchema.h"
#include "core/decode/SharedText.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <future>

namespace alertdeck::store {
namespace {

using decode::sameText;

bool sameMessage(const decode::ReceivedAlert &a, const decode::ReceivedAlert &b)
{
    return a.offset >= 0 && a.offset == b.offset && a.partition == b.partition && sameText(a.topic, b.topic);
}

// Kafka offsets only grow within a partition, so (offset, index within message) at or below the
// last one stored means the alert is already in the store: a replayed batch is skipped without a
// unique index on every row. Alerts without a Kafka position (offset < 0) are never deduplicated.
bool alreadyStored(qint64 offset, int sub, qint64 lastOffset, int lastSub)
{
    return offset < lastOffset || (offset == lastOffset && sub <= lastSub);
}

const QString &orEmpty(const QString &text)
{
    static const QString empty = QStringLiteral("");
    return text.isNull() ? empty : text;
}

// Rows per staged chunk: a reader fetching one staged row by key decodes its chunk's row index,
// so chunks stay small; 1,024 rows of notices are ~150 KB.
constexpr int kRowsPerChunk = 1024;

} // namespace

BatchWriter::BatchWriter(sqlite3 *db, PayloadSegments *segments)
    : m_db(db), m_segments(segments)
{
}

std::unique_ptr<BatchWriter> BatchWriter::create(sqlite3 *db, PayloadSegments *segments, QString *error)
{
    std::unique_ptr<BatchWriter> writer(new BatchWriter(db, segments));
    if (!writer->prepareAll(error))
        return {};
    return writer;
}

bool BatchWriter::prepareAll(QString *error)
{
    const std::pair<SqliteStatement *, QByteArray> statements[] = {
        {&m_findName, "SELECT id FROM names WHERE text = ?"},
        {&m_insertName, "INSERT INTO names(text) VALUES(?)"},
        {&m_insertPartition,
         "INSERT INTO partitions(stream, topic, part_no) VALUES(?, ?, ?) ON CONFLICT DO NOTHING"},
        {&m_findPartition,
         "SELECT id, last_offset, last_sub FROM partitions WHERE stream = ? AND topic = ? AND part_no = ?"},
        {&m_markPartition, "UPDATE partitions SET last_offset = ?, last_sub = ? WHERE id = ?"},
        {&m_setNextOffset, "UPDATE partitions SET next_offset = ? WHERE id = ?"},
        {&m_insertChunk, "INSERT INTO staged(first_key, last_key, rows) VALUES(?, ?, ?)"},
        {&m_insertBatch, "INSERT INTO batches VALUES(?, ?, ?, ?)"},
        {&m_lastSegment, "SELECT id, bytes FROM segments ORDER BY id DESC LIMIT 1"},
        {&m_saveSegment, "INSERT INTO segments(id, bytes, last_key) VALUES(?, ?, ?) "
                         "ON CONFLICT(id) DO UPDATE SET bytes = excluded.bytes, last_key = excluded.last_key"},
        {&m_addMeta, "UPDATE meta SET value = value + ? WHERE name = ?"},
    };
    for (const auto &[statement, text] : statements) {
        *statement = sql::prepare(m_db, text, error);
        if (!*statement)
            return false;
    }
    return true;
}

bool BatchWriter::step(sqlite3_stmt *statement, QString *error)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    *error = sql::lastError(m_db);
    return false;
}

void BatchWriter::forgetCachedNames()
{
    // Ids handed out inside a rolled-back transaction no longer exist.
    m_names.clear();
    m_format = m_source = m_alertType = NameMemo();
}

std::optional<qint64> BatchWriter::nameId(const QString &text, NameMemo *memo, QString *error)
{
    for (const auto &[known, id] : memo->recent) {
        if (id > 0 && sameText(known, text))
            return id;
    }
    const std::optional<qint64> id = nameId(text, error);
    if (id) {
        memo->recent[memo->next] = {text, *id};
        memo->next = (memo->next + 1) % memo->recent.size();
    }
    return id;
}

std::optional<qint64> BatchWriter::nameId(const QString &text, QString *error)
{
    const QString &key = text.isNull() ? QStringLiteral("") : text;
    if (const auto found = m_names.constFind(key); found != m_names.constEnd())
        return *found;
    sqlite3_stmt *find = m_findName.get();
    sql::bindText(find, 1, key);
    std::optional<qint64> id;
    if (sqlite3_step(find) == SQLITE_ROW)
        id = sqlite3_column_int64(find, 0);
    sqlite3_reset(find);
    if (!id) {
        sql::bindText(m_insertName.get(), 1, key);
        if (!step(m_insertName.get(), error))
            return std::nullopt;
        id = sqlite3_last_insert_rowid(m_db);
    }
    m_names.insert(key, *id);
    return id;
}

BatchWriter::Partition *BatchWriter::partition(Partitions &cache, qint64 stream,
                                               const QString &topic, qint32 number, QString *error)
{
    const PartitionKey key{topic, number};
    if (auto found = cache.find(key); found != cache.end())
        return &found->second;
    const std::optional<qint64> topicId = nameId(topic, error);
    if (!topicId)
        return nullptr;
    for (sqlite3_stmt *statement : {m_insertPartition.get(), m_findPartition.get()}) {
        sqlite3_bind_int64(statement, 1, stream);
        sqlite3_bind_int64(statement, 2, *topicId);
        sqlite3_bind_int(statement, 3, number);
    }
    if (!step(m_insertPartition.get(), error))
        return nullptr;
    sqlite3_stmt *find = m_findPartition.get();
    if (sqlite3_step(find) != SQLITE_ROW) {
        *error = sql::lastError(m_db);
        sqlite3_reset(find);
        return nullptr;
    }
    Partition state;
    state.id = sqlite3_column_int64(find, 0);
    if (sqlite3_column_type(find, 1) != SQLITE_NULL) {
        state.lastOffset = sqlite3_column_int64(find, 1);
        state.lastSub = sqlite3_column_int(find, 2);
    }
    sqlite3_reset(find);
    return &cache.emplace(key, state).first->second;
}

std::optional<BatchWriter::Segment> BatchWriter::currentSegment(QString *error)
{
    Segment segment;
    sqlite3_stmt *last = m_lastSegment.get();
    const int rc = sqlite3_step(last);
    if (rc == SQLITE_ROW) {
        segment.id = sqlite3_column_int64(last, 0);
        segment.bytes = sqlite3_column_int64(last, 1);
    }
    sqlite3_reset(last);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *error = sql::lastError(m_db);
        return std::nullopt;
    }
    if (segment.bytes >= schema::kSegmentBytes)
        segment = Segment{segment.id + 1, 0};
    return segment;
}

qint64 BatchWriter::write(const QString &stream, const decode::AlertBatch &alerts,
                          const PartitionOffsets &nextOffsets, QString *error)
{
    const std::optional<qint64> streamId = nameId(stream, error);
    std::optional<Segment> segment = streamId ? currentSegment(error) : std::nullopt;
    if (!segment)
        return -1;
    Partitions partitions;
    Partition *state = nullptr;
    std::vector<Planned> planned;
    planned.reserve(size_t(alerts.size()));
    std::vector<PayloadSegments::Piece> pieces;
    // All header encodings of the batch in one buffer; their pieces point into it once it is complete.
    QByteArray headerBuffer;
    std::vector<std::pair<size_t, qsizetype>> headerPieces;
    const qint64 firstOffsetInSegment = segment->bytes;
    int sub = 0;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const decode::ReceivedAlert &alert = alerts.at(i);
        const bool continues = i > 0 && sameMessage(alerts.at(i - 1), alert);
        sub = continues ? sub + 1 : 0;
        if (!state || i == 0 || alert.partition != alerts.at(i - 1).partition || !sameText(alert.topic, alerts.at(i - 1).topic))
            state = partition(partitions, *streamId, alert.topic, alert.partition, error);
        if (!state)
            return -1;
        if (alert.offset >= 0) {
            if (alreadyStored(alert.offset, sub, state->lastOffset, state->lastSub))
                continue;
            state->lastOffset = alert.offset;
            state->lastSub = sub;
            state->marked = true;
        }
        // The alerts of one message (an Avro container) share its payload: write it once.
        if (continues && !planned.empty() && planned.back().alert->payload.constData() == alert.payload.constData()
            && planned.back().alert->offset == alert.offset) {
            Planned copy = planned.back();
            copy.alert = &alert;
            copy.sub = sub;
            planned.push_back(copy);
            continue;
        }
        const qsizetype headerStart = headerBuffer.size();
        const qint64 headerLength = PayloadSegments::appendHeaders(&headerBuffer, alert.headers);
        pieces.push_back({alert.payload.constData(), alert.payload.size()});
        headerPieces.emplace_back(pieces.size(), headerStart);
        pieces.push_back({nullptr, headerLength});
        planned.push_back({&alert, state->id, sub, segment->bytes, alert.payload.size(), headerLength});
        segment->bytes += alert.payload.size() + headerLength;
    }
    for (const auto &[piece, start] : headerPieces)
        pieces[piece].data = headerBuffer.constData() + start;
    const size_t chunks = stageRows(planned, segment->id, error);
    if (chunks == kStagingFailed)
        return -1;
    // The chunks follow the payloads in the segment; their rows in `staged` say where.
    std::vector<StagedChunkLocation> locations;
    for (size_t i = 0; i < chunks; ++i) {
        const QByteArrayView bytes = m_chunks[i].bytes();
        locations.push_back({segment->id, segment->bytes, bytes.size()});
        pieces.push_back({bytes.data(), bytes.size()});
        segment->bytes += bytes.size();
    }

    // The bytes go to disk on a helper thread while SQLite takes the rows; both must succeed before
    // the caller commits. The future's destructor joins, so `pieces` outlives the thread.
    QString writeError;
    std::future<bool> payloadsWritten;
    if (!pieces.empty()) {
        payloadsWritten = std::async(std::launch::async, [&] {
            return m_segments->write(segment->id, firstOffsetInSegment, pieces, &writeError);
        });
    }
    const qint64 firstKey = schema::metaValue(m_db, "next_key");
    bool ok = insertChunkRows(locations, firstKey, error);
    ok = ok && saveWatermarks(partitions, error) && saveOffsets(partitions, *streamId, nextOffsets, error)
        && saveBookkeeping(planned, firstKey, *segment, chunkBytes(locations), error);
    if (payloadsWritten.valid() && !payloadsWritten.get()) {
        *error = writeError;
        return -1;
    }
    return ok ? qint64(planned.size()) : -1;
}

// Fills m_chunks from the front (their buffers kept from batch to batch); returns how many.
size_t BatchWriter::stageRows(const std::vector<Planned> &planned, qint64 segment, QString *error)
{
    const size_t needed = (planned.size() + kRowsPerChunk - 1) / kRowsPerChunk;
    if (m_chunks.size() < needed)
        m_chunks.resize(needed);
    for (size_t i = 0; i < planned.size(); ++i) {
        StagedChunkBuilder &chunk = m_chunks[i / kRowsPerChunk];
        if (i % kRowsPerChunk == 0)
            chunk.clear();
        if (!addRow(&chunk, planned[i], segment, error))
            return kStagingFailed;
    }
    return needed;
}

bool BatchWriter::insertChunkRows(const std::vector<StagedChunkLocation> &locations, qint64 firstKey, QString *error)
{
    qint64 chunkFirst = firstKey;
    for (size_t i = 0; i < locations.size(); ++i) {
        const QByteArray location = locations[i].encoded();
        sqlite3_stmt *insert = m_insertChunk.get();
        sqlite3_bind_int64(insert, 1, chunkFirst);
        sqlite3_bind_int64(insert, 2, chunkFirst + m_chunks[i].rows() - 1);
        sqlite3_bind_blob(insert, 3, location.constData(), int(location.size()), SQLITE_STATIC);
        if (!step(insert, error))
            return false;
        chunkFirst += m_chunks[i].rows();
    }
    return true;
}

qint64 BatchWriter::chunkBytes(const std::vector<StagedChunkLocation> &locations)
{
    qint64 bytes = 0;
    for (const StagedChunkLocation &location : locations)
        bytes += location.length;
    return bytes;
}

// The row's columns in the order of schema::kAlertColumns, after the key (a staged row's position).
bool BatchWriter::addRow(StagedChunkBuilder *chunk, const Planned &planned, qint64 segment, QString *error)
{
    const decode::ReceivedAlert &received = *planned.alert;
    const decode::Alert &alert = received.alert;
    const std::optional<qint64> format = nameId(alert.format, &m_format, error);
    const std::optional<qint64> source = format ? nameId(alert.source, &m_source, error) : std::nullopt;
    std::optional<qint64> alertType;
    if (!source || (!alert.alertType.isNull() && !(alertType = nameId(alert.alertType, &m_alertType, error))))
        return false;
    chunk->beginRow();
    for (const qint64 value : {received.receivedMs, planned.partition, received.offset, qint64(planned.sub)})
        chunk->addInteger(value);
    chunk->addText(orEmpty(alert.id));
    chunk->addInteger(*format);
    chunk->addInteger(*source);
    chunk->addText(alert.event);
    chunk->addOptional(alertType);
    chunk->addText(alert.time);
    chunk->addOptional(alert.time.isEmpty() ? std::nullopt : parseIsoTimeMs(alert.time));
    for (const std::optional<double> *number :
         {&alert.ra, &alert.dec, &alert.errorRadius, &alert.mag, &alert.score, &alert.far}) {
        chunk->addOptional(*number);
    }
    chunk->addInteger(alert.test ? 1 : 0);
    chunk->addText(orEmpty(alert.title));
    chunk->addText(alert.decodeError.isEmpty() ? QString() : alert.decodeError);
    for (const qint64 value : {segment, planned.segmentOffset, planned.payloadLength, planned.headersLength})
        chunk->addInteger(value);
    return true;
}

bool BatchWriter::saveWatermarks(const Partitions &cache, QString *error)
{
    sqlite3_stmt *mark = m_markPartition.get();
    for (const auto &[key, state] : cache) {
        if (!state.marked)
            continue;
        sqlite3_bind_int64(mark, 1, state.lastOffset);
        sqlite3_bind_int(mark, 2, state.lastSub);
        sqlite3_bind_int64(mark, 3, state.id);
        if (!step(mark, error))
            return false;
    }
    return true;
}

bool BatchWriter::saveOffsets(Partitions &cache, qint64 stream,
                              const PartitionOffsets &nextOffsets, QString *error)
{
    sqlite3_stmt *set = m_setNextOffset.get();
    for (auto it = nextOffsets.constBegin(); it != nextOffsets.constEnd(); ++it) {
        const Partition *state = partition(cache, stream, it.key().first, it.key().second, error);
        if (!state)
            return false;
        sqlite3_bind_int64(set, 1, it.value());
        sqlite3_bind_int64(set, 2, state->id);
        if (!step(set, error))
            return false;
    }
    return true;
}

bool BatchWriter::saveBookkeeping(const std::vector<Planned> &planned, qint64 firstKey,
                                  const Segment &segment, qint64 chunkBytes, QString *error)
{
    if (planned.empty())
        return true;
    const qint64 lastKey = firstKey + qint64(planned.size()) - 1;
    qint64 minReceived = planned.front().alert->receivedMs;
    qint64 maxReceived = minReceived;
    for (const Planned &row : planned) {
        minReceived = std::min(minReceived, row.alert->receivedMs);
        maxReceived = std::max(maxReceived, row.alert->receivedMs);
    }
    sqlite3_stmt *batch = m_insertBatch.get();
    sqlite3_bind_int64(batch, 1, firstKey);
    sqlite3_bind_int64(batch, 2, lastKey);
    sqlite3_bind_int64(batch, 3, minReceived);
    sqlite3_bind_int64(batch, 4, maxReceived);
    sqlite3_stmt *saveSegment = m_saveSegment.get();
    sqlite3_bind_int64(saveSegment, 1, segment.id);
    sqlite3_bind_int64(saveSegment, 2, segment.bytes);
    sqlite3_bind_int64(saveSegment, 3, lastKey);
    if (!step(batch, error) || !step(saveSegment, error))
        return false;
    // Payload bytes are counted per row, shared ones repeatedly, exactly as retention subtracts them;
    // staged chunks' bytes until the indexer expands them (StoreMaintenance).
    qint64 payloadBytes = chunkBytes;
    for (const Planned &row : planned)
        payloadBytes += row.payloadLength + row.headersLength;
    const std::pair<const char *, qint64> counters[] = {
        {"next_key", qint64(planned.size())},
        {"alert_count", qint64(planned.size())},
        {"payload_bytes", payloadBytes},
    };
    sqlite3_stmt *add = m_addMeta.get();
    for (const auto &[name, amount] : counters) {
        sqlite3_bind_int64(add, 1, amount);
        sqlite3_bind_text(add, 2, name, -1, SQLITE_STATIC);
        if (!step(add, error))
            return false;
    }
    return true;
}

} // namespace alertdeck::store
