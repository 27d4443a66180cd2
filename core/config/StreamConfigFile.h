#pragma once

#include "ConfigProblem.h"
#include "StreamConfig.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

namespace alertdeck::config {

// Reads, validates and writes the stream configuration file of CONTRACTS.md. Every problem is reported
// with its stream and key; a stream with any problem is left out of `streams`, so it is never started.
// A file without a "version" is version 0 and is migrated on reading (see `notes`).
class StreamConfigFile
{
public:
    static constexpr int currentVersion = 1;

    // The optional top-level "store" object: {"retention_days": N, "max_size_mb": M} (0: no limit).
    struct StoreSettings
    {
        int retentionDays = 0;
        qint64 maxSizeMb = 0;
    };

    QVector<StreamConfig> streams;
    // Every stream entry as the file holds it, valid or not, for editors that must not lose any.
    QJsonArray entries;
    StoreSettings store;
    ConfigProblems problems;
    // The version the file was written in, and what reading it changed (migrations).
    int version = currentVersion;
    QStringList notes;

    static StreamConfigFile parse(const QByteArray &json);
    static StreamConfigFile load(const QString &path);
    // The file as JSON in the current version: reading it back gives the same streams and settings.
    QByteArray toJson() const;
    // Writes toJson() atomically: the old file stays whole until the new one is complete.
    bool save(const QString &path, QString *error) const;
    // The user's configuration file (under the user's config directory).
    static QString defaultPath();

    const StreamConfig *stream(const QString &name) const;

private:
    bool readVersion(const QJsonValue &value);
    void readStoreSettings(const QJsonValue &value);
};

} // namespace alertdeck::config
