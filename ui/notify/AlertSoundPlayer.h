#pragma once

#include "QuietHours.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QSoundEffect;

namespace alertdeck::ui {

// The `sound` action: plays the action's sound (a user file, or the bundled chime) through Qt
// Multimedia, or through the system's player (paplay, aplay) where Qt Multimedia finds no audio
// output. Quiet hours silence it, and never more than one sound plays per minimumInterval() seconds
// however many alerts (and sound actions) ask for one.
class AlertSoundPlayer : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Played, QuietHours, TooSoon, Failed };

    // The action's own keys: "file" (empty: the bundled chime), "quiet_hours" ("22:00-07:00").
    struct Settings
    {
        QString file;
        std::optional<QuietHours> quietHours;

        static std::optional<Settings> fromJson(const QJsonObject &settings, QString *error);
    };

    explicit AlertSoundPlayer(QObject *parent = nullptr);
    ~AlertSoundPlayer() override;

    void setMinimumInterval(int seconds) { m_minimumIntervalSeconds = seconds; }
    int minimumInterval() const { return m_minimumIntervalSeconds; }

    Outcome play(const QJsonObject &settings, const QDateTime &now = QDateTime::currentDateTime());
    // Whether a sound may play now; counts it as played when it may.
    Outcome admit(const Settings &settings, const QDateTime &now);
    // How sounds are played here and, for the system player, why.
    QString backendDescription() const { return m_backend; }

    static QString bundledSound();

signals:
    // A sound could not be played (missing file, no player): the reason, for the log.
    void failed(const QString &reason);

private:
    bool playWithQt(const QString &file);
    bool playWithSystemPlayer(const QString &file);
    QString localCopy(const QString &file);
    void chooseBackend();

    int m_minimumIntervalSeconds = 10;
    std::optional<QDateTime> m_lastSound;
    QHash<QString, QSoundEffect *> m_effects;
    QString m_systemPlayer;
    QString m_backend;
    bool m_useQt = true;
    std::unique_ptr<QTemporaryDir> m_extracted; // bundled sounds as files, for the system player
};

} // namespace alertdeck::ui
