#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace alertdeck::config {

// What an importer made of a foreign configuration: stream entries for the configuration file,
// what it imported and, one line each, what it could not.
struct ImportResult
{
    QJsonArray streams;
    // Secrets the input held as literals, by stream name. Never written anywhere by the importer;
    // the GUI offers to put them in the keychain.
    QHash<QString, QString> literalSecrets;
    QStringList imported;
    QStringList notImported;
    // Set when the input could not be read at all (nothing else is then meaningful).
    QString fatal;

    bool ok() const { return fatal.isEmpty(); }
    // The imported streams as a stream configuration file (current version).
    QByteArray toConfigJson() const;
    // Validates the imported streams and adds every problem, by stream and key, to notImported.
    void reportProblems();
    // `base`, or `base 2`, `base 3`... whichever no imported stream has yet.
    QString uniqueName(const QString &base) const;
};

} // namespace alertdeck::config
