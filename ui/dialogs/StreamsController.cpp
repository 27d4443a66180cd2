#include "StreamsController.h"

#include "HandlersDialog.h"
#include "StreamsDialog.h"
#include "core/engine/AlertEngine.h"
#include "core/secrets/StreamSecretMover.h"
#include "core/secrets/StreamSecretResolver.h"

namespace alertdeck::ui {

StreamsController::StreamsController(engine::AlertEngine *engine, secrets::SecretStore *keychain, QString configPath, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_keychain(keychain)
    , m_configPath(std::move(configPath))
    , m_window(window)
    , m_mover(new secrets::StreamSecretMover(keychain, this))
    , m_resolver(new secrets::StreamSecretResolver(keychain, this))
{
    connect(m_mover, &secrets::StreamSecretMover::finished, this, &StreamsController::onSecretsMoved);
    connect(m_resolver, &secrets::StreamSecretResolver::resolved, this, &StreamsController::onResolved);
}

StreamsDialog *StreamsController::openDialog()
{
    if (!m_dialog) {
        m_dialog = new StreamsDialog(m_configPath, m_keychain, m_mover, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &StreamsDialog::saved, this, &StreamsController::onSaved);
        m_dialog->setHandlersEditor(&HandlersDialog::editJson);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void StreamsController::onSaved(const config::StreamConfigFile &file)
{
    if (m_mover->isIdle())
        apply(file);
    else
        m_waitingForKeychain = file; // a later save replaces an earlier one still waiting
}

void StreamsController::onSecretsMoved(const QStringList &problems)
{
    m_keychainProblems << problems;
    if (!m_mover->isIdle())
        return;
    if (m_waitingForKeychain)
        apply(*std::exchange(m_waitingForKeychain, std::nullopt));
    else if (!m_keychainProblems.isEmpty())
        emit message(std::exchange(m_keychainProblems, {}).join(QStringLiteral("; ")));
}

void StreamsController::apply(const config::StreamConfigFile &file)
{
    m_pending = file.streams;
    m_secrets.clear();
    m_problems.clear();
    m_waiting = 0;
    for (const config::StreamConfig &stream : std::as_const(m_pending)) {
        if (stream.active) {
            ++m_waiting;
            m_resolver->resolve(stream);
        }
    }
    if (m_waiting == 0)
        finishApply();
}

void StreamsController::onResolved(const QString &stream, const QString &secret, const QString &error)
{
    if (m_waiting == 0)
        return;
    if (error.isEmpty())
        m_secrets.insert(stream, secret);
    else
        m_problems << error;
    if (--m_waiting == 0)
        finishApply();
}

void StreamsController::finishApply()
{
    // A stream whose secret is missing stays stopped rather than failing its login over and over.
    QVector<config::StreamConfig> startable;
    for (const config::StreamConfig &stream : std::as_const(m_pending)) {
        if (!stream.active || m_secrets.contains(stream.name))
            startable << stream;
    }
    m_engine->reconfigure(startable, m_secrets);
    m_secrets.clear();
    emit configurationApplied(m_pending);
    const QStringList problems = std::exchange(m_keychainProblems, {}) + m_problems;
    emit message(problems.isEmpty() ? tr("Stream configuration applied.") : problems.join(QStringLiteral("; ")));
}

} // namespace alertdeck::ui
