#include "HopAuthImporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace alertdeck::config {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

// A TOML value of the kinds auth.toml uses: basic or literal string, boolean, integer.
std::optional<QJsonValue> tomlValue(const QString &text)
{
    static const QRegularExpression basic(QStringLiteral(R"re(^"((?:[^"\\]|\\.)*)"$)re"));
    static const QRegularExpression literal(QStringLiteral(R"re(^'([^']*)'$)re"));
    if (const auto match = basic.match(text); match.hasMatch()) {
        QString value = match.captured(1);
        value.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
        return QJsonValue(value);
    }
    if (const auto match = literal.match(text); match.hasMatch())
        return QJsonValue(match.captured(1));
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return QJsonValue(text == QLatin1String("true"));
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    if (ok)
        return QJsonValue(number);
    return std::nullopt;
}

QString withoutComment(const QString &line)
{
    // A '#' outside quotes starts a comment.
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            return line.left(i).trimmed();
        }
    }
    return line.trimmed();
}

QString envVariableFor(const QString &streamName)
{
    QString variable = streamName.toUpper();
    variable.replace(QRegularExpression(QStringLiteral("[^A-Z0-9]+")), QStringLiteral("_"));
    return QStringLiteral("ALERTDECK_%1_PASSWORD").arg(variable);
}

} // namespace

HopAuthImporter::ParsedToml HopAuthImporter::parse(const QString &text)
{
    ParsedToml parsed;
    static const QRegularExpression keyValue(QStringLiteral(R"(^([A-Za-z0-9_-]+)\s*=\s*(.+)$)"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inAuth = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = withoutComment(lines.at(i));
        const int number = i + 1;
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inAuth = line == QLatin1String("[[auth]]") || line == QLatin1String("[auth]");
            if (inAuth) {
                parsed.tables.append(Table());
                parsed.lines.append(number);
            } else {
                m_result.notImported.append(tr("line %1: table %2 is not an [[auth]] entry").arg(number).arg(line));
            }
            continue;
        }
        const auto match = keyValue.match(line);
        const auto value = match.hasMatch() ? tomlValue(match.captured(2).trimmed()) : std::nullopt;
        if (!value) {
            m_result.fatal = tr("line %1: not a TOML \"key = value\" line this importer reads").arg(number);
            return parsed;
        }
        if (inAuth)
            parsed.tables.last().insert(match.captured(1), *value);
    }
    return parsed;
}

ImportResult HopAuthImporter::import(const QString &authToml)
{
    m_result = {};
    const ParsedToml parsed = parse(authToml);
    if (!m_result.ok())
        return m_result;
    if (parsed.tables.isEmpty()) {
        m_result.fatal = tr("no [[auth]] entry found");
        return m_result;
    }
    for (int i = 0; i < parsed.tables.size(); ++i)
        importEntry(parsed.tables.at(i), parsed.lines.at(i));
    m_result.reportProblems();
    return m_result;
}

void HopAuthImporter::importEntry(const Table &entry, int line)
{
    const QString username = entry.value(QStringLiteral("username")).toString();
    const QString hostname = entry.value(QStringLiteral("hostname")).toString(QStringLiteral("kafka.scimma.org"));
    const QString protocol = entry.value(QStringLiteral("protocol")).toString(QStringLiteral("SASL_SSL"));
    // hop-client spells mechanisms with underscores (SCRAM_SHA_512); librdkafka with dashes.
    const QString mechanism = entry.value(QStringLiteral("mechanism")).toString(QStringLiteral("SCRAM_SHA_512")).replace(QLatin1Char('_'), QLatin1Char('-'));
    const QString caFile = entry.value(QStringLiteral("ssl_ca_file")).toString();
    const bool hopskotch = protocol == QLatin1String("SASL_SSL") && mechanism == QLatin1String("SCRAM-SHA-512") && caFile.isEmpty();
    const QString name = m_result.uniqueName(hostname.section(QLatin1Char(':'), 0, 0));

    QJsonObject options{{QStringLiteral("username"), username},
                        {QStringLiteral("password"), QJsonObject{{QStringLiteral("env"), envVariableFor(name)}}},
                        // auth.toml names no topics: every public topic, to be narrowed in the dialog.
                        {QStringLiteral("topic_handlers"), QJsonObject{{QStringLiteral("*"), QJsonArray{QStringLiteral("table")}}}}};
    if (hopskotch) {
        options.insert(QStringLiteral("url"), QStringLiteral("kafka://%1/").arg(hostname));
    } else {
        options.insert(QStringLiteral("bootstrap"), hostname.contains(QLatin1Char(':')) ? hostname : hostname + QStringLiteral(":9092"));
        options.insert(QStringLiteral("security_protocol"), protocol);
        options.insert(QStringLiteral("sasl_mechanism"), mechanism);
        if (!caFile.isEmpty())
            options.insert(QStringLiteral("ssl_ca_location"), caFile);
    }
    const QString kind = hopskotch ? QStringLiteral("hopskotch") : QStringLiteral("kafka");
    m_result.streams.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind},
                                        {QStringLiteral("active"), true}, {QStringLiteral("options"), options}});
    m_result.imported.append(tr("line %1: stream \"%2\" (%3) for user %4 at %5").arg(line).arg(name, kind, username, hostname));
    const QString password = entry.value(QStringLiteral("password")).toString();
    if (!password.isEmpty())
        m_result.literalSecrets.insert(name, password);
    m_result.notImported.append(tr("line %1: the password of stream \"%2\" is not copied into the configuration; "
                                   "store it in the keychain or set %3").arg(line).arg(name, envVariableFor(name)));
    for (const QString &key : entry.keys()) {
        static const QStringList known{QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("hostname"),
                                       QStringLiteral("protocol"), QStringLiteral("mechanism"), QStringLiteral("ssl_ca_file")};
        if (!known.contains(key))
            m_result.notImported.append(tr("line %1: stream \"%2\": key \"%3\" has no AlertDeck equivalent").arg(line).arg(name, key));
    }
}

} // namespace alertdeck::config
