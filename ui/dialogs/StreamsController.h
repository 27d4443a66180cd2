#pragma once

#include "core/config/StreamConfigFile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QWidget;

namespace alertdeck::engine {
class AlertEngine;
}
namespace alertdeck::secrets {
class SecretStore;
class StreamSecretMover;
class StreamSecretResolver;
}

namespace alertdeck::ui {

class StreamsDialog;

// Opens the Streams dialog and applies what it saves to the running engine without a restart:
// the secrets of the active streams are gathered (environment or keychain), then the engine stops,
// restarts or starts exactly the streams that changed. The keychain changes of a save (renamed and
// deleted streams' entries, typed secrets) are carried out here, outliving the dialog, and the file
// is applied once they are done, so a renamed stream finds its secret under its new name.
class StreamsController : public QObject
{
    Q_OBJECT
public:
    StreamsController(engine::AlertEngine *engine, secrets::SecretStore *keychain, QString configPath, QWidget *window);

    // Opens the dialog (or raises the one already open).
    StreamsDialog *openDialog();
    void apply(const config::StreamConfigFile &file);

signals:
    // One line for the status bar: what was applied, or what kept a stream from starting.
    void message(const QString &text);
    // The streams as saved and handed to the engine, for whoever restarts them later (the sidebar).
    void configurationApplied(const QVector<alertdeck::config::StreamConfig> &streams);

private:
    void onSaved(const config::StreamConfigFile &file);
    void onSecretsMoved(const QStringList &problems);
    void onResolved(const QString &stream, const QString &secret, const QString &error);
    void finishApply();

    engine::AlertEngine *m_engine;
    QPointer<secrets::SecretStore> m_keychain;
    QString m_configPath;
    QWidget *m_window;
    QPointer<StreamsDialog> m_dialog;
    secrets::StreamSecretMover *m_mover;
    secrets::StreamSecretResolver *m_resolver;
    std::optional<config::StreamConfigFile> m_waitingForKeychain; // saved while the mover was busy
    QStringList m_keychainProblems; // of the mover, for the next status line
    QVector<config::StreamConfig> m_pending; // streams waiting for their secret
    QHash<QString, QString> m_secrets;
    QStringList m_problems;
    int m_waiting = 0;
};

} // namespace alertdeck::ui
