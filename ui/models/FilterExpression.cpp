#include "FilterExpression.h"

#include <QDateTime>
#include <QTimeZone>

namespace alertdeck::ui {
namespace {

using Op = store::AlertFilter::Op;

struct Token
{
    int position = 0;
    bool negated = false;
    QString field; // empty: free text
    QString op;    // ":", "<", "<=", ">", ">=", "=", "==", "!="
    QString value;
    int valuePosition = 0;
};

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    bool next(Token *token, FilterExpression::Result *result);

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(int ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    bool readValue(QString *value, FilterExpression::Result *result);
    QString readOperator();

    const QString &m_text;
    int m_pos = 0;
};

bool fail(FilterExpression::Result *result, int position, const QString &message)
{
    result->error = message;
    result->position = position;
    return false;
}

// A quoted string ("..." with \" and \\) or everything up to the next space.
bool Parser::readValue(QString *value, FilterExpression::Result *result)
{
    if (peek() != QLatin1Char('"')) {
        const int start = m_pos;
        while (!atEnd() && !peek().isSpace())
            ++m_pos;
        *value = m_text.mid(start, m_pos - start);
        return true;
    }
    const int open = m_pos++;
    while (!atEnd() && peek() != QLatin1Char('"')) {
        if (peek() == QLatin1Char('\\') && m_pos + 1 < m_text.size())
            ++m_pos;
        value->append(m_text.at(m_pos++));
    }
    if (atEnd())
        return fail(result, open, FilterExpression::tr("the quote opened here is not closed"));
    ++m_pos;
    return true;
}

QString Parser::readOperator()
{
    static const char *const operators[] = {"<=", ">=", "==", "!=", "<", ">", "=", ":"};
    for (const char *op : operators) {
        if (QStringView(m_text).mid(m_pos).startsWith(QLatin1String(op))) {
            m_pos += int(qstrlen(op));
            return QLatin1String(op);
        }
    }
    return {};
}

bool Parser::next(Token *token, FilterExpression::Result *result)
{
    while (!atEnd() && peek().isSpace())
        ++m_pos;
    if (atEnd())
        return false;
    *token = {};
    token->position = m_pos;
    if (peek() == QLatin1Char('-') && !peek(1).isNull() && !peek(1).isSpace()) {
        token->negated = true;
        ++m_pos;
    }
    int nameEnd = m_pos;
    while (nameEnd < m_text.size() && (m_text.at(nameEnd).isLetter() || m_text.at(nameEnd) == QLatin1Char('_')))
        ++nameEnd;
    const int nameStart = m_pos;
    if (nameEnd > nameStart) {
        m_pos = nameEnd;
        token->op = readOperator();
        if (!token->op.isEmpty())
            token->field = m_text.mid(nameStart, nameEnd - nameStart).toLower();
        else
            m_pos = nameStart;
    }
    token->valuePosition = m_pos;
    if (!readValue(&token->value, result))
        return false;
    if (!token->field.isEmpty() && token->value.isEmpty())
        return fail(result, token->valuePosition, FilterExpression::tr("a value is missing after '%1%2'").arg(token->field, token->op));
    return true;
}

std::optional<Op> numberOp(const QString &op)
{
    if (op == QLatin1String("<")) return Op::Less;
    if (op == QLatin1String("<=")) return Op::LessEqual;
    if (op == QLatin1String(">")) return Op::Greater;
    if (op == QLatin1String(">=")) return Op::GreaterEqual;
    if (op == QLatin1String("!=")) return Op::NotEqual;
    return Op::Equal; // ":", "=", "=="
}

QString numberField(const QString &field)
{
    if (field == QLatin1String("err") || field == QLatin1String("error"))
        return QStringLiteral("error_radius");
    return store::AlertFilter::isNumberField(field) ? field : QString();
}

// Fields compared by equality with a string; the list each adds to when negated (null: cannot be).
QString *stringField(store::AlertFilter &f, const QString &field, QStringList **excluded)
{
    auto &x = f.exclude;
    const struct { const char *name; QString *value; QStringList *excluded; } fields[] = {
        {"source", &f.source, &x.sources}, {"event", &f.event, &x.events}, {"type", &f.alertType, &x.alertTypes},
        {"stream", &f.stream, nullptr},    {"topic", &f.topic, nullptr},
    };
    for (const auto &entry : fields) {
        if (field == QLatin1String(entry.name)) {
            *excluded = entry.excluded;
            return entry.value;
        }
    }
    return nullptr;
}

bool applyTime(store::AlertFilter &f, const Token &t, FilterExpression::Result *result)
{
    QDateTime when = QDateTime::fromString(t.value, Qt::ISODateWithMs);
    if (!when.isValid())
        return fail(result, t.valuePosition, FilterExpression::tr("'%1' is not a date or time (2025-01-31 or 2025-01-31T12:00)").arg(t.value));
    if (when.timeSpec() == Qt::LocalTime) // no zone written: UTC, as alert times are
        when.setTimeZone(QTimeZone::utc());
    const qint64 ms = when.toMSecsSinceEpoch();
    const bool received = t.field == QLatin1String("received");
    std::optional<qint64> &from = received ? f.receivedFromMs : f.timeFromMs;
    std::optional<qint64> &to = received ? f.receivedToMs : f.timeToMs;
    if (t.op == QLatin1String(">=") || t.op == QLatin1String(">"))
        from = ms + (t.op == QLatin1String(">") ? 1 : 0);
    else if (t.op == QLatin1String("<=") || t.op == QLatin1String("<"))
        to = ms - (t.op == QLatin1String("<") ? 1 : 0);
    else
        return fail(result, t.position, FilterExpression::tr("compare %1 with <, <=, > or >=").arg(t.field));
    return true;
}

bool applyCone(store::AlertFilter &f, const Token &t, FilterExpression::Result *result)
{
    const QStringList parts = t.value.split(QLatin1Char(','));
    double numbers[3] = {};
    bool ok = parts.size() == 3;
    for (int i = 0; ok && i < 3; ++i)
        numbers[i] = parts.at(i).toDouble(&ok);
    if (!ok || numbers[2] <= 0)
        return fail(result, t.valuePosition, FilterExpression::tr("a cone is RA,DEC,RADIUS in degrees, e.g. cone:150.2,-12.5,2"));
    f.cone = store::AlertFilter::Cone{numbers[0], numbers[1], numbers[2]};
    return true;
}

bool apply(store::AlertFilter &f, const Token &t, QStringList *words, FilterExpression::Result *result)
{
    if (t.field.isEmpty()) {
        if (t.negated && t.value == QLatin1String("test"))
            f.excludeTest = true;
        else if (t.negated)
            f.exclude.texts << t.value;
        else
            *words << t.value;
        return true;
    }
    QStringList *excluded = nullptr;
    const QString number = numberField(t.field);
    const bool timeField = t.field == QLatin1String("time") || t.field == QLatin1String("received");
    if (t.negated && (!number.isEmpty() || timeField || t.field == QLatin1String("cone")))
        return fail(result, t.position, FilterExpression::tr("'-' can only leave out text, test alerts, source, event or type"));
    if (QString *value = stringField(f, t.field, &excluded)) {
        const bool equality = t.op == QLatin1String(":") || t.op == QLatin1String("=") || t.op == QLatin1String("==");
        if (!equality)
            return fail(result, t.position, FilterExpression::tr("%1 is matched with ':' (e.g. %1:X)").arg(t.field));
        if (t.negated && !excluded)
            return fail(result, t.position, FilterExpression::tr("%1 cannot be negated").arg(t.field));
        if (t.negated)
            *excluded << t.value;
        else
            *value = t.value;
        return true;
    }
    if (!number.isEmpty()) {
        bool ok = false;
        const double value = t.value.toDouble(&ok);
        if (!ok)
            return fail(result, t.valuePosition, FilterExpression::tr("'%1' is not a number").arg(t.value));
        f.numbers.append({number, *numberOp(t.op), value});
        return true;
    }
    if (timeField)
        return applyTime(f, t, result);
    if (t.field == QLatin1String("cone"))
        return applyCone(f, t, result);
    return fail(result, t.position + (t.negated ? 1 : 0),
                FilterExpression::tr("unknown field '%1' (source, event, type, stream, topic, ra, dec, err, mag, "
                                     "score, far, time, received, cone)").arg(t.field));
}

} // namespace

FilterExpression::Result FilterExpression::parse(const QString &text)
{
    Result result;
    Parser parser(text);
    QStringList words;
    Token token;
    while (parser.next(&token, &result)) {
        if (!apply(result.filter, token, &words, &result))
            break;
    }
    if (!result.ok())
        result.filter = {};
    else
        result.filter.text = words.join(QLatin1Char(' '));
    return result;
}

QString FilterExpression::forEvent(const QString &event)
{
    QString escaped = event;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("event:\"%1\"").arg(escaped);
}

} // namespace alertdeck::ui
