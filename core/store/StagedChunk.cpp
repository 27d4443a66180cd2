#include "StagedChunk.h"

#include <cstring>
#include <limits>

namespace alertdeck::store {
namespace {

using Type = StagedChunkReader::Type;

// The first byte of every chunk; a chunk in another layout reads as damaged, not as other values.
constexpr char kFormat = 2;
// The first byte of a StagedChunkLocation record.
constexpr char kLocationFormat = 3;
constexpr int kMaxVarintBytes = 10;

// Integers as LEB128 of their zigzag form: the small ids, partitions and lengths of a row take one
// or two bytes instead of eight, and a chunk ~35% fewer bytes for SQLite to write into the WAL.
void appendVarint(std::string *bytes, quint64 value)
{
    while (value >= 0x80) {
        bytes->push_back(char(value | 0x80));
        value >>= 7;
    }
    bytes->push_back(char(value));
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

// The varint at `*at` of [data, data + size), advancing `*at`; empty when it runs past the end.
std::optional<quint64> readVarint(const char *data, int size, int *at)
{
    quint64 value = 0;
    for (int i = 0; i < kMaxVarintBytes && *at < size; ++i) {
        const auto byte = quint8(data[(*at)++]);
        value |= quint64(byte & 0x7f) << (7 * i);
        if (byte < 0x80)
            return value;
    }
    return std::nullopt;
}

} // namespace

QByteArray StagedChunkLocation::encoded() const
{
    std::string bytes(1, kLocationFormat);
    for (const qint64 value : {segment, offset, length})
        appendVarint(&bytes, quint64(value));
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

std::optional<StagedChunkLocation> StagedChunkLocation::decode(const char *data, int size)
{
    if (!data || size < 1 || data[0] != kLocationFormat)
        return std::nullopt;
    int at = 1;
    qint64 fields[3];
    for (qint64 &field : fields) {
        const std::optional<quint64> value = readVarint(data, size, &at);
        if (!value || *value > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        field = qint64(*value);
    }
    if (at != size)
        return std::nullopt;
    return StagedChunkLocation{fields[0], fields[1], fields[2]};
}

void StagedChunkBuilder::beginRow()
{
    if (m_bytes.empty())
        m_bytes.push_back(kFormat);
    ++m_rows;
}

void StagedChunkBuilder::addNull()
{
    m_bytes.push_back(char(Type::Null));
}

void StagedChunkBuilder::addInteger(qint64 value)
{
    m_bytes.push_back(char(Type::Integer));
    appendVarint(&m_bytes, zigzag(value));
}

void StagedChunkBuilder::addReal(double value)
{
    m_bytes.push_back(char(Type::Real));
    m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void StagedChunkBuilder::addOptional(const std::optional<qint64> &value)
{
    if (value)
        addInteger(*value);
    else
        addNull();
}

void StagedChunkBuilder::addOptional(const std::optional<double> &value)
{
    if (value)
        addReal(*value);
    else
        addNull();
}

// ASCII (nearly every alert field) is narrowed in place; anything else goes through Qt's encoder.
void StagedChunkBuilder::addText(const QString &text)
{
    if (text.isNull()) {
        addNull();
        return;
    }
    m_bytes.push_back(char(Type::Text));
    const size_t lengthAt = m_bytes.size();
    const qsizetype units = text.size();
    appendVarint(&m_bytes, quint64(units)); // the length if the text is ASCII, as it nearly always is
    const size_t textAt = m_bytes.size();
    m_bytes.resize(textAt + size_t(units));
    char *out = m_bytes.data() + textAt;
    const char16_t *in = reinterpret_cast<const char16_t *>(text.utf16());
    qsizetype written = 0;
    for (; written < units && in[written] < 0x80; ++written)
        out[written] = char(in[written]);
    if (written == units)
        return;
    const QByteArray utf8 = text.toUtf8();
    m_bytes.resize(lengthAt);
    appendVarint(&m_bytes, quint64(utf8.size()));
    m_bytes.append(utf8.constData(), size_t(utf8.size()));
}

void StagedChunkBuilder::clear()
{
    m_bytes.clear();
    m_rows = 0;
}

StagedChunkReader::StagedChunkReader(const char *data, int size, int columns)
    : m_data(data), m_size(size_t(std::max(size, 0))), m_columns(columns)
{
    if (!data || m_size == 0 || data[0] != kFormat || columns <= 0)
        return;
    // Chunks hold at most 4 GB (SQLite's blobs stop at 2 GB), so an offset fits 32 bits.
    size_t at = 1;
    while (at < m_size) {
        for (int column = 0; column < m_columns; ++column) {
            m_valueStarts.push_back(quint32(at));
            at = skipValue(at);
            if (at == 0) {
                m_valueStarts.clear();
                return;
            }
        }
    }
    m_valid = true;
}

// Where the varint at `at` ends and its value, or an end of 0 when it runs past the chunk.
std::pair<size_t, quint64> StagedChunkReader::varint(size_t at) const
{
    int position = int(at);
    const std::optional<quint64> value = readVarint(m_data, int(m_size), &position);
    return value ? std::pair<size_t, quint64>{size_t(position), *value} : std::pair<size_t, quint64>{0, 0};
}

size_t StagedChunkReader::skipValue(size_t at) const
{
    if (at >= m_size)
        return 0;
    switch (Type(quint8(m_data[at]))) {
    case Type::Null:
        return at + 1;
    case Type::Integer:
        return varint(at + 1).first;
    case Type::Real:
        return at + 1 + sizeof(double) <= m_size ? at + 1 + sizeof(double) : 0;
    case Type::Text: {
        const auto [textAt, length] = varint(at + 1);
        return textAt != 0 && length <= m_size - textAt ? textAt + size_t(length) : 0;
    }
    }
    return 0;
}

StagedChunkReader::Value StagedChunkReader::value(int row, int column) const
{
    const size_t at = m_valueStarts[size_t(row) * size_t(m_columns) + size_t(column)];
    Value value;
    value.type = Type(quint8(m_data[at]));
    switch (value.type) {
    case Type::Integer:
        value.integer = unzigzag(varint(at + 1).second);
        break;
    case Type::Real:
        std::memcpy(&value.real, m_data + at + 1, sizeof value.real);
        break;
    case Type::Text: {
        const auto [textAt, length] = varint(at + 1);
        value.text = m_data + textAt;
        value.size = int(length);
        break;
    }
    case Type::Null:
        break;
    }
    return value;
}

} // namespace alertdeck::store
