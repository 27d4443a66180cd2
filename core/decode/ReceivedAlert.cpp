#include "ReceivedAlert.h"

#include <QDateTime>

namespace alertdeck::decode {

QJsonObject ReceivedAlert::toJson() const
{
    QJsonObject object = alert.toJson();
    object.insert(QStringLiteral("stream"), stream);
    object.insert(QStringLiteral("topic"), topic);
    object.insert(QStringLiteral("partition"), partition);
    object.insert(QStringLiteral("offset"), offset);
    object.insert(QStringLiteral("received"),
                  QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC).toString(Qt::ISODateWithMs));
    return object;
}

} // namespace alertdeck::decode
