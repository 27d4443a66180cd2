#include "ConditionParser.h"

#include <QCoreApplication>

#include <algorithm>

namespace alertdeck::route {
namespace {

// Deep enough for any condition a person writes; shallow enough that a pathological text cannot
// exhaust the stack.
constexpr int maxDepth = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

// Optimal-string-alignment distance: a swapped pair of letters ("fra" for "far") counts as one edit.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype rows = a.size() + 1;
    const qsizetype columns = b.size() + 1;
    std::vector<int> d(size_t(rows * columns));
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return d[size_t(i * columns + j)]; };
    for (qsizetype i = 0; i < rows; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j < columns; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i < rows; ++i) {
        for (qsizetype j = 1; j < columns; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(rows - 1, columns - 1);
}

QString closestField(const QString &name)
{
    QString best;
    // Further apart than two edits is no longer a typo; between equally close names, the one of
    // the same length is the likelier meaning ("fra": "far", not "ra").
    int bestScore = 2 * 3;
    for (const ConditionFieldInfo &info : conditionFields()) {
        const QString candidate = QLatin1String(info.name);
        const int score = 2 * editDistance(name.toLower(), candidate) + (candidate.size() == name.size() ? 0 : 1);
        if (score < bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
}

std::optional<ConditionNode::Op> comparisonOp(const QString &op)
{
    using Op = ConditionNode::Op;
    static const QHash<QString, Op> ops{{QStringLiteral("<"), Op::Less},     {QStringLiteral("<="), Op::LessEqual},
                                        {QStringLiteral(">"), Op::Greater},  {QStringLiteral(">="), Op::GreaterEqual},
                                        {QStringLiteral("=="), Op::Equal},   {QStringLiteral("!="), Op::NotEqual}};
    const auto found = ops.constFind(op);
    return found == ops.constEnd() ? std::nullopt : std::optional<Op>(*found);
}

// `5 < mag` reads as `mag > 5`.
ConditionNode::Op mirrored(ConditionNode::Op op)
{
    using Op = ConditionNode::Op;
    switch (op) {
    case Op::Less:
        return Op::Greater;
    case Op::LessEqual:
        return Op::GreaterEqual;
    case Op::Greater:
        return Op::Less;
    case Op::GreaterEqual:
        return Op::LessEqual;
    default:
        return op;
    }
}

} // namespace

ConditionParser::ConditionParser(const QString &text)
    : m_text(text)
{
}

int ConditionParser::parse(ConditionError *error)
{
    int root = -1;
    if (tokenize()) {
        if (peek().kind == Token::Kind::End)
            root = fail(0, tr("the condition is empty at column %1; write e.g. mag < 19.5").arg(0));
        else
            root = parseOr();
        if (root >= 0 && peek().kind != Token::Kind::End) {
            root = fail(peek().column, tr("unexpected '%1' at column %2; join conditions with 'and' or 'or'")
                                           .arg(peek().text).arg(peek().column));
        }
    }
    if (root < 0 && error)
        *error = m_error;
    return root;
}

int ConditionParser::fail(int column, const QString &message)
{
    if (m_error.column < 0)
        m_error = {std::clamp(column, 0, int(m_text.size())), message};
    return -1;
}

int ConditionParser::add(ConditionNode node)
{
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size()) - 1;
}

bool ConditionParser::atWord(const char *word) const
{
    return peek().kind == Token::Kind::Word && peek().text == QLatin1String(word);
}

bool ConditionParser::tokenize()
{
    int pos = 0;
    while (pos < m_text.size()) {
        const QChar c = m_text.at(pos);
        const QChar after = pos + 1 < m_text.size() ? m_text.at(pos + 1) : QChar();
        if (c.isSpace()) {
            ++pos;
        } else if (isWordStart(c)) {
            const int start = pos;
            while (pos < m_text.size() && isWordChar(m_text.at(pos)))
                ++pos;
            m_tokens.push_back({Token::Kind::Word, start, m_text.mid(start, pos - start), 0});
        } else if (c.isDigit() || ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.'))
                                   && (after.isDigit() || after == QLatin1Char('.')))) {
            if (!readNumber(pos))
                return false;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            if (!readString(pos))
                return false;
        } else if (!readOperator(pos)) {
            return false;
        }
    }
    m_tokens.push_back({Token::Kind::End, int(m_text.size()), tr("end of condition"), 0});
    return true;
}

bool ConditionParser::readNumber(int &pos)
{
    const int start = pos;
    if (m_text.at(pos) == QLatin1Char('-') || m_text.at(pos) == QLatin1Char('+'))
        ++pos;
    while (pos < m_text.size() && (m_text.at(pos).isLetterOrNumber() || m_text.at(pos) == QLatin1Char('.')
                                   || ((m_text.at(pos) == QLatin1Char('-') || m_text.at(pos) == QLatin1Char('+'))
                                       && m_text.at(pos - 1).toLower() == QLatin1Char('e')))) {
        ++pos;
    }
    const QString text = m_text.mid(start, pos - start);
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok) {
        fail(start, tr("'%1' at column %2 is not a number (write e.g. 19.5 or 3.17e-8)").arg(text).arg(start));
        return false;
    }
    m_tokens.push_back({Token::Kind::Number, start, text, number});
    return true;
}

