#include "HopCircularDecoder.h"

#include "AlertTime.h"
#include "DecodeSupport.h"
#include "JsonAccess.h"
#include "TextHeaderFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace alertdeck::decode {
namespace {

struct CircularHeader
{
    QString number;
    QString subject;
    QString date;
    QString title;
};

// Circular dates are "yy/mm/dd hh:mm:ss GMT"; the archive starts in 1997.
QString circularTime(const QString &date)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{2})/(\d{2})/(\d{2})\s+(\d{2}):(\d{2}):(\d{2}))"));
    const QRegularExpressionMatch match = pattern.match(date);
    if (!match.hasMatch())
        return time::normalizeIso(date);
    const int yy = match.captured(1).toInt();
    const int year = yy >= 90 ? 1900 + yy : 2000 + yy;
    return time::normalizeIso(QStringLiteral("%1-%2-%3T%4:%5:%6")
                                  .arg(year)
                                  .arg(match.captured(2), match.captured(3), match.captured(4),
                                       match.captured(5), match.captured(6)));
}

std::optional<CircularHeader> jsonHeader(const QByteArray &payload)
{
    const json::Parsed parsed = json::parse(payload);
    json::Object root;
    if (!parsed.root || !json::toObject(*parsed.root, root))
        return std::nullopt;
    const auto header = json::objectMember(root, "header");
    if (!header)
        return std::nullopt;
    return CircularHeader{json::string(*header, "number"), json::string(*header, "subject"),
                          json::string(*header, "date"), json::string(*header, "title")};
}

CircularHeader textHeader(const QString &text)
{
    const TextHeaderFields fields(text, true);
    return {fields.value(QStringLiteral("NUMBER")), fields.value(QStringLiteral("SUBJECT")),
            fields.value(QStringLiteral("DATE")), fields.value(QStringLiteral("TITLE"))};
}

} // namespace

QString HopCircularDecoder::name() const
{
    return QStringLiteral("hop.circular");
}

bool HopCircularDecoder::recognizes(const RawMessage &message) const
{
    const QByteArrayView head = support::head(message.payload, 1024).trimmed();
    if (head.startsWith("TITLE:"))
        return support::contains(head, "\nSUBJECT:") && support::contains(head, "\nNUMBER:");
    return json::looksLikeJsonObject(head) && support::contains(head, "\"header\"") && support::contains(head, "\"subject\"");
}

QVector<Alert> HopCircularDecoder::decode(const RawMessage &message) const
{
    const bool isJson = json::looksLikeJsonObject(message.payload);
    const std::optional<CircularHeader> parsed =
        isJson ? jsonHeader(message.payload) : textHeader(QString::fromUtf8(message.payload));
    if (!parsed || (parsed->number.isEmpty() && parsed->subject.isEmpty())) {
        return {support::undecodable(message, name(),
                                     QCoreApplication::translate("AlertDeck", "GCN circular without NUMBER or SUBJECT"))};
    }
    Alert alert;
    alert.format = name();
    alert.source = QStringLiteral("GCN Circulars");
    alert.alertType = QStringLiteral("Circular");
    alert.event = support::eventFromSubject(parsed->subject);
    alert.time = circularTime(parsed->date);
    alert.title = parsed->subject.isEmpty() ? parsed->title : parsed->subject;
    alert.id = parsed->number.isEmpty() ? support::fallbackId(message, name()) : support::circularId(parsed->number);
    return support::one(std::move(alert));
}

} // namespace alertdeck::decode
