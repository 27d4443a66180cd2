#pragma once

#include "ConfigProblem.h"
#include "StreamConfig.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace alertdeck::config {

// Reads and validates the stream configuration file of CONTRACTS.md. Every problem is reported with
// its stream and key; a stream with any problem is left out of `streams`, so it is never started.
class StreamConfigFile
{
public:
    // The optional top-level "store" object: {"retention_days": N, "max_size_mb": M} (0: no limit).
    struct StoreSettings
    {
        int retentionDays = 0;
        qint64 maxSizeMb = 0;
    };

    QVector<StreamConfig> streams;
    StoreSettings store;
    ConfigProblems problems;

    static StreamConfigFile parse(const QByteArray &json);
    static StreamConfigFile load(const QString &path);
    // The user's configuration file (under the user's config directory).
    static QString defaultPath();

    const StreamConfig *stream(const QString &name) const;

private:
    void readStoreSettings(const QJsonValue &value);
};

} // namespace alertdeck::config
