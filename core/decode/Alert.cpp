#include "Alert.h"

#include <QJsonValue>

namespace alertdeck::decode {
namespace {

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullable(const std::optional<double> &number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

QString stringOrNull(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

std::optional<double> numberOrNull(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

} // namespace

QJsonObject Alert::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("format"), format},
        {QStringLiteral("source"), source},
        {QStringLiteral("event"), nullable(event)},
        {QStringLiteral("alert_type"), nullable(alertType)},
        {QStringLiteral("time"), nullable(time)},
        {QStringLiteral("ra"), nullable(ra)},
        {QStringLiteral("dec"), nullable(dec)},
        {QStringLiteral("error_radius"), nullable(errorRadius)},
        {QStringLiteral("mag"), nullable(mag)},
        {QStringLiteral("score"), nullable(score)},
        {QStringLiteral("far"), nullable(far)},
        {QStringLiteral("test"), test},
        {QStringLiteral("title"), title},
    };
    if (!decodeError.isEmpty())
        object.insert(QStringLiteral("decode_error"), decodeError);
    return object;
}

Alert Alert::fromJson(const QJsonObject &object)
{
    Alert alert;
    alert.id = object.value(QStringLiteral("id")).toString();
    alert.format = object.value(QStringLiteral("format")).toString();
    alert.source = object.value(QStringLiteral("source")).toString();
    alert.event = stringOrNull(object.value(QStringLiteral("event")));
    alert.alertType = stringOrNull(object.value(QStringLiteral("alert_type")));
    alert.time = stringOrNull(object.value(QStringLiteral("time")));
    alert.ra = numberOrNull(object.value(QStringLiteral("ra")));
    alert.dec = numberOrNull(object.value(QStringLiteral("dec")));
    alert.errorRadius = numberOrNull(object.value(QStringLiteral("error_radius")));
    alert.mag = numberOrNull(object.value(QStringLiteral("mag")));
    alert.score = numberOrNull(object.value(QStringLiteral("score")));
    alert.far = numberOrNull(object.value(QStringLiteral("far")));
    alert.test = object.value(QStringLiteral("test")).toBool();
    alert.title = object.value(QStringLiteral("title")).toString();
    alert.decodeError = object.value(QStringLiteral("decode_error")).toString();
    return alert;
}

} // namespace alertdeck::decode
