#pragma once

#include "core/actions/ActionStatus.h"
#include "core/decode/ReceivedAlert.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSystemTrayIcon;

namespace alertdeck::ui {

// The `notify` action: a desktop notification per alert through the freedesktop Notifications
// service on the session bus (the tray's balloon where no such service runs). Bursts are grouped: the
// first alert of a quiet period shows at once; whatever follows within the group window is shown as
// one summary ("500 new alerts" / "497 ZTF, 3 IGWN") that replaces the previous notification, so a
// flood never becomes a flood of pop-ups. Clicking a notification (its "default" action) asks the
// window to select the alert.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // The tray icon used when no notification service runs; not owned.
    void setTrayIcon(QSystemTrayIcon *tray);
    // How long alerts after the first are gathered into one summary (milliseconds).
    void setGroupWindow(int milliseconds);
    // `settings`: the notify action's own keys, "urgency" (low/normal/critical; test alerts default to
    // low) and "timeout" (seconds the notification stays; the server decides by default).
    void notify(const decode::ReceivedAlert &alert, const QJsonObject &settings = {});
    // A heartbeat topic fell silent: critical and on its own, not part of a burst of alerts. A click
    // brings the window up (windowActivated()).
    void notifyHeartbeatSilent(const actions::HeartbeatStatus &heartbeat);

    static bool serviceAvailable();

signals:
    // The user clicked the notification of this alert (or of a summary: its latest alert).
    void alertActivated(const QString &stream, const QString &topic, int partition, qint64 offset);
    // The user clicked a notification that is about no single alert.
    void windowActivated();

private slots:
    // String-based slots: QDBusConnection::connect cannot take a function pointer.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct AlertLocation
    {
        QString stream;
        QString topic;
        int partition = -1;
        qint64 offset = -1;
    };

    struct Burst
    {
        int serial = 0;
        int count = 0;
        int unshown = 0;
        QMap<QString, int> bySource;
        AlertLocation latest;
        uint notificationId = 0;
        uchar urgency = 0;
        int expireMs = -1;
    };

    void flushBurst();
    // How one notification is shown; burstSerial ties it to the burst it stands for (-1: none).
    struct Presentation
    {
        uchar urgency = 1;
        uint replaces = 0;
        int expireMs = -1;
        int burstSerial = -1;
    };

    void show(const QString &summary, const QString &body, const AlertLocation &target);
    void show(const QString &summary, const QString &body, const AlertLocation &target, const Presentation &presentation);
    void showOnBus(const QString &summary, const QString &body, const AlertLocation &target, const Presentation &presentation);
    void activate(const AlertLocation &target);
    void showInTray(const QString &summary, const QString &body, const AlertLocation &target);
    QString singleBody(const decode::Alert &alert) const;
    QString summaryBody() const;
    bool serverTakesMarkup();

    QTimer m_window;
    Burst m_burst;
    QHash<uint, AlertLocation> m_targets;
    QPointer<QSystemTrayIcon> m_tray;
    AlertLocation m_trayTarget;
    int m_pendingCalls = 0;
    QVector<uint> m_earlyClicks;
    int m_markup = -1; // unknown until the service is first asked
    bool m_warnedUnavailable = false;
};

} // namespace alertdeck::ui