bool ConditionParser::readString(int &pos)
{
    const int start = pos;
    const QChar quote = m_text.at(pos++);
    QString value;
    while (pos < m_text.size() && m_text.at(pos) != quote) {
        // A backslash keeps the next character, so \" is a quote; before anything else it stays
        // itself, so regular expressions such as "\d" need no doubling.
        if (m_text.at(pos) == QLatin1Char('\\') && pos + 1 < m_text.size()
            && (m_text.at(pos + 1) == quote || m_text.at(pos + 1) == QLatin1Char('\\')))
            ++pos;
        value += m_text.at(pos++);
    }
    if (pos >= m_text.size()) {
        fail(start, tr("the text starting at column %1 has no closing %2").arg(start).arg(quote));
        return false;
    }
    ++pos;
    m_tokens.push_back({Token::Kind::String, start, value, 0});
    return true;
}

bool ConditionParser::readOperator(int &pos)
{
    static const QStringList twoChar{QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("=="), QStringLiteral("!=")};
    static const QHash<QString, QString> foreign{{QStringLiteral("&&"), QStringLiteral("and")},
                                                 {QStringLiteral("||"), QStringLiteral("or")},
                                                 {QStringLiteral("=~"), QStringLiteral("~")}};
    const int start = pos;
    const QString two = m_text.mid(pos, 2);
    const QChar c = m_text.at(pos);
    if (foreign.contains(two)) {
        fail(start, tr("'%1' at column %2: write '%3'").arg(two).arg(start).arg(foreign.value(two)));
        return false;
    }
    Token token{Token::Kind::Operator, start, QString(c), 0};
    if (twoChar.contains(two))
        token.text = two;
    else if (c == QLatin1Char('('))
        token.kind = Token::Kind::Open;
    else if (c == QLatin1Char(')'))
        token.kind = Token::Kind::Close;
    else if (c == QLatin1Char('['))
        token.kind = Token::Kind::OpenList;
    else if (c == QLatin1Char(']'))
        token.kind = Token::Kind::CloseList;
    else if (c == QLatin1Char(','))
        token.kind = Token::Kind::Comma;
    else if (c == QLatin1Char('='))
        return fail(start, tr("'=' at column %1: write '==' to compare").arg(start)) >= 0;
    else if (c == QLatin1Char('!'))
        return fail(start, tr("'!' at column %1: write 'not' or '!='").arg(start)) >= 0;
    else if (c != QLatin1Char('<') && c != QLatin1Char('>') && c != QLatin1Char('~'))
        return fail(start, tr("unexpected character '%1' at column %2").arg(c).arg(start)) >= 0;
    pos += token.text.size();
    m_tokens.push_back(token);
    return true;
}

int ConditionParser::parseOr()
{
    int left = parseAnd();
    while (left >= 0 && atWord("or")) {
        next();
        const int right = parseAnd();
        if (right < 0)
            return -1;
        ConditionNode node;
        node.kind = ConditionNode::Kind::Or;
        node.left = left;
        node.right = right;
        left = add(std::move(node));
    }
    return left;
}

int ConditionParser::parseAnd()
{
    int left = parseUnary();
    while (left >= 0 && atWord("and")) {
        next();
        const int right = parseUnary();
        if (right < 0)
            return -1;
        ConditionNode node;
        node.kind = ConditionNode::Kind::And;
        node.left = left;
        node.right = right;
        left = add(std::move(node));
    }
    return left;
}

