#pragma once

#include "ConfigProblem.h"
#include "StreamConfig.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace alertdeck::config {

// Reads and validates the stream configuration file of CONTRACTS.md. Every problem is reported with
// its stream and key; a stream with any problem is left out of `streams`, so it is never started.
class StreamConfigFile
{
public:
    QVector<StreamConfig> streams;
    ConfigProblems problems;

    static StreamConfigFile parse(const QByteArray &json);
    static StreamConfigFile load(const QString &path);
    // The user's configuration file (under the user's config directory).
    static QString defaultPath();

    const StreamConfig *stream(const QString &name) const;
};

} // namespace alertdeck::config
