#include "DesktopActions.h"

#include "AlertSoundPlayer.h"
#include "DesktopNotifier.h"

namespace alertdeck::ui {

DesktopActions::DesktopActions(QObject *parent)
    : QObject(parent)
    , m_notifier(new DesktopNotifier(this))
    , m_sound(new AlertSoundPlayer(this))
{
    connect(m_sound, &AlertSoundPlayer::failed, this, &DesktopActions::message);
}

void DesktopActions::run(const actions::ActionRequests &requests)
{
    for (const actions::ActionRequest &request : requests) {
        const QString &name = request.action.name;
        if (name == QLatin1String("notify"))
            m_notifier->notify(request.alert, request.action.settings);
        else if (name == QLatin1String("sound"))
            m_sound->play(request.action.settings);
        else if (name == QLatin1String("tom"))
            emit tomExportRequested(request);
    }
}

} // namespace alertdeck::ui
