#pragma once

#include "StreamConfig.h"

#include <QStringList>
#include <QVector>

namespace alertdeck::config {

// Writes streams back as a tom-alertstreams ALERT_STREAMS snippet for a TOM's settings.py. Secrets
// appear only as os.getenv look-ups (the stream's env variable, else a named one to set). What has
// no tom-alertstreams equivalent (kafka streams, AlertDeck actions, unknown keys) is listed.
class AlertStreamsExporter
{
public:
    struct Result
    {
        QString python;
        QStringList notExported;
    };

    static Result exportStreams(const QVector<StreamConfig> &streams);

private:
    static QString exportStream(const StreamConfig &stream, QStringList *notExported);
    static QString startPosition(const StreamConfig &stream, QStringList *notExported);
    static QString optionValue(const StreamConfig &stream, const QString &target, bool secret, QStringList *notExported);
};

} // namespace alertdeck::config
