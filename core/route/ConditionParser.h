#pragma once

#include "Condition.h"
#include "ConditionNode.h"

#include <vector>

namespace alertdeck::route {

// Turns a condition text into ConditionNodes: a tokenizer and a recursive-descent parser with the
// precedence not > and > or. Every error names the 0-based column it was found at.
class ConditionParser
{
public:
    explicit ConditionParser(const QString &text);

    // The root node's index, or -1 with `error` filled.
    int parse(ConditionError *error);
    std::vector<ConditionNode> takeNodes() { return std::move(m_nodes); }

private:
    struct Token
    {
        enum class Kind { End, Word, Number, String, Operator, Open, Close, OpenList, CloseList, Comma };
        Kind kind = Kind::End;
        int column = 0;
        QString text;
        double number = 0;
    };

    bool tokenize();
    bool readNumber(int &pos);
    bool readString(int &pos);
    bool readOperator(int &pos);

    int parseOr();
    int parseAnd();
    int parseUnary();
    int parsePrimary();
    int parseFieldTest(const ConditionFieldInfo &field);
    int parseMirrored();
    int parseComparison(const ConditionFieldInfo &field, const QString &op, int opColumn);
    int parseRegex(const ConditionFieldInfo &field);
    int parseList(const ConditionFieldInfo &field);
    bool readValue(const ConditionFieldInfo &field, ConditionNode &node, bool intoList);
    int unknownField(const Token &token);

    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &next() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool atWord(const char *word) const;
    int add(ConditionNode node);
    int fail(int column, const QString &message);

    QString m_text;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_depth = 0;
    std::vector<ConditionNode> m_nodes;
    ConditionError m_error;
};

} // namespace alertdeck::route
