#include "DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDateTime>
#include <QSystemTrayIcon>

#include <algorithm>

namespace alertdeck::ui {
namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interfaceName = QStringLiteral("org.freedesktop.Notifications");
const QString defaultAction = QStringLiteral("default");
constexpr int defaultGroupWindowMs = 5000;
constexpr int sourcesInSummary = 4;
constexpr uchar urgencyLow = 0;
constexpr uchar urgencyNormal = 1;
constexpr uchar urgencyCritical = 2;

uchar urgencyOf(const decode::Alert &alert, const QJsonObject &settings)
{
    const QString urgency = settings.value(QStringLiteral("urgency")).toString();
    if (urgency == QLatin1String("critical"))
        return urgencyCritical;
    if (urgency == QLatin1String("normal"))
        return urgencyNormal;
    return urgency == QLatin1String("low") || alert.test ? urgencyLow : urgencyNormal;
}

QString degrees(double value)
{
    return QString::number(value, 'f', 4);
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    m_window.setSingleShot(true);
    m_window.setInterval(defaultGroupWindowMs);
    connect(&m_window, &QTimer::timeout, this, &DesktopNotifier::flushBurst);
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(QString(), path, interfaceName, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint,QString)));
    bus.connect(QString(), path, interfaceName, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint,uint)));
}

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { activate(m_trayTarget); });
    }
}

void DesktopNotifier::setGroupWindow(int milliseconds)
{
    m_window.setInterval(milliseconds);
}

bool DesktopNotifier::serviceAvailable()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (!bus)
        return false;
    if (bus->isServiceRegistered(service))
        return true;
    // A server that D-Bus starts on demand counts as running.
    const QDBusReply<QStringList> activatable = bus->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(service);
}

void DesktopNotifier::notify(const decode::ReceivedAlert &received, const QJsonObject &settings)
{
    const AlertLocation location{received.stream, received.topic, received.partition, received.offset};
    const bool startsBurst = !m_window.isActive();
    if (startsBurst)
        m_burst = Burst{m_burst.serial + 1, 0, 0, {}, {}, 0, 0, -1};
    ++m_burst.count;
    ++m_burst.bySource[received.alert.source];
    m_burst.latest = location;
    // A summary is as urgent as the most urgent alert in it.
    m_burst.urgency = std::max(m_burst.urgency, urgencyOf(received.alert, settings));
    const QJsonValue timeout = settings.value(QStringLiteral("timeout"));
    m_burst.expireMs = timeout.isDouble() ? int(timeout.toDouble() * 1000) : -1;
    if (startsBurst) {
        const QString title = received.alert.title.isEmpty() ? received.alert.id : received.alert.title;
        show(title, singleBody(received.alert), location);
        m_window.start();
    } else {
        ++m_burst.unshown;
    }
}

void DesktopNotifier::notifyHeartbeatSilent(const actions::HeartbeatStatus &heartbeat)
{
    const QString body = heartbeat.lastHeartbeatMs > 0
        ? tr("Stream \"%1\": nothing on %2 since %3 (alarm after %4 s).")
              .arg(heartbeat.stream, heartbeat.topic,
                   QDateTime::fromMSecsSinceEpoch(heartbeat.lastHeartbeatMs).toString(QStringLiteral("HH:mm:ss")))
              .arg(heartbeat.alarmAfterMs / 1000)
        : tr("Stream \"%1\": nothing on %2 yet (alarm after %3 s).").arg(heartbeat.stream, heartbeat.topic).arg(heartbeat.alarmAfterMs / 1000);
    show(tr("No heartbeat from %1").arg(heartbeat.topic), body, {}, Presentation{urgencyCritical, 0, -1, -1});
}

void DesktopNotifier::flushBurst()
{
    // A window without new alerts ends the burst; the next alert pops up on its own again.
    if (m_burst.unshown == 0)
        return;
    m_burst.unshown = 0;
    // A summary always counts two alerts or more.
    show(tr("%1 new alerts").arg(m_burst.count), summaryBody(), m_burst.latest);
    m_window.start();
}

