#include "AvroSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <optional>

namespace alertdeck::decode {
namespace {

// Deep enough for every real alert schema; stops hostile schemas from exhausting the stack.
constexpr int kMaxSchemaDepth = 64;

std::optional<AvroType> primitiveType(const QString &name)
{
    static const QHash<QString, AvroType> primitives{
        {QStringLiteral("null"), AvroType::Null},     {QStringLiteral("boolean"), AvroType::Boolean},
        {QStringLiteral("int"), AvroType::Int},       {QStringLiteral("long"), AvroType::Long},
        {QStringLiteral("float"), AvroType::Float},   {QStringLiteral("double"), AvroType::Double},
        {QStringLiteral("bytes"), AvroType::Bytes},   {QStringLiteral("string"), AvroType::String},
    };
    const auto it = primitives.constFind(name);
    if (it == primitives.constEnd())
        return std::nullopt;
    return *it;
}

QString fullName(const QString &name, const QString &space)
{
    if (name.contains(QLatin1Char('.')) || space.isEmpty())
        return name;
    return space + QLatin1Char('.') + name;
}

QString namespaceOf(const QString &full)
{
    const qsizetype dot = full.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : full.left(dot);
}

} // namespace

int AvroNode::fieldIndex(QLatin1String fieldName) const
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == fieldName)
            return int(i);
    }
    return -1;
}

class AvroSchema::Parser
{
public:
    explicit Parser(AvroSchema &schema) : m_schema(schema) {}

    const AvroNode *parse(const QJsonValue &json, const QString &space, int depth)
    {
        if (depth > kMaxSchemaDepth)
            return fail(QStringLiteral("schema nested deeper than %1 levels").arg(kMaxSchemaDepth));
        if (json.isString())
            return parseName(json.toString(), space);
        if (json.isArray())
            return parseUnion(json.toArray(), space, depth);
        if (json.isObject())
            return parseObject(json.toObject(), space, depth);
        return fail(QStringLiteral("a type must be a name, an object or a union array"));
    }

