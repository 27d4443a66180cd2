#include "Condition.h"

#include "ConditionParser.h"

namespace alertdeck::route {
namespace {

template<typename T>
bool compare(const T &a, const T &b, ConditionNode::Op op)
{
    switch (op) {
    case ConditionNode::Op::Less:
        return a < b;
    case ConditionNode::Op::LessEqual:
        return a <= b;
    case ConditionNode::Op::Greater:
        return a > b;
    case ConditionNode::Op::GreaterEqual:
        return a >= b;
    case ConditionNode::Op::Equal:
        return a == b;
    case ConditionNode::Op::NotEqual:
        break;
    }
    return a != b;
}

bool isNumeric(ConditionField field)
{
    return field >= ConditionField::Ra && field <= ConditionField::Test;
}

} // namespace

std::optional<Condition> Condition::parse(const QString &text, ConditionError *error)
{
    ConditionParser parser(text);
    const int root = parser.parse(error);
    if (root < 0)
        return std::nullopt;
    Condition condition;
    condition.m_text = text;
    condition.m_nodes = std::make_shared<const std::vector<ConditionNode>>(parser.takeNodes());
    condition.m_root = root;
    return condition;
}

QStringList Condition::fieldNames()
{
    QStringList names;
    for (const ConditionFieldInfo &info : conditionFields())
        names << QLatin1String(info.name);
    return names;
}

bool Condition::matches(const decode::Alert &alert) const
{
    return m_root >= 0 && evaluate(m_root, alert);
}

bool Condition::evaluate(int index, const decode::Alert &alert) const
{
    const ConditionNode &node = (*m_nodes)[size_t(index)];
    switch (node.kind) {
    case ConditionNode::Kind::And:
        return evaluate(node.left, alert) && evaluate(node.right, alert);
    case ConditionNode::Kind::Or:
        return evaluate(node.left, alert) || evaluate(node.right, alert);
    case ConditionNode::Kind::Not:
        return !evaluate(node.left, alert);
    case ConditionNode::Kind::Constant:
        return node.constant;
    case ConditionNode::Kind::IsTrue:
        return alert.test;
    case ConditionNode::Kind::Compare:
        if (isNumeric(node.field)) {
            const std::optional<double> value = conditionNumber(alert, node.field);
            return value && compare(*value, node.number, node.op);
        } else {
            const QString &value = conditionString(alert, node.field);
            return !value.isNull() && compare(value, node.string, node.op);
        }
    case ConditionNode::Kind::Regex: {
        const QString &value = conditionString(alert, node.field);
        return !value.isNull() && node.regex.match(value).hasMatch();
    }
    case ConditionNode::Kind::In:
        break;
    }
    if (isNumeric(node.field)) {
        const std::optional<double> value = conditionNumber(alert, node.field);
        return value && node.numbers.contains(*value);
    }
    const QString &value = conditionString(alert, node.field);
    return !value.isNull() && node.strings.contains(value);
}

} // namespace alertdeck::route
