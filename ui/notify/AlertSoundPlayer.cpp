#include "AlertSoundPlayer.h"

#include <QAudioDevice>
#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>
#include <QProcess>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace alertdeck::ui {
namespace {

constexpr int systemPlayerTimeoutMs = 30000;

bool isResource(const QString &file)
{
    return file.startsWith(QLatin1String(":/"));
}

} // namespace

std::optional<AlertSoundPlayer::Settings> AlertSoundPlayer::Settings::fromJson(const QJsonObject &settings, QString *error)
{
    Settings result;
    result.file = settings.value(QStringLiteral("file")).toString();
    const QString quiet = settings.value(QStringLiteral("quiet_hours")).toString().trimmed();
    if (!quiet.isEmpty()) {
        result.quietHours = QuietHours::parse(quiet, error);
        if (!result.quietHours)
            return std::nullopt;
    }
    return result;
}

AlertSoundPlayer::AlertSoundPlayer(QObject *parent)
    : QObject(parent)
{
}

AlertSoundPlayer::~AlertSoundPlayer() = default;

QString AlertSoundPlayer::bundledSound()
{
    return QStringLiteral(":/sounds/chime.wav");
}

AlertSoundPlayer::Outcome AlertSoundPlayer::admit(const Settings &settings, const QDateTime &now)
{
    if (settings.quietHours && settings.quietHours->contains(now.time()))
        return Outcome::QuietHours;
    if (m_lastSound && m_lastSound->msecsTo(now) < qint64(m_minimumIntervalSeconds) * 1000 && *m_lastSound <= now)
        return Outcome::TooSoon;
    m_lastSound = now;
    return Outcome::Played;
}

AlertSoundPlayer::Outcome AlertSoundPlayer::play(const QJsonObject &json, const QDateTime &now)
{
    QString error;
    const std::optional<Settings> settings = Settings::fromJson(json, &error);
    if (!settings) {
        emit failed(tr("Sound not played: %1").arg(error));
        return Outcome::Failed;
    }
    const Outcome outcome = admit(*settings, now);
    if (outcome != Outcome::Played)
        return outcome;
    const QString file = settings->file.isEmpty() ? bundledSound() : settings->file;
    if (!QFileInfo::exists(file)) {
        emit failed(tr("Sound not played: the file %1 does not exist").arg(file));
        return Outcome::Failed;
    }
    chooseBackend();
    const bool started = m_useQt ? playWithQt(file) : playWithSystemPlayer(file);
    return started ? Outcome::Played : Outcome::Failed;
}

void AlertSoundPlayer::chooseBackend()
{
    if (!m_backend.isEmpty())
        return;
    for (const QString &player : {QStringLiteral("paplay"), QStringLiteral("aplay")}) {
        m_systemPlayer = QStandardPaths::findExecutable(player);
        if (!m_systemPlayer.isEmpty())
            break;
    }
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        m_backend = tr("Qt Multimedia (%1)").arg(QMediaDevices::defaultAudioOutput().description());
        return;
    }
    // Qt Multimedia 6.4 plays through PulseAudio only; a bare ALSA system has no output for it.
    m_useQt = false;
    m_backend = m_systemPlayer.isEmpty()
        ? tr("none: Qt Multimedia finds no audio output and neither paplay nor aplay is installed")
        : tr("%1: Qt Multimedia finds no audio output (no PulseAudio server)").arg(m_systemPlayer);
    qInfo("%s", qPrintable(tr("Alert sounds: %1").arg(m_backend)));
}

bool AlertSoundPlayer::playWithQt(const QString &file)
{
    QSoundEffect *&effect = m_effects[file];
    if (!effect) {
        effect = new QSoundEffect(this);
        connect(effect, &QSoundEffect::statusChanged, this, [this, effect, file] {
            if (effect->status() != QSoundEffect::Error)
                return;
            // Qt could not load or play it (e.g. not a PCM WAV): the system player may.
            emit failed(tr("Qt Multimedia cannot play %1; trying the system player").arg(file));
            playWithSystemPlayer(file);
        });
        effect->setSource(isResource(file) ? QUrl(QLatin1String("qrc") + file) : QUrl::fromLocalFile(file));
    }
    effect->play();
    return true;
}

bool AlertSoundPlayer::playWithSystemPlayer(const QString &file)
{
    if (m_systemPlayer.isEmpty()) {
        emit failed(tr("Sound not played: %1").arg(m_backend));
        return false;
    }
    const QString path = localCopy(file);
    if (path.isEmpty())
        return false;
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError) {
        emit failed(tr("Sound not played: %1").arg(process->errorString()));
        process->deleteLater();
    });
    process->start(m_systemPlayer, {path});
    // A player stuck on a busy device must not pile up: it is stopped after a while.
    QTimer::singleShot(systemPlayerTimeoutMs, process, &QProcess::kill);
    return true;
}

QString AlertSoundPlayer::localCopy(const QString &file)
{
    if (!isResource(file))
        return file;
    if (!m_extracted)
        m_extracted = std::make_unique<QTemporaryDir>();
    const QString path = m_extracted->filePath(QFileInfo(file).fileName());
    if (!QFileInfo::exists(path) && !QFile::copy(file, path)) {
        emit failed(tr("Sound not played: cannot write %1").arg(path));
        return {};
    }
    return path;
}

} // namespace alertdeck::ui
