#include "AvroDatumEncoder.h"

#include <cstring>

namespace alertdeck::test {

using decode::AvroNode;
using decode::AvroType;

namespace {

bool isNullValue(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

bool fits(const AvroNode *node, const QVariant &value)
{
    const int type = value.typeId();
    const bool integral = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt
                          || type == QMetaType::ULongLong;
    switch (node->type) {
    case AvroType::Null:
        return isNullValue(value);
    case AvroType::Boolean:
        return type == QMetaType::Bool;
    case AvroType::Int:
    case AvroType::Long:
        return integral;
    case AvroType::Float:
    case AvroType::Double:
        return integral || type == QMetaType::Double || type == QMetaType::Float;
    case AvroType::Bytes:
    case AvroType::Fixed:
        return type == QMetaType::QByteArray;
    case AvroType::String:
    case AvroType::Enum:
        return type == QMetaType::QString;
    case AvroType::Record:
    case AvroType::Map:
        return type == QMetaType::QVariantMap;
    case AvroType::Array:
        return type == QMetaType::QVariantList;
    case AvroType::Union:
        return false;
    }
    return false;
}

} // namespace

void AvroDatumEncoder::writeLong(QByteArray &out, qint64 value)
{
    quint64 zigzag = (quint64(value) << 1) ^ quint64(value >> 63);
    while (zigzag >= 0x80) {
        out.append(char((zigzag & 0x7f) | 0x80));
        zigzag >>= 7;
    }
    out.append(char(zigzag));
}

void AvroDatumEncoder::writeBytes(QByteArray &out, const QByteArray &bytes)
{
    writeLong(out, bytes.size());
    out.append(bytes);
}

std::optional<QByteArray> AvroDatumEncoder::encode(const AvroNode *node, const QVariant &value, QString *error)
{
    QByteArray out;
    AvroDatumEncoder encoder(out);
    if (!encoder.write(node, value, QStringLiteral("$"))) {
        if (error)
            *error = encoder.m_error;
        return std::nullopt;
    }
    return out;
}

bool AvroDatumEncoder::fail(const QString &path, const QString &why)
{
    m_error = QStringLiteral("%1: %2").arg(path, why);
    return false;
}

bool AvroDatumEncoder::write(const AvroNode *node, const QVariant &value, const QString &path)
{
    if (node->type == AvroType::Union)
        return writeUnion(node, value, path);
    if (!fits(node, value))
        return fail(path, QStringLiteral("a %1 does not fit the schema").arg(QString::fromLatin1(value.typeName())));
    switch (node->type) {
    case AvroType::Null:
        return true;
    case AvroType::Boolean:
        m_out.append(char(value.toBool() ? 1 : 0));
        return true;
    case AvroType::Int:
    case AvroType::Long:
        writeLong(m_out, value.toLongLong());
        return true;
    case AvroType::Float: {
        const float number = value.toFloat();
        m_out.append(reinterpret_cast<const char *>(&number), 4);
        return true;
    }
    case AvroType::Double: {
        const double number = value.toDouble();
        m_out.append(reinterpret_cast<const char *>(&number), 8);
        return true;
    }
    case AvroType::Bytes:
        writeBytes(m_out, value.toByteArray());
        return true;
    case AvroType::Fixed:
        if (value.toByteArray().size() != node->fixedSize)
            return fail(path, QStringLiteral("fixed needs %1 bytes").arg(node->fixedSize));
        m_out.append(value.toByteArray());
        return true;
    case AvroType::String:
        writeBytes(m_out, value.toString().toUtf8());
        return true;
    case AvroType::Enum: {
        const qsizetype index = node->symbols.indexOf(value.toString());
        if (index < 0)
            return fail(path, QStringLiteral("no enum symbol %1").arg(value.toString()));
        writeLong(m_out, index);
        return true;
    }
    case AvroType::Record:
        return writeRecord(node, value, path);
    case AvroType::Array:
    case AvroType::Map:
        return writeCollection(node, value, path);
    case AvroType::Union:
        break;
    }
    return fail(path, QStringLiteral("unknown type"));
}

bool AvroDatumEncoder::writeRecord(const AvroNode *node, const QVariant &value, const QString &path)
{
    const QVariantMap map = value.toMap();
    for (const AvroNode::Field &field : node->fields) {
        if (!write(field.node, map.value(field.name), path + QLatin1Char('.') + field.name))
            return false;
    }
    return true;
}

bool AvroDatumEncoder::writeUnion(const AvroNode *node, const QVariant &value, const QString &path)
{
    for (size_t branch = 0; branch < node->branches.size(); ++branch) {
        if (fits(node->branches[branch], value)) {
            writeLong(m_out, qint64(branch));
            return write(node->branches[branch], value, path);
        }
    }
    return fail(path, QStringLiteral("a %1 fits no branch of the union").arg(QString::fromLatin1(value.typeName())));
}

bool AvroDatumEncoder::writeCollection(const AvroNode *node, const QVariant &value, const QString &path)
{
    // One block holding every item, then the empty block that ends the array or map.
    if (node->type == AvroType::Array) {
        const QVariantList items = value.toList();
        if (!items.isEmpty())
            writeLong(m_out, items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!write(node->items, items[i], QStringLiteral("%1[%2]").arg(path).arg(i)))
                return false;
        }
    } else {
        const QVariantMap entries = value.toMap();
        if (!entries.isEmpty())
            writeLong(m_out, entries.size());
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            writeBytes(m_out, it.key().toUtf8());
            if (!write(node->items, it.value(), path + QLatin1Char('.') + it.key()))
                return false;
        }
    }
    writeLong(m_out, 0);
    return true;
}

} // namespace alertdeck::test
