// The sound action's rules: quiet hours (also over midnight) and at most one sound per interval.
#include "ui/notify/AlertSoundPlayer.h"

#include <QSignalSpy>
#include <QTest>

using namespace alertdeck;
using Outcome = ui::AlertSoundPlayer::Outcome;

class TestAlertSoundPlayer : public QObject
{
    Q_OBJECT
private slots:
    void quietHoursParse_data();
    void quietHoursParse();
    void quietHoursContain_data();
    void quietHoursContain();
    void quietHoursSilence();
    void oneSoundPerInterval();
    void badSettingsAreReported();
    void bundledSoundIsAWave();

private:
    static QDateTime at(const char *time) { return QDateTime(QDate(2026, 11, 25), QTime::fromString(QLatin1String(time), QStringLiteral("HH:mm:ss"))); }
};

void TestAlertSoundPlayer::quietHoursParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("overnight") << QStringLiteral("22:00-07:00") << true;
    QTest::newRow("daytime, spaces") << QStringLiteral(" 9:30 - 12:15 ") << true;
    QTest::newRow("same start and end") << QStringLiteral("07:00-07:00") << false;
    QTest::newRow("hour 24") << QStringLiteral("24:00-07:00") << false;
    QTest::newRow("minute 60") << QStringLiteral("22:60-07:00") << false;
    QTest::newRow("one time") << QStringLiteral("22:00") << false;
    QTest::newRow("words") << QStringLiteral("night") << false;
}

void TestAlertSoundPlayer::quietHoursParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(ui::QuietHours::parse(text, &error).has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QVERIFY2(error.contains(text), qPrintable(error));
}

void TestAlertSoundPlayer::quietHoursContain_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("time");
    QTest::addColumn<bool>("quiet");
    QTest::newRow("overnight: evening") << QStringLiteral("22:00-07:00") << QStringLiteral("23:59") << true;
    QTest::newRow("overnight: start") << QStringLiteral("22:00-07:00") << QStringLiteral("22:00") << true;
    QTest::newRow("overnight: just before") << QStringLiteral("22:00-07:00") << QStringLiteral("21:59") << false;
    QTest::newRow("overnight: midnight") << QStringLiteral("22:00-07:00") << QStringLiteral("00:00") << true;
    QTest::newRow("overnight: early") << QStringLiteral("22:00-07:00") << QStringLiteral("06:59") << true;
    QTest::newRow("overnight: end") << QStringLiteral("22:00-07:00") << QStringLiteral("07:00") << false;
    QTest::newRow("overnight: noon") << QStringLiteral("22:00-07:00") << QStringLiteral("12:00") << false;
    QTest::newRow("daytime: inside") << QStringLiteral("12:00-13:30") << QStringLiteral("13:00") << true;
    QTest::newRow("daytime: end") << QStringLiteral("12:00-13:30") << QStringLiteral("13:30") << false;
    QTest::newRow("daytime: night") << QStringLiteral("12:00-13:30") << QStringLiteral("01:00") << false;
}

void TestAlertSoundPlayer::quietHoursContain()
{
    QFETCH(QString, hours);
    QFETCH(QString, time);
    QFETCH(bool, quiet);
    const auto parsed = ui::QuietHours::parse(hours, nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->contains(QTime::fromString(time, QStringLiteral("HH:mm"))), quiet);
}

void TestAlertSoundPlayer::quietHoursSilence()
{
    ui::AlertSoundPlayer player;
    ui::AlertSoundPlayer::Settings settings;
    settings.quietHours = ui::QuietHours::parse(QStringLiteral("22:00-07:00"), nullptr);
    QCOMPARE(player.admit(settings, at("23:30:00")), Outcome::QuietHours);
    QCOMPARE(player.admit(settings, at("06:59:59")), Outcome::QuietHours);
    // Silenced sounds do not count: the first one after quiet hours plays.
    QCOMPARE(player.admit(settings, at("07:00:00")), Outcome::Played);
    QCOMPARE(player.play(QJsonObject{{QStringLiteral("quiet_hours"), QStringLiteral("22:00-07:00")}}, at("22:10:00")), Outcome::QuietHours);
}

void TestAlertSoundPlayer::oneSoundPerInterval()
{
    ui::AlertSoundPlayer player;
    player.setMinimumInterval(10);
    const ui::AlertSoundPlayer::Settings settings;
    QCOMPARE(player.admit(settings, at("12:00:00")), Outcome::Played);
    QCOMPARE(player.admit(settings, at("12:00:01")), Outcome::TooSoon);
    QCOMPARE(player.admit(settings, at("12:00:09")), Outcome::TooSoon);
    QCOMPARE(player.admit(settings, at("12:00:10")), Outcome::Played);
    // 500 alerts in the next 10 seconds give no sound at all; the interval runs from the last sound.
    int played = 0;
    for (int i = 0; i < 500; ++i)
        played += player.admit(settings, at("12:00:10").addMSecs(i * 19)) == Outcome::Played;
    QCOMPARE(played, 0);
    QCOMPARE(player.admit(settings, at("12:00:20")), Outcome::Played);
    // A clock set back does not silence sounds for good.
    QCOMPARE(player.admit(settings, at("11:00:00")), Outcome::Played);
}

void TestAlertSoundPlayer::badSettingsAreReported()
{
    ui::AlertSoundPlayer player;
    QSignalSpy failed(&player, &ui::AlertSoundPlayer::failed);
    QCOMPARE(player.play(QJsonObject{{QStringLiteral("quiet_hours"), QStringLiteral("late")}}, at("12:00:00")), Outcome::Failed);
    QCOMPARE(player.play(QJsonObject{{QStringLiteral("file"), QStringLiteral("/nonexistent/alert.wav")}}, at("12:00:00")), Outcome::Failed);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("late")));
    QVERIFY(failed.at(1).at(0).toString().contains(QStringLiteral("/nonexistent/alert.wav")));
}

void TestAlertSoundPlayer::bundledSoundIsAWave()
{
    QFile file(ui::AlertSoundPlayer::bundledSound());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(44);
    QVERIFY(header.startsWith("RIFF"));
    QCOMPARE(header.mid(8, 8), QByteArray("WAVEfmt "));
    QVERIFY(file.size() > 10000);
}

QTEST_MAIN(TestAlertSoundPlayer)
#include "tst_alertsoundplayer.moc"
