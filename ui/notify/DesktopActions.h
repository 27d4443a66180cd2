#pragma once

#include "core/actions/ActionRequest.h"

#include <QObject>

namespace alertdeck::ui {

class AlertSoundPlayer;
class DesktopNotifier;

// Runs the actions the engine leaves to the desktop (notify, sound, tom) for each batch it requests.
class DesktopActions : public QObject
{
    Q_OBJECT
public:
    explicit DesktopActions(QObject *parent = nullptr);

    void run(const actions::ActionRequests &requests);

    DesktopNotifier *notifier() const { return m_notifier; }
    AlertSoundPlayer *soundPlayer() const { return m_sound; }

signals:
    // Something the user should see in the status bar or log (a sound that could not play, ...).
    void message(const QString &text);
    // A `tom` action fired: the TOM export takes the alert from here.
    void tomExportRequested(const alertdeck::actions::ActionRequest &request);

private:
    DesktopNotifier *m_notifier;
    AlertSoundPlayer *m_sound;
};

} // namespace alertdeck::ui
