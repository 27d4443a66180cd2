#pragma once

#include <QObject>
#include <QString>

namespace alertdeck::secrets {

// Where secrets (GCN client secrets, SCRAM passwords, TOM tokens) live: the OS keychain, or the
// environment for headless runs. Every operation is asynchronous, as keychain back ends answer over
// D-Bus; each answers with exactly one of the signals below, carrying the key it was asked about.
// Secrets never pass through QSettings, files or log lines.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    // Why isAvailable() is false, in words a user can act on; empty while available.
    virtual QString unavailableReason() const = 0;

    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QString &secret) = 0;
    virtual void remove(const QString &key) = 0;

    // The entry of a stream's secret option, and of a TOM's API token.
    static QString streamKey(const QString &streamName);
    static QString tomKey(const QString &tomUrl);

signals:
    // No entry: both secret and error are empty.
    void readFinished(const QString &key, const QString &secret, const QString &error);
    void writeFinished(const QString &key, const QString &error);
    void removeFinished(const QString &key, const QString &error);
};

} // namespace alertdeck::secrets
