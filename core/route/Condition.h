#pragma once

#include "core/decode/Alert.h"

#include <QString>

#include <memory>
#include <optional>

namespace alertdeck::route {

struct ConditionNode;

// Where and why a condition text could not be parsed. `column` is the 0-based index of the
// character the mistake starts at; `message` already names that column, ready to show a person.
struct ConditionError
{
    int column = -1;
    QString message;
};

// A `when` condition of a handler action (CONTRACTS.md): comparisons of normalized-record fields
// with `< <= > >= == !=`, regular-expression matches with `~`, `in [...]`, `and`/`or`/`not` and
// parentheses. Parsed once into a flat tree whose regular expressions are compiled up front, so
// matches() costs a few field reads per alert. A comparison with a null field is false.
// Copies share the tree (it is immutable after parsing).
class Condition
{
public:
    static std::optional<Condition> parse(const QString &text, ConditionError *error);

    bool matches(const decode::Alert &alert) const;
    const QString &text() const { return m_text; }

    // The field names a condition may use (including the alias "type").
    static QStringList fieldNames();

private:
    Condition() = default;
    bool evaluate(int node, const decode::Alert &alert) const;

    QString m_text;
    std::shared_ptr<const std::vector<ConditionNode>> m_nodes;
    int m_root = -1;
};

} // namespace alertdeck::route