int ConditionParser::parseUnary()
{
    if (++m_depth > maxDepth) {
        --m_depth;
        return fail(peek().column, tr("the condition is nested too deeply at column %1").arg(peek().column));
    }
    int result = -1;
    if (atWord("not")) {
        next();
        const int operand = parseUnary();
        if (operand >= 0) {
            ConditionNode node;
            node.kind = ConditionNode::Kind::Not;
            node.left = operand;
            result = add(std::move(node));
        }
    } else {
        result = parsePrimary();
    }
    --m_depth;
    return result;
}

int ConditionParser::parsePrimary()
{
    const Token token = peek();
    if (token.kind == Token::Kind::Open) {
        next();
        const int inner = parseOr();
        if (inner >= 0 && peek().kind != Token::Kind::Close) {
            return fail(peek().column, tr("expected ')' at column %1 to close the '(' at column %2")
                                           .arg(peek().column).arg(token.column));
        }
        next();
        return inner;
    }
    if (token.kind == Token::Kind::Number || token.kind == Token::Kind::String)
        return parseMirrored();
    if (token.kind != Token::Kind::Word) {
        return fail(token.column, tr("expected a field name, 'not' or '(' at column %1, found '%2'")
                                      .arg(token.column).arg(token.text));
    }
    next();
    if (token.text == QLatin1String("true") || token.text == QLatin1String("false")) {
        ConditionNode node;
        node.constant = token.text == QLatin1String("true");
        return add(std::move(node));
    }
    const ConditionFieldInfo *field = findConditionField(token.text);
    if (!field)
        return unknownField(token);
    return parseFieldTest(*field);
}

int ConditionParser::unknownField(const Token &token)
{
    const QString suggestion = closestField(token.text);
    if (!suggestion.isEmpty()) {
        return fail(token.column, tr("unknown field '%1' at column %2; did you mean '%3'?")
                                      .arg(token.text).arg(token.column).arg(suggestion));
    }
    const QStringList names = Condition::fieldNames();
    return fail(token.column, tr("unknown field '%1' at column %2; the fields are %3")
                                  .arg(token.text).arg(token.column).arg(names.join(QStringLiteral(", "))));
}

int ConditionParser::parseFieldTest(const ConditionFieldInfo &field)
{
    const Token op = peek();
    if (op.kind == Token::Kind::Operator) {
        next();
        return op.text == QLatin1String("~") ? parseRegex(field) : parseComparison(field, op.text, op.column);
    }
    if (op.kind == Token::Kind::Word && op.text == QLatin1String("in")) {
        next();
        return parseList(field);
    }
    if (field.type == ConditionFieldType::Bool) {
        ConditionNode node;
        node.kind = ConditionNode::Kind::IsTrue;
        node.field = field.field;
        return add(std::move(node));
    }
    return fail(op.column, tr("'%1' needs a comparison at column %2, such as < 19.5, == \"IGWN\", ~ \"^S25\" or in [...]")
                               .arg(QLatin1String(field.name)).arg(op.column));
}

// A value first, then the operator and the field: `5 < score`.
int ConditionParser::parseMirrored()
{
    const size_t valuePos = m_pos;
    next();
    const Token op = next();
    const Token fieldToken = next();
    const auto parsedOp = comparisonOp(op.text);
    if (op.kind != Token::Kind::Operator || !parsedOp)
        return fail(op.column, tr("expected a comparison operator at column %1").arg(op.column));
    const ConditionFieldInfo *field = fieldToken.kind == Token::Kind::Word ? findConditionField(fieldToken.text) : nullptr;
    if (fieldToken.kind != Token::Kind::Word)
        return fail(fieldToken.column, tr("expected a field name at column %1").arg(fieldToken.column));
    if (!field)
        return unknownField(fieldToken);
    const size_t resume = m_pos;
    m_pos = valuePos;
    ConditionNode node;
    node.kind = ConditionNode::Kind::Compare;
    node.op = mirrored(*parsedOp);
    node.field = field->field;
    if (!readValue(*field, node, false))
        return -1;
    m_pos = resume;
    return add(std::move(node));
}

