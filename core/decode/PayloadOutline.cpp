#include "PayloadOutline.h"

#include "AvroAlertDecoder.h"
#include "DecoderRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <limits>

namespace alertdeck::decode {
namespace {

// The context the detail pane's translations were made in when this was part of it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayloadTree)
};

// Collects the http(s) links of a payload; a link under a key that names a page or URL wins.
class LinkFinder
{
public:
    void offer(const QString &key, const QString &value)
    {
        if (!value.startsWith(QLatin1String("http://")) && !value.startsWith(QLatin1String("https://")))
            return;
        const QUrl url(value.trimmed(), QUrl::StrictMode);
        if (!url.isValid())
            return;
        static const QRegularExpression pageLike(QStringLiteral("url|page|link|gracedb|view"), QRegularExpression::CaseInsensitiveOption);
        const int rank = pageLike.match(key).hasMatch() ? 2 : 1;
        if (rank > m_rank) {
            m_rank = rank;
            m_url = url;
        }
    }
    QUrl url() const { return m_url; }

private:
    QUrl m_url;
    int m_rank = 0;
};

OutlineNode &appendNode(std::vector<OutlineNode> &nodes, const QString &key, const QString &value = {})
{
    nodes.push_back({key, value, {}});
    return nodes.back();
}

void addJson(std::vector<OutlineNode> &nodes, const QString &key, const QJsonValue &value, LinkFinder &links)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        OutlineNode &node = appendNode(nodes, key, Tr::tr("{%n field(s)}", nullptr, int(object.size())));
        node.children.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(node.children, it.key(), it.value(), links);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        OutlineNode &node = appendNode(nodes, key, Tr::tr("[%n item(s)]", nullptr, int(array.size())));
        node.children.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(node.children, QStringLiteral("[%1]").arg(i), array.at(i), links);
    } else if (value.isNull()) {
        appendNode(nodes, key, QStringLiteral("null"));
    } else if (value.isBool()) {
        appendNode(nodes, key, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isDouble()) {
        // Alert ids are longs above 2^53 (ZTF candid, Rubin diaSourceId): shown exactly, not as a double.
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 integer = value.toInteger(notIntegral);
        appendNode(nodes, key, integer != notIntegral ? QString::number(integer) : QString::number(value.toDouble(), 'g', 15));
    } else {
        const QString text = value.toString();
        links.offer(key, text);
        appendNode(nodes, key, text);
    }
}

// VOEvent <Param name="X" value="Y"/> reads best as "Param X = Y"; other attributes become "@name" rows.
QString elementKey(const QXmlStreamReader &xml)
{
    const QStringView name = xml.attributes().value(QLatin1String("name"));
    return name.isEmpty() ? xml.name().toString() : QStringLiteral("%1 %2").arg(xml.name(), name);
}

// The element whose start tag was just read, with everything in it, up to its end tag.
void addXmlElement(QXmlStreamReader &xml, std::vector<OutlineNode> &nodes, LinkFinder &links)
{
    const QString key = elementKey(xml);
    OutlineNode &node = appendNode(nodes, key, xml.attributes().value(QLatin1String("value")).toString());
    links.offer(key, node.value);
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        if (attribute.name() == QLatin1String("name") || attribute.name() == QLatin1String("value"))
            continue;
        links.offer(attribute.name().toString(), attribute.value().toString());
        appendNode(node.children, QLatin1Char('@') + attribute.name(), attribute.value().toString());
    }
    // Text after the last child element is the element's value (VOEvent elements hold either).
    QString text;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            addXmlElement(xml, node.children, links);
            text.clear();
        } else if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        node.value = trimmed;
        links.offer(node.key, trimmed);
    }
}

QString addXml(std::vector<OutlineNode> &nodes, const QByteArray &payload, LinkFinder &links)
{
    QXmlStreamReader xml(payload);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            addXmlElement(xml, nodes, links);
    }
    return xml.hasError() ? Tr::tr("XML error at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()) : QString();
}

// GCN text notices: "KEY: value" lines; a line starting with white space continues the previous one.
void addTextLines(std::vector<OutlineNode> &nodes, const QString &text, LinkFinder &links)
{
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z][A-Za-z0-9_ ]*):\\s*(.*)$"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = keyLine.match(line);
        if (match.hasMatch()) {
            appendNode(nodes, match.captured(1).trimmed(), match.captured(2).trimmed());
            links.offer(match.captured(1), match.captured(2).trimmed());
        } else if (!nodes.empty() && !line.trimmed().isEmpty()) {
            nodes.back().value += QLatin1Char(' ') + line.trimmed();
        }
    }
}

} // namespace

PayloadOutline PayloadOutline::of(const DecoderRegistry &decoders, const ReceivedAlert &alert)
{
    PayloadOutline result;
    LinkFinder links;
    const RawMessage message{alert.payload, alert.headers, alert.topic, alert.alert.format};
    const auto *avro = dynamic_cast<const AvroAlertDecoder *>(decoders.decoderFor(message));
    const QByteArray head = alert.payload.left(64).trimmed();
    if (avro) {
        const AvroAlertDecoder::Tree tree = avro->decodeTree(alert.payload);
        for (qsizetype i = 0; i < tree.records.size(); ++i)
            addJson(result.nodes, Tr::tr("record %1").arg(i + 1), tree.records.at(i), links);
        result.error = tree.error;
    } else if (head.startsWith('{') || head.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(alert.payload, &error);
        if (json.isObject())
            addJson(result.nodes, Tr::tr("message"), json.object(), links);
        else if (json.isArray())
            addJson(result.nodes, Tr::tr("message"), json.array(), links);
        else
            result.error = Tr::tr("JSON error at byte %1: %2").arg(error.offset).arg(error.errorString());
    } else if (head.startsWith('<') || head.startsWith("\xEF\xBB\xBF<")) {
        result.error = addXml(result.nodes, alert.payload, links);
    } else {
        addTextLines(result.nodes, QString::fromUtf8(alert.payload), links);
    }
    if (result.nodes.empty() && result.error.isEmpty())
        result.error = Tr::tr("The payload has no structure to show; see the raw payload.");
    result.url = links.url();
    return result;
}

} // namespace alertdeck::decode
