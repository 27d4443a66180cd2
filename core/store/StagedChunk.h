#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace alertdeck::store {

// Rows of `alerts` as the writer stages them: one blob per chunk of consecutive keys (a format byte,
// then each row's columns in table order after the key, which is the row's position), each value a
// type byte and its bytes (integers and text lengths as varints). Appending a chunk costs
// SQLite one row instead of one 25-column row per alert (a third of the ingest's CPU); the
// background indexer expands chunks into `alerts` when appends pause. See DESIGN.md.
class StagedChunkBuilder
{
public:
    void beginRow();
    void addNull();
    void addInteger(qint64 value);
    void addReal(double value);
    void addOptional(const std::optional<qint64> &value);
    void addOptional(const std::optional<double> &value);
    // A null QString adds NULL.
    void addText(const QString &text);

    int rows() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    QByteArrayView bytes() const { return QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size())); }
    void clear(); // keeps the capacity for the next chunk

private:
    // Not a QByteArray: its clear() frees the buffer, and each value's two appends went through its
    // general insert path (staging cost ~0.3 s per million alerts in addInteger alone).
    std::string m_bytes;
    int m_rows = 0;
};

// Reads a chunk back without copying it. A chunk that does not parse (a damaged file) reads as
// invalid rather than out of bounds.
class StagedChunkReader
{
public:
    enum class Type : quint8 { Null, Integer, Real, Text };
    struct Value
    {
        Type type = Type::Null;
        qint64 integer = 0;
        double real = 0;
        const char *text = nullptr;
        int size = 0;
    };

    StagedChunkReader(const char *data, int size, int columns);
    bool isValid() const { return m_valid; }
    int rows() const { return m_columns > 0 ? int(m_valueStarts.size() / size_t(m_columns)) : 0; }
    // A text value points into the chunk.
    Value value(int row, int column) const;

private:
    // Where the value at `at` ends, or 0 when it runs past the chunk.
    size_t skipValue(size_t at) const;
    std::pair<size_t, quint64> varint(size_t at) const;

    const char *m_data;
    size_t m_size;
    int m_columns;
    std::vector<quint32> m_valueStarts; // where each row's each column starts, found once per chunk
    bool m_valid = false;
};

// Where a chunk's bytes are when its `staged` row holds this small record instead of the chunk:
// the writer appends each batch's chunks to the payload segment it writes anyway, so SQLite
// neither copies them into pages and the WAL nor checkpoints them (see DESIGN.md). A record has
// its own format byte, so a row holding a chunk itself (stores written before) still reads.
struct StagedChunkLocation
{
    qint64 segment = 0;
    qint64 offset = 0;
    qint64 length = 0;

    QByteArray encoded() const;
    // Empty for bytes that are no location record (a chunk itself, or damaged).
    static std::optional<StagedChunkLocation> decode(const char *data, int size);
};

} // namespace alertdeck::store
