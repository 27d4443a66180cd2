#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace alertdeck::config {

// The names tom-alertstreams uses in ALERT_STREAMS (AlertStream classes and their OPTIONS keys)
// and the AlertDeck kinds and option keys they correspond to; shared by importer and exporter.
class TomAlertStreamsNames
{
public:
    struct Option
    {
        QString tomKey;
        QString target; // AlertDeck option key ("config" for keys that become Kafka properties)
        bool secret = false;
    };

    // "gcn", "hopskotch" or empty for a class with no AlertDeck equivalent.
    static QString kindOfClass(const QString &className);
    static QString classOfKind(const QString &kind);
    static QStringList knownClasses();
    static QString defaultStreamName(const QString &kind);
    // The mapping of one OPTIONS key of a kind (target empty: unknown key).
    static Option option(const QString &kind, const QString &tomKey);
    // Every OPTIONS key of a kind, in the order tom-alertstreams documents them.
    static QVector<Option> options(const QString &kind);
    // The example handler tom-alertstreams ships for the kind, used when exporting.
    static QString loggerHandler(const QString &kind);
};

} // namespace alertdeck::config
