#include "PayloadTree.h"

#include "core/decode/AvroAlertDecoder.h"
#include "core/decode/DecoderRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QXmlStreamReader>

#include <limits>

namespace alertdeck::ui {
namespace {

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

QStandardItem *appendRow(QStandardItem *parent, const QString &key, const QString &value = {})
{
    auto *keyItem = new QStandardItem(key);
    auto *valueItem = new QStandardItem(value);
    valueItem->setToolTip(value.left(2000));
    keyItem->setEditable(false);
    valueItem->setEditable(false);
    parent->appendRow({keyItem, valueItem});
    return keyItem;
}

void addJson(QStandardItem *parent, const QString &key, const QJsonValue &value, LinkFinder &links)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStandardItem *item = appendRow(parent, key, Tr::tr("{%n field(s)}", nullptr, int(object.size())));
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value(), links);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStandardItem *item = appendRow(parent, key, Tr::tr("[%n item(s)]", nullptr, int(array.size())));
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(item, QStringLiteral("[%1]").arg(i), array.at(i), links);
    } else if (value.isNull()) {
        appendRow(parent, key, QStringLiteral("null"));
    } else if (value.isBool()) {
        appendRow(parent, key, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isDouble()) {
        // Alert ids are longs above 2^53 (ZTF candid, Rubin diaSourceId): shown exactly, not as a double.
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 integer = value.toInteger(notIntegral);
        appendRow(parent, key, integer != notIntegral ? QString::number(integer) : QString::number(value.toDouble(), 'g', 15));
    } else {
        const QString text = value.toString();
        links.offer(key, text);
        appendRow(parent, key, text);
    }
}

// Top-level items have no parent item; their parent is the model's invisible root.
QStandardItem *parentOf(QStandardItem *item, QStandardItem *root)
{
    return item->parent() ? item->parent() : root;
}

// VOEvent <Param name="X" value="Y"/> reads best as "Param X = Y"; other attributes become "@name" rows.
QString elementKey(const QXmlStreamReader &xml)
{
    const QStringView name = xml.attributes().value(QLatin1String("name"));
    return name.isEmpty() ? xml.name().toString() : QStringLiteral("%1 %2").arg(xml.name(), name);
}

QString addXml(QStandardItem *root, const QByteArray &payload, LinkFinder &links)
{
    QXmlStreamReader xml(payload);
    QStandardItem *current = root;
    QString text;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString value = xml.attributes().value(QLatin1String("value")).toString();
            current = appendRow(current, elementKey(xml), value);
            links.offer(elementKey(xml), value);
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("name") || attribute.name() == QLatin1String("value"))
                    continue;
                links.offer(attribute.name().toString(), attribute.value().toString());
                appendRow(current, QLatin1Char('@') + attribute.name(), attribute.value().toString());
            }
            text.clear();
            break;
        }
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            if (current == root)
                break;
            const QString trimmed = text.trimmed();
            if (!trimmed.isEmpty()) {
                QStandardItem *value = parentOf(current, root)->child(current->row(), 1);
                value->setText(trimmed);
                value->setToolTip(trimmed.left(2000));
                links.offer(current->text(), trimmed);
            }
            text.clear();
            current = parentOf(current, root);
            break;
        }
        default:
            break;
        }
    }
    return xml.hasError() ? Tr::tr("XML error at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()) : QString();
}

// GCN text notices: "KEY: value" lines; a line starting with white space continues the previous one.
void addTextLines(QStandardItem *root, const QString &text, LinkFinder &links)
{
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z][A-Za-z0-9_ ]*):\\s*(.*)$"));
    QStandardItem *last = nullptr;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = keyLine.match(line);
        if (match.hasMatch()) {
            last = appendRow(root, match.captured(1).trimmed(), match.captured(2).trimmed());
            links.offer(match.captured(1), match.captured(2).trimmed());
        } else if (last && !line.trimmed().isEmpty()) {
            QStandardItem *value = root->child(last->row(), 1);
            value->setText(value->text() + QLatin1Char(' ') + line.trimmed());
        }
    }
}

} // namespace

PayloadTree::PayloadTree(const decode::DecoderRegistry &decoders)
    : m_decoders(decoders)
{
}

PayloadTree::Result PayloadTree::build(const decode::ReceivedAlert &alert) const
{
    Result result;
    result.model = std::make_unique<QStandardItemModel>();
    result.model->setHorizontalHeaderLabels({Tr::tr("Key"), Tr::tr("Value")});
    QStandardItem *root = result.model->invisibleRootItem();
    LinkFinder links;

    const decode::RawMessage message{alert.payload, alert.headers, alert.topic, alert.alert.format};
    const auto *avro = dynamic_cast<const decode::AvroAlertDecoder *>(m_decoders.decoderFor(message));
    const QByteArray head = alert.payload.left(64).trimmed();
    if (avro) {
        const decode::AvroAlertDecoder::Tree tree = avro->decodeTree(alert.payload);
        for (qsizetype i = 0; i < tree.records.size(); ++i)
            addJson(root, Tr::tr("record %1").arg(i + 1), tree.records.at(i), links);
        result.error = tree.error;
    } else if (head.startsWith('{') || head.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(alert.payload, &error);
        if (json.isObject())
            addJson(root, Tr::tr("message"), json.object(), links);
        else if (json.isArray())
            addJson(root, Tr::tr("message"), json.array(), links);
        else
            result.error = Tr::tr("JSON error at byte %1: %2").arg(error.offset).arg(error.errorString());
    } else if (head.startsWith('<') || head.startsWith("\xEF\xBB\xBF<")) {
        result.error = addXml(root, alert.payload, links);
    } else {
        addTextLines(root, QString::fromUtf8(alert.payload), links);
    }
    if (root->rowCount() == 0 && result.error.isEmpty())
        result.error = Tr::tr("The payload has no structure to show; see the raw payload.");
    result.url = links.url();
    return result;
}

} // namespace alertdeck::ui
