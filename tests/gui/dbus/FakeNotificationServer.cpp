// A stand-in for a desktop's notification server (org.freedesktop.Notifications on the session bus)
// for tests run inside dbus-run-session. Every Notify call is appended to the file named by the first
// argument as one JSON line; a test makes it emit ActionInvoked, as a click would, through
// org.alertdeck.TestNotifications.InvokeAction on /control.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit NotificationService(const QString &recordPath)
        : m_record(recordPath)
    {
        if (!m_record.open(QIODevice::WriteOnly | QIODevice::Append))
            qFatal("cannot open %s", qPrintable(recordPath));
    }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        QJsonObject hintValues;
        QJsonObject hintTypes;
        for (auto it = hints.cbegin(); it != hints.cend(); ++it) {
            // A byte (urgency) as its number, not as a character.
            const bool isByte = it.value().typeId() == QMetaType::UChar;
            hintValues.insert(it.key(), isByte ? QString::number(it.value().toInt()) : it.value().toString());
            hintTypes.insert(it.key(), QString::fromLatin1(it.value().typeName()));
        }
        const QJsonObject call{{QStringLiteral("id"), qint64(id)},
                               {QStringLiteral("app_name"), appName},
                               {QStringLiteral("replaces_id"), qint64(replacesId)},
                               {QStringLiteral("app_icon"), appIcon},
                               {QStringLiteral("summary"), summary},
                               {QStringLiteral("body"), body},
                               {QStringLiteral("actions"), QJsonArray::fromStringList(actions)},
                               {QStringLiteral("hints"), hintValues},
                               {QStringLiteral("hint_types"), hintTypes},
                               {QStringLiteral("expire_timeout"), expireTimeout}};
        m_record.write(QJsonDocument(call).toJson(QJsonDocument::Compact) + '\n');
        m_record.flush();
        return id;
    }

    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("AlertDeck tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notification-server");
    }

    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QFile m_record;
    uint m_lastId = 0;
};

class TestControl : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.alertdeck.TestNotifications")
public:
    explicit TestControl(NotificationService *service)
        : m_service(service)
    {
    }

public slots:
    void InvokeAction(uint id, const QString &actionKey) { emit m_service->ActionInvoked(id, actionKey); }

private:
    NotificationService *m_service;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fake-notification-server RECORD_FILE\n");
        return 2;
    }
    NotificationService service(QString::fromLocal8Bit(argv[1]));
    TestControl control(&service);
    QDBusConnection bus = QDBusConnection::sessionBus();
    const auto exported = QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals;
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service, exported)
        || !bus.registerObject(QStringLiteral("/control"), &control, exported)
        || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "fake-notification-server: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    return QCoreApplication::exec();
}

#include "FakeNotificationServer.moc"