    QString error() const { return m_error; }

private:
    const AvroNode *fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return nullptr;
    }

    AvroNode *newNode(AvroType type)
    {
        m_schema.m_nodes.push_back(std::make_unique<AvroNode>());
        AvroNode *node = m_schema.m_nodes.back().get();
        node->type = type;
        return node;
    }

    const AvroNode *parseName(const QString &name, const QString &space)
    {
        if (const auto type = primitiveType(name)) {
            // Primitive nodes carry no state, so one node per type is enough.
            const AvroNode *&shared = m_primitives[int(*type)];
            if (!shared)
                shared = newNode(*type);
            return shared;
        }
        for (const QString &candidate : {fullName(name, space), name}) {
            if (const AvroNode *named = m_named.value(candidate))
                return named;
        }
        return fail(QStringLiteral("unknown type name \"%1\"").arg(name));
    }

    const AvroNode *parseUnion(const QJsonArray &branches, const QString &space, int depth)
    {
        AvroNode *node = newNode(AvroType::Union);
        for (const QJsonValue &branch : branches) {
            const AvroNode *parsed = parse(branch, space, depth + 1);
            if (!parsed)
                return nullptr;
            node->branches.push_back(parsed);
        }
        if (node->branches.empty())
            return fail(QStringLiteral("empty union"));
        return node;
    }

    const AvroNode *parseObject(const QJsonObject &object, const QString &space, int depth)
    {
        const QJsonValue typeValue = object.value(QLatin1String("type"));
        if (!typeValue.isString())
            return parse(typeValue, space, depth + 1);
        const QString type = typeValue.toString();
        if (type == QLatin1String("record") || type == QLatin1String("error"))
            return parseRecord(object, space, depth);
        if (type == QLatin1String("enum"))
            return parseEnum(object, space);
        if (type == QLatin1String("fixed"))
            return parseFixed(object, space);
        if (type == QLatin1String("array") || type == QLatin1String("map")) {
            AvroNode *node = newNode(type == QLatin1String("array") ? AvroType::Array : AvroType::Map);
            node->items = parse(object.value(type == QLatin1String("array") ? QLatin1String("items")
                                                                            : QLatin1String("values")),
                                space, depth + 1);
            return node->items ? node : nullptr;
        }
        // A primitive written as {"type": "long", "logicalType": ...}: the logical type only
        // changes how the value is read by people, not its encoding.
        return parseName(type, space);
    }

    AvroNode *newNamed(AvroType type, const QJsonObject &object, const QString &space)
    {
        const QString name = object.value(QLatin1String("name")).toString();
        if (name.isEmpty()) {
            fail(QStringLiteral("a named type without a name"));
            return nullptr;
        }
        const QString ownSpace = object.value(QLatin1String("namespace")).toString(space);
        AvroNode *node = newNode(type);
        node->name = fullName(name, ownSpace);
        // Registered before its fields are parsed so that a record may refer to itself.
        m_named.insert(node->name, node);
        return node;
    }

    const AvroNode *parseRecord(const QJsonObject &object, const QString &space, int depth)
    {
        AvroNode *node = newNamed(AvroType::Record, object, space);
        if (!node)
            return nullptr;
        const QString ownSpace = namespaceOf(node->name);
        const QJsonValue fields = object.value(QLatin1String("fields"));
        if (!fields.isArray())
            return fail(QStringLiteral("record %1 has no fields array").arg(node->name));
        for (const QJsonValue &field : fields.toArray()) {
            const QJsonObject fieldObject = field.toObject();
            const AvroNode *fieldNode = parse(fieldObject.value(QLatin1String("type")), ownSpace, depth + 1);
            if (!fieldNode)
                return fail(QStringLiteral("bad type of field in record %1").arg(node->name));
            node->fields.push_back({fieldObject.value(QLatin1String("name")).toString(), fieldNode});
        }
        return node;
    }

    const AvroNode *parseEnum(const QJsonObject &object, const QString &space)
    {
        AvroNode *node = newNamed(AvroType::Enum, object, space);
        if (!node)
            return nullptr;
        for (const QJsonValue &symbol : object.value(QLatin1String("symbols")).toArray())
            node->symbols.append(symbol.toString());
        return node;
    }

    const AvroNode *parseFixed(const QJsonObject &object, const QString &space)
    {
        AvroNode *node = newNamed(AvroType::Fixed, object, space);
        if (!node)
            return nullptr;
        node->fixedSize = object.value(QLatin1String("size")).toInteger(-1);
        if (node->fixedSize < 0)
            return fail(QStringLiteral("fixed %1 has no valid size").arg(node->name));
        return node;
    }

    AvroSchema &m_schema;
    QHash<QString, const AvroNode *> m_named;
    const AvroNode *m_primitives[int(AvroType::String) + 1] = {};
    QString m_error;
};

std::shared_ptr<const AvroSchema> AvroSchema::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QJsonValue root;
    if (parseError.error == QJsonParseError::NoError) {
        root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    } else {
        // A bare primitive name such as "string" is a valid schema but not a JSON document to Qt.
        const QByteArray trimmed = json.trimmed();
        if (trimmed.size() > 2 && trimmed.startsWith('"') && trimmed.endsWith('"'))
            root = QString::fromUtf8(trimmed.mid(1, trimmed.size() - 2));
    }
    if (root.isUndefined()) {
        if (error)
            *error = QCoreApplication::translate("AlertDeck", "Avro schema is not valid JSON: %1")
                         .arg(parseError.errorString());
        return nullptr;
    }
    auto schema = std::shared_ptr<AvroSchema>(new AvroSchema);
    Parser parser(*schema);
    schema->m_root = parser.parse(root, QString(), 0);
    if (!schema->m_root) {
        if (error)
            *error = QCoreApplication::translate("AlertDeck", "invalid Avro schema: %1").arg(parser.error());
        return nullptr;
    }
    schema->m_text = json;
    return schema;
}

} // namespace alertdeck::decode
