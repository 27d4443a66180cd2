#include "TomAlertStreamsNames.h"

#include <QVector>

namespace alertdeck::config {
namespace {

const QString gcnClass = QStringLiteral("tom_alertstreams.alertstreams.gcn.GCNClassicAlertStream");
const QString hopClass = QStringLiteral("tom_alertstreams.alertstreams.hopskotch.HopskotchAlertStream");

} // namespace

QString TomAlertStreamsNames::kindOfClass(const QString &className)
{
    if (className == gcnClass)
        return QStringLiteral("gcn");
    if (className == hopClass)
        return QStringLiteral("hopskotch");
    return {};
}

QString TomAlertStreamsNames::classOfKind(const QString &kind)
{
    if (kind == QLatin1String("gcn"))
        return gcnClass;
    if (kind == QLatin1String("hopskotch"))
        return hopClass;
    return {};
}

QStringList TomAlertStreamsNames::knownClasses()
{
    return {gcnClass, hopClass};
}

QString TomAlertStreamsNames::defaultStreamName(const QString &kind)
{
    return kind == QLatin1String("gcn") ? QStringLiteral("GCN") : QStringLiteral("Hopskotch");
}

QVector<TomAlertStreamsNames::Option> TomAlertStreamsNames::options(const QString &kind)
{
    const QVector<Option> shared{{QStringLiteral("TOPICS"), QStringLiteral("topics")},
                                 {QStringLiteral("TOPIC_HANDLERS"), QStringLiteral("topic_handlers")}};
    if (kind == QLatin1String("gcn"))
        return QVector<Option>{{QStringLiteral("GCN_CLASSIC_CLIENT_ID"), QStringLiteral("client_id")},
                               {QStringLiteral("GCN_CLASSIC_CLIENT_SECRET"), QStringLiteral("client_secret"), true},
                               {QStringLiteral("DOMAIN"), QStringLiteral("domain")},
                               {QStringLiteral("CONFIG"), QStringLiteral("config")}}
            + shared;
    if (kind == QLatin1String("hopskotch"))
        return QVector<Option>{{QStringLiteral("URL"), QStringLiteral("url")},
                               {QStringLiteral("GROUP_ID"), QStringLiteral("group_id")},
                               {QStringLiteral("USERNAME"), QStringLiteral("username")},
                               {QStringLiteral("PASSWORD"), QStringLiteral("password"), true},
                               // Hopskotch streams take no CONFIG; where to start is their only Kafka property.
                               {QStringLiteral("START_POSITION"), QStringLiteral("config")}}
            + shared;
    return {};
}

TomAlertStreamsNames::Option TomAlertStreamsNames::option(const QString &kind, const QString &tomKey)
{
    for (const Option &candidate : options(kind)) {
        if (candidate.tomKey == tomKey)
            return candidate;
    }
    return {};
}

QString TomAlertStreamsNames::loggerHandler(const QString &kind)
{
    return kind == QLatin1String("hopskotch") ? QStringLiteral("tom_alertstreams.alertstreams.hopskotch.alert_logger")
                                              : QStringLiteral("tom_alertstreams.alertstreams.alertstream.alert_logger");
}

} // namespace alertdeck::config
