#include "AvroBinaryDecoder.h"

#include <QCoreApplication>

#include <cstring>

namespace alertdeck::decode {
namespace {

// Real alerts nest about five levels; recursive schemas could otherwise exhaust the stack.
constexpr int kMaxDepth = 64;
// Items that encode to zero bytes (nulls, empty records) are not limited by the input size, so a
// fixed allowance on top of it bounds how many values one datum may produce.
constexpr qint64 kZeroSizeValueAllowance = 1 << 16;

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

} // namespace

AvroBinaryDecoder::AvroBinaryDecoder(QByteArrayView data)
    : m_data(data), m_valueBudget(data.size() + kZeroSizeValueAllowance)
{
}

bool AvroBinaryDecoder::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = tr("Avro data corrupt at byte %1: %2").arg(m_pos).arg(why);
    return false;
}

bool AvroBinaryDecoder::read(const AvroNode *node, AvroValue &out)
{
    return readValue(node, out, 0);
}

bool AvroBinaryDecoder::readLong(qint64 &value)
{
    quint64 encoded = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_pos >= m_data.size())
            return fail(tr("input ends inside a number"));
        const quint8 byte = quint8(m_data[m_pos++]);
        encoded |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            value = qint64(encoded >> 1) ^ -qint64(encoded & 1); // zig-zag
            return true;
        }
    }
    return fail(tr("a number longer than ten bytes"));
}

bool AvroBinaryDecoder::readFixed(qint64 size, QByteArrayView &value)
{
    if (size < 0 || size > remaining())
        return fail(tr("a length of %1 bytes where %2 remain").arg(size).arg(remaining()));
    value = m_data.sliced(m_pos, size);
    m_pos += size;
    return true;
}

bool AvroBinaryDecoder::readBytes(QByteArrayView &value)
{
    qint64 size = 0;
    return readLong(size) && readFixed(size, value);
}

bool AvroBinaryDecoder::readFloat(AvroValue &out)
{
    QByteArrayView raw;
    if (!readFixed(4, raw))
        return false;
    float value;
    std::memcpy(&value, raw.data(), 4); // Avro floats are little-endian, as is every target we build for
    out.m_double = value;
    return true;
}

bool AvroBinaryDecoder::readDouble(AvroValue &out)
{
    QByteArrayView raw;
    if (!readFixed(8, raw))
        return false;
    std::memcpy(&out.m_double, raw.data(), 8);
    return true;
}

bool AvroBinaryDecoder::readValue(const AvroNode *node, AvroValue &out, int depth)
{
    if (depth > kMaxDepth)
        return fail(tr("values nested deeper than %1 levels").arg(kMaxDepth));
    if (--m_valueBudget < 0)
        return fail(tr("more values than the input can hold"));
    out.m_node = node;
    QByteArrayView view;
    switch (node->type) {
    case AvroType::Null:
        return true;
    case AvroType::Boolean:
        if (!readFixed(1, view))
            return false;
        out.m_bool = view[0] != 0;
        return true;
    case AvroType::Int:
    case AvroType::Long:
        return readLong(out.m_long);
    case AvroType::Float:
        return readFloat(out);
    case AvroType::Double:
        return readDouble(out);
    case AvroType::Bytes:
    case AvroType::String:
        if (!readBytes(view))
            return false;
        out.m_data = view.data();
        out.m_size = view.size();
        return true;
    case AvroType::Fixed:
        if (!readFixed(node->fixedSize, view))
            return false;
        out.m_data = view.data();
        out.m_size = view.size();
        return true;
    case AvroType::Enum:
        if (!readLong(out.m_long))
            return false;
        if (out.m_long < 0 || out.m_long >= node->symbols.size())
            return fail(tr("enum index %1 out of range").arg(out.m_long));
        return true;
    case AvroType::Record:
        return readRecord(node, out, depth);
    case AvroType::Array:
    case AvroType::Map:
        return readBlocks(node, out, depth);
    case AvroType::Union:
        return readUnion(node, out, depth);
    }
    return fail(tr("unknown type"));
}

bool AvroBinaryDecoder::readRecord(const AvroNode *node, AvroValue &out, int depth)
{
    out.m_children.resize(node->fields.size());
    for (size_t i = 0; i < node->fields.size(); ++i) {
        if (!readValue(node->fields[i].node, out.m_children[i], depth + 1))
            return false;
    }
    return true;
}

bool AvroBinaryDecoder::readBlocks(const AvroNode *node, AvroValue &out, int depth)
{
    const bool isMap = node->type == AvroType::Map;
    for (;;) {
        qint64 count = 0;
        if (!readLong(count))
            return false;
        if (count == 0)
            return true;
        if (count < 0) {
            // A negative count is followed by the block's size in bytes, which lets readers skip it.
            qint64 blockSize = 0;
            if (!readLong(blockSize))
                return false;
            count = -count;
        }
        if (count < 0 || count > m_valueBudget)
            return fail(tr("a block of %1 items").arg(count));
        const size_t first = out.m_children.size();
        out.m_children.resize(first + size_t(count));
        for (size_t i = first; i < out.m_children.size(); ++i) {
            AvroValue &item = out.m_children[i];
            if (isMap) {
                QByteArrayView key;
                if (!readBytes(key))
                    return false;
                item.m_key = key.data();
                item.m_keySize = qint32(key.size());
            }
            if (!readValue(node->items, item, depth + 1))
                return false;
        }
    }
}

bool AvroBinaryDecoder::readUnion(const AvroNode *node, AvroValue &out, int depth)
{
    qint64 branch = 0;
    if (!readLong(branch))
        return false;
    if (branch < 0 || branch >= qint64(node->branches.size()))
        return fail(tr("union branch %1 out of range").arg(branch));
    ++m_valueBudget; // the branch value replaces the union, it is not a value of its own
    return readValue(node->branches[size_t(branch)], out, depth);
}

} // namespace alertdeck::decode
