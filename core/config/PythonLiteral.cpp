#include "PythonLiteral.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace alertdeck::config {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

// A recursive-descent reader over the source text. Errors stop it at the first one, with its line.
class Reader
{
public:
    Reader(const QString &source, qsizetype position)
        : m_source(source)
        , m_pos(position)
    {
    }

    QJsonValue expression();
    const QString &error() const { return m_error; }

private:
    QJsonValue primary();
    QJsonValue container(QChar close, bool isDict);
    QJsonValue string();
    QJsonValue number();
    QJsonValue name();
    QJsonValue envLookup(bool subscript);
    QJsonValue unsupportedFrom(qsizetype start);
    QString readEscape();
    void skipSpace();
    bool accept(QChar c);
    bool expect(QChar c);
    bool acceptWord(const QString &word);
    QChar peek() const { return m_pos < m_source.size() ? m_source.at(m_pos) : QChar(); }
    void fail(const QString &message);
    int line() const { return int(m_source.left(m_pos).count(QLatin1Char('\n'))) + 1; }
    bool failed() const { return !m_error.isEmpty(); }

    const QString &m_source;
    qsizetype m_pos;
    QString m_error;
};

void Reader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = tr("line %1: %2").arg(line()).arg(message);
}

void Reader::skipSpace()
{
    while (m_pos < m_source.size()) {
        const QChar c = m_source.at(m_pos);
        if (c == QLatin1Char('#')) {
            while (m_pos < m_source.size() && m_source.at(m_pos) != QLatin1Char('\n'))
                ++m_pos;
        } else if (c.isSpace() || (c == QLatin1Char('\\') && m_source.mid(m_pos + 1, 1) == QLatin1String("\n"))) {
            ++m_pos;
        } else {
            return;
        }
    }
}

bool Reader::accept(QChar c)
{
    skipSpace();
    if (peek() != c)
        return false;
    ++m_pos;
    return true;
}

bool Reader::expect(QChar c)
{
    if (accept(c))
        return true;
    fail(tr("expected '%1'").arg(c));
    return false;
}

bool Reader::acceptWord(const QString &word)
{
    skipSpace();
    if (!QStringView(m_source).mid(m_pos).startsWith(word))
        return false;
    const qsizetype end = m_pos + word.size();
    const QChar after = end < m_source.size() ? m_source.at(end) : QChar();
    if (after.isLetterOrNumber() || after == QLatin1Char('_'))
        return false;
    m_pos += word.size();
    return true;
}

QJsonValue Reader::expression()
{
    QJsonArray parts{primary()};
    while (!failed() && accept(QLatin1Char('+')))
        parts.append(primary());
    if (parts.size() == 1)
        return parts.first();
    return QJsonObject{{QStringLiteral("$concat"), parts}};
}

QJsonValue Reader::primary()
{
    skipSpace();
    const QChar c = peek();
    if (c == QLatin1Char('{'))
        return ++m_pos, container(QLatin1Char('}'), true);
    if (c == QLatin1Char('['))
        return ++m_pos, container(QLatin1Char(']'), false);
    if (c == QLatin1Char('('))
        return ++m_pos, container(QLatin1Char(')'), false);
    if (c == QLatin1Char('-') || c == QLatin1Char('.') || c.isDigit())
        return number();
    if (c.isLetter() || c == QLatin1Char('_'))
        return name();
    if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
        return string();
    fail(c.isNull() ? tr("unexpected end of file") : tr("unexpected '%1'").arg(c));
    return {};
}

// Lists, tuples and dicts; a parenthesised single value without a comma is just that value.
QJsonValue Reader::container(QChar close, bool isDict)
{
    QJsonArray items;
    QJsonObject dict;
    bool sawComma = false;
    while (!failed() && !accept(close)) {
        const QJsonValue first = expression();
        if (isDict) {
            if (!expect(QLatin1Char(':')))
                break;
            if (!first.isString())
                fail(tr("only string keys are supported"));
            dict.insert(first.toString(), expression());
        } else {
            items.append(first);
        }
        if (accept(QLatin1Char(',')))
            sawComma = true;
        else if (!failed() && peek() != close)
            fail(tr("expected ',' or '%1'").arg(close));
    }
    if (isDict)
        return dict;
    if (close == QLatin1Char(')') && items.size() == 1 && !sawComma)
        return items.first();
    return items;
}

QString Reader::readEscape()
{
    const QChar c = peek();
    ++m_pos;
    switch (c.unicode()) {
    case 'n': return QStringLiteral("\n");
    case 't': return QStringLiteral("\t");
    case 'r': return QStringLiteral("\r");
    case '0': return QString(QChar(0));
    case '\n': return {};
    case 'x':
    case 'u': {
        const int digits = c == QLatin1Char('x') ? 2 : 4;
        bool ok = false;
        const uint code = m_source.mid(m_pos, digits).toUInt(&ok, 16);
        if (!ok)
            fail(tr("bad \\%1 escape").arg(c));
        m_pos += digits;
        return QString(QChar(char16_t(code)));
    }
    case '\\':
    case '\'':
    case '"':
        return QString(c);
    default:
        return QLatin1Char('\\') + QString(c);
    }
}