int ConditionParser::parseComparison(const ConditionFieldInfo &field, const QString &op, int opColumn)
{
    const auto parsedOp = comparisonOp(op);
    if (!parsedOp)
        return fail(opColumn, tr("unknown operator '%1' at column %2").arg(op).arg(opColumn));
    ConditionNode node;
    node.kind = ConditionNode::Kind::Compare;
    node.op = *parsedOp;
    node.field = field.field;
    if (field.type == ConditionFieldType::Bool && node.op != ConditionNode::Op::Equal && node.op != ConditionNode::Op::NotEqual) {
        return fail(opColumn, tr("'%1' is true or false; compare it with == or != (column %2)")
                                  .arg(QLatin1String(field.name)).arg(opColumn));
    }
    if (!readValue(field, node, false))
        return -1;
    return add(std::move(node));
}

int ConditionParser::parseRegex(const ConditionFieldInfo &field)
{
    const Token pattern = next();
    if (field.type != ConditionFieldType::String) {
        return fail(pattern.column, tr("'~' needs a text field, but '%1' is not text (column %2)")
                                        .arg(QLatin1String(field.name)).arg(pattern.column));
    }
    if (pattern.kind != Token::Kind::String) {
        return fail(pattern.column, tr("expected a regular expression in quotes at column %1, e.g. \"^S25\"")
                                        .arg(pattern.column));
    }
    ConditionNode node;
    node.kind = ConditionNode::Kind::Regex;
    node.field = field.field;
    node.regex = QRegularExpression(pattern.text);
    if (!node.regex.isValid()) {
        const int column = pattern.column + 1 + int(node.regex.patternErrorOffset());
        return fail(column, tr("invalid regular expression at column %1: %2").arg(column).arg(node.regex.errorString()));
    }
    node.regex.optimize();
    return add(std::move(node));
}

int ConditionParser::parseList(const ConditionFieldInfo &field)
{
    const Token open = next();
    if (open.kind != Token::Kind::OpenList)
        return fail(open.column, tr("expected '[' after 'in' at column %1").arg(open.column));
    if (field.type == ConditionFieldType::Bool)
        return fail(open.column, tr("'%1' is true or false; use == instead of 'in' (column %2)").arg(QLatin1String(field.name)).arg(open.column));
    ConditionNode node;
    node.kind = ConditionNode::Kind::In;
    node.field = field.field;
    if (peek().kind == Token::Kind::CloseList) {
        next();
        return add(std::move(node));
    }
    for (;;) {
        if (!readValue(field, node, true))
            return -1;
        const Token separator = next();
        if (separator.kind == Token::Kind::CloseList)
            break;
        if (separator.kind != Token::Kind::Comma) {
            return fail(separator.column, tr("expected ',' or ']' at column %1 in the list opened at column %2")
                                              .arg(separator.column).arg(open.column));
        }
    }
    return add(std::move(node));
}

bool ConditionParser::readValue(const ConditionFieldInfo &field, ConditionNode &node, bool intoList)
{
    const Token value = next();
    const QString name = QLatin1String(field.name);
    switch (field.type) {
    case ConditionFieldType::Number:
        if (value.kind != Token::Kind::Number)
            return fail(value.column, tr("'%1' is a number; expected a number at column %2").arg(name).arg(value.column)) >= 0;
        if (intoList)
            node.numbers.append(value.number);
        else
            node.number = value.number;
        return true;
    case ConditionFieldType::String:
        if (value.kind == Token::Kind::Word && value.text != QLatin1String("and") && value.text != QLatin1String("or")) {
            return fail(value.column, tr("'%1' is text; put the value at column %2 in quotes: \"%3\"")
                                          .arg(name).arg(value.column).arg(value.text)) >= 0;
        }
        if (value.kind != Token::Kind::String)
            return fail(value.column, tr("'%1' is text; expected a quoted value at column %2").arg(name).arg(value.column)) >= 0;
        if (intoList)
            node.strings.append(value.text);
        else
            node.string = value.text;
        return true;
    case ConditionFieldType::Bool:
        break;
    }
    if (value.kind != Token::Kind::Word || (value.text != QLatin1String("true") && value.text != QLatin1String("false")))
        return fail(value.column, tr("'%1' is true or false; expected true or false at column %2").arg(name).arg(value.column)) >= 0;
    node.number = value.text == QLatin1String("true") ? 1 : 0;
    return true;
}

} // namespace alertdeck::route
