#include "StagedChunk.h"

#include <cstring>

namespace alertdeck::store {
namespace {

using Type = StagedChunkReader::Type;

template <typename T>
void appendRaw(std::string *bytes, T value)
{
    bytes->append(reinterpret_cast<const char *>(&value), sizeof value);
}

template <typename T>
T readRaw(const char *at)
{
    T value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

} // namespace

void StagedChunkBuilder::beginRow()
{
    ++m_rows;
}

void StagedChunkBuilder::addNull()
{
    m_bytes.push_back(char(Type::Null));
}

void StagedChunkBuilder::addInteger(qint64 value)
{
    m_bytes.push_back(char(Type::Integer));
    appendRaw(&m_bytes, value);
}

void StagedChunkBuilder::addReal(double value)
{
    m_bytes.push_back(char(Type::Real));
    appendRaw(&m_bytes, value);
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
    const size_t sizeAt = m_bytes.size();
    const qsizetype units = text.size();
    m_bytes.resize(sizeAt + sizeof(quint32) + size_t(units));
    char *out = m_bytes.data() + sizeAt + sizeof(quint32);
    const char16_t *in = reinterpret_cast<const char16_t *>(text.utf16());
    qsizetype written = 0;
    for (; written < units && in[written] < 0x80; ++written)
        out[written] = char(in[written]);
    if (written < units) {
        const QByteArray utf8 = text.toUtf8();
        m_bytes.resize(sizeAt + sizeof(quint32) + size_t(utf8.size()));
        std::memcpy(m_bytes.data() + sizeAt + sizeof(quint32), utf8.constData(), size_t(utf8.size()));
        written = utf8.size();
    }
    const auto size = quint32(written);
    std::memcpy(m_bytes.data() + sizeAt, &size, sizeof size);
}

void StagedChunkBuilder::clear()
{
    m_bytes.clear();
    m_rows = 0;
}

StagedChunkReader::StagedChunkReader(const char *data, int size, int columns)
    : m_data(data), m_size(size_t(std::max(size, 0))), m_columns(columns)
{
    size_t at = 0;
    // Chunks hold at most 4 GB (SQLite's blobs stop at 2 GB), so an offset fits 32 bits.
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
    m_valid = data != nullptr;
}

size_t StagedChunkReader::skipValue(size_t at) const
{
    if (at >= m_size)
        return 0;
    size_t end = at + 1;
    switch (Type(quint8(m_data[at]))) {
    case Type::Null:
        break;
    case Type::Integer:
    case Type::Real:
        end += 8;
        break;
    case Type::Text:
        if (end + sizeof(quint32) > m_size)
            return 0;
        end += sizeof(quint32) + readRaw<quint32>(m_data + end);
        break;
    default:
        return 0;
    }
    return end <= m_size ? end : 0;
}

StagedChunkReader::Value StagedChunkReader::value(int row, int column) const
{
    const size_t at = m_valueStarts[size_t(row) * size_t(m_columns) + size_t(column)];
    Value value;
    value.type = Type(quint8(m_data[at]));
    const char *payload = m_data + at + 1;
    switch (value.type) {
    case Type::Integer:
        value.integer = readRaw<qint64>(payload);
        break;
    case Type::Real:
        value.real = readRaw<double>(payload);
        break;
    case Type::Text:
        value.size = int(readRaw<quint32>(payload));
        value.text = payload + sizeof(quint32);
        break;
    case Type::Null:
        break;
    }
    return value;
}

} // namespace alertdeck::store