QString DesktopNotifier::singleBody(const decode::Alert &alert) const
{
    QStringList lines;
    if (!alert.source.isEmpty())
        lines << tr("Source: %1").arg(alert.source);
    if (!alert.event.isEmpty())
        lines << tr("Event: %1").arg(alert.event);
    if (!alert.alertType.isEmpty())
        lines << (alert.test ? tr("Type: %1 (test)") : tr("Type: %1")).arg(alert.alertType);
    if (alert.ra && alert.dec) {
        lines << (alert.errorRadius ? tr("Position: RA %1°, Dec %2° (±%3°)").arg(degrees(*alert.ra), degrees(*alert.dec), degrees(*alert.errorRadius))
                                    : tr("Position: RA %1°, Dec %2°").arg(degrees(*alert.ra), degrees(*alert.dec)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString DesktopNotifier::summaryBody() const
{
    QVector<QPair<QString, int>> sources;
    for (auto it = m_burst.bySource.cbegin(); it != m_burst.bySource.cend(); ++it)
        sources.append({it.key().isEmpty() ? tr("unknown source") : it.key(), it.value()});
    std::stable_sort(sources.begin(), sources.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (int i = 0; i < sources.size() && i < sourcesInSummary; ++i)
        parts << tr("%1 %2").arg(sources.at(i).second).arg(sources.at(i).first);
    if (sources.size() > sourcesInSummary)
        parts << tr("+%1 more").arg(sources.size() - sourcesInSummary);
    return parts.join(tr(", "));
}

// The current burst's notification: it replaces the burst's earlier one.
void DesktopNotifier::show(const QString &summary, const QString &body, const AlertLocation &target)
{
    show(summary, body, target, Presentation{m_burst.urgency, m_burst.notificationId, m_burst.expireMs, m_burst.serial});
}

void DesktopNotifier::show(const QString &summary, const QString &body, const AlertLocation &target,
                           const Presentation &presentation)
{
    if (serviceAvailable())
        showOnBus(summary, body, target, presentation);
    else
        showInTray(summary, body, target);
}

void DesktopNotifier::showOnBus(const QString &summary, const QString &body, const AlertLocation &target,
                                const Presentation &presentation)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interfaceName, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("alertdeck")},
                            {QStringLiteral("category"), QStringLiteral("x-alertdeck.alert")},
                            {QStringLiteral("urgency"), QVariant::fromValue(presentation.urgency)}};
    // Servers with "body-markup" read the body as markup: alert text must not become tags.
    const QString shownBody = serverTakesMarkup() ? body.toHtmlEscaped() : body;
    call.setArguments({QStringLiteral("AlertDeck"), presentation.replaces, QStringLiteral("dialog-information"), summary,
                       shownBody, QStringList{defaultAction, tr("Show")}, hints, presentation.expireMs});
    const int serial = presentation.burstSerial;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    ++m_pendingCalls;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, target, serial] {
        watcher->deleteLater();
        --m_pendingCalls;
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qWarning("%s", qPrintable(tr("Desktop notification failed: %1").arg(reply.error().message())));
            return;
        }
        m_targets.insert(reply.value(), target);
        if (serial >= 0 && serial == m_burst.serial)
            m_burst.notificationId = reply.value();
        if (m_earlyClicks.removeAll(reply.value()) > 0)
            onActionInvoked(reply.value(), defaultAction);
        if (m_pendingCalls == 0)
            m_earlyClicks.clear();
    });
}

void DesktopNotifier::showInTray(const QString &summary, const QString &body, const AlertLocation &target)
{
    if (!m_tray || !QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_warnedUnavailable)
            qWarning("%s", qPrintable(tr("No notification service and no system tray: desktop notifications are not shown.")));
        m_warnedUnavailable = true;
        return;
    }
    m_trayTarget = target;
    m_tray->showMessage(summary, body, QSystemTrayIcon::Information);
}

bool DesktopNotifier::serverTakesMarkup()
{
    if (m_markup < 0) {
        const QDBusMessage call = QDBusMessage::createMethodCall(service, path, interfaceName, QStringLiteral("GetCapabilities"));
        const QDBusReply<QStringList> reply = QDBusConnection::sessionBus().call(call);
        m_markup = reply.isValid() && reply.value().contains(QStringLiteral("body-markup")) ? 1 : 0;
    }
    return m_markup == 1;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (actionKey != defaultAction)
        return;
    const auto target = m_targets.constFind(id);
    if (target == m_targets.constEnd()) {
        // The click's signal can overtake the reply that tells us the notification's id.
        if (m_pendingCalls > 0)
            m_earlyClicks.append(id);
        return;
    }
    activate(*target);
}

void DesktopNotifier::activate(const AlertLocation &target)
{
    if (target.stream.isEmpty())
        emit windowActivated();
    else
        emit alertActivated(target.stream, target.topic, target.partition, target.offset);
}

void DesktopNotifier::onNotificationClosed(uint id, uint)
{
    m_targets.remove(id);
    if (id == m_burst.notificationId)
        m_burst.notificationId = 0;
}

} // namespace alertdeck::ui