QJsonValue Reader::string()
{
    // Adjacent literals concatenate, as in Python ('a' 'b' == 'ab').
    QString text;
    bool raw = false;
    do {
        const QChar quote = peek();
        const QString triple(3, quote);
        const bool isTriple = m_source.mid(m_pos, 3) == triple;
        m_pos += isTriple ? 3 : 1;
        for (;;) {
            if (m_pos >= m_source.size() || (!isTriple && peek() == QLatin1Char('\n'))) {
                fail(tr("unterminated string"));
                return {};
            }
            if (isTriple ? m_source.mid(m_pos, 3) == triple : peek() == quote) {
                m_pos += isTriple ? 3 : 1;
                break;
            }
            if (peek() == QLatin1Char('\\') && !raw) {
                ++m_pos;
                text += readEscape();
            } else {
                text += peek();
                ++m_pos;
            }
        }
        skipSpace();
        raw = false;
        // A following literal may carry its own prefix (r'...', u"...").
        const QChar next = peek();
        if ((next == QLatin1Char('r') || next == QLatin1Char('R') || next == QLatin1Char('u') || next == QLatin1Char('U'))
            && (m_source.mid(m_pos + 1, 1) == QLatin1String("'") || m_source.mid(m_pos + 1, 1) == QLatin1String("\""))) {
            raw = next.toLower() == QLatin1Char('r');
            ++m_pos;
        }
    } while (!failed() && (peek() == QLatin1Char('\'') || peek() == QLatin1Char('"')));
    return text;
}

QJsonValue Reader::number()
{
    static const QRegularExpression pattern(QStringLiteral(R"(-?\s*(\d[\d_]*\.?[\d_]*([eE][-+]?\d+)?|\.\d[\d_]*([eE][-+]?\d+)?))"));
    const auto match = pattern.match(m_source, m_pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch()) {
        fail(tr("bad number"));
        return {};
    }
    m_pos += match.capturedLength();
    QString text = match.captured();
    text.remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    return text.toDouble();
}

QJsonValue Reader::name()
{
    const qsizetype start = m_pos;
    if (acceptWord(QStringLiteral("True")))
        return true;
    if (acceptWord(QStringLiteral("False")))
        return false;
    if (acceptWord(QStringLiteral("None")))
        return QJsonValue::Null;
    static const QRegularExpression stringPrefix(QStringLiteral("[rRuUbB]{1,2}['\"]"));
    const auto prefixed = stringPrefix.match(m_source, m_pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (prefixed.hasMatch() && !prefixed.captured().contains(QLatin1Char('f'), Qt::CaseInsensitive)) {
        m_pos += prefixed.capturedLength() - 1;
        return string();
    }
    if (acceptWord(QStringLiteral("os.getenv")) || acceptWord(QStringLiteral("os.environ.get")))
        return envLookup(false);
    if (acceptWord(QStringLiteral("os.environ")))
        return envLookup(true);
    return unsupportedFrom(start);
}

// os.getenv('X'[, default]) / os.environ.get(...) after the name, or os.environ['X'].
QJsonValue Reader::envLookup(bool subscript)
{
    const qsizetype start = m_pos;
    if (!expect(subscript ? QLatin1Char('[') : QLatin1Char('(')))
        return {};
    const QJsonValue variable = expression();
    QJsonValue fallback = QJsonValue::Null;
    if (!subscript && accept(QLatin1Char(','))) {
        if (acceptWord(QStringLiteral("default")))
            expect(QLatin1Char('='));
        if (peek() != QLatin1Char(')'))
            fallback = expression();
        accept(QLatin1Char(','));
    }
    if (!expect(subscript ? QLatin1Char(']') : QLatin1Char(')')))
        return {};
    if (!variable.isString())
        return unsupportedFrom(start);
    return QJsonObject{{QStringLiteral("$env"), variable}, {QStringLiteral("$default"), fallback}};
}

// An expression this reader does not evaluate: skipped up to the next ',' or closing bracket at its
// own depth, and kept as text so the importer can say what it left out.
QJsonValue Reader::unsupportedFrom(qsizetype start)
{
    int depth = 0;
    while (m_pos < m_source.size()) {
        const QChar c = peek();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            string();
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            if (depth == 0)
                break;
            --depth;
        } else if (depth == 0 && (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char(':')))
            break;
        ++m_pos;
    }
    return QJsonObject{{QStringLiteral("$unsupported"), m_source.mid(start, m_pos - start).simplified()}};
}

} // namespace

PythonLiteral::Result PythonLiteral::parseAssignment(const QString &source, const QString &name)
{
    const QRegularExpression assignment(QStringLiteral("^%1\\s*=(?!=)").arg(QRegularExpression::escape(name)),
                                        QRegularExpression::MultilineOption);
    const auto match = assignment.match(source);
    if (!match.hasMatch())
        return {{}, tr("no \"%1 = ...\" assignment found").arg(name)};
    Reader reader(source, match.capturedEnd());
    const QJsonValue value = reader.expression();
    return {value, reader.error()};
}

} // namespace alertdeck::config
