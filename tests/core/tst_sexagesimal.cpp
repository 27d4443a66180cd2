// Sexagesimal coordinates for copying into telescope software, with ERFA's rounding and carrying.
#include "core/astro/Sexagesimal.h"

#include <QTest>

using namespace alertdeck;

class TestSexagesimal : public QObject
{
    Q_OBJECT
private slots:
    void rightAscension_data();
    void rightAscension();
    void declination_data();
    void declination();
};

void TestSexagesimal::rightAscension_data()
{
    QTest::addColumn<double>("degrees");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << QStringLiteral("00:00:00.00");
    QTest::newRow("Crab") << 83.63308 << QStringLiteral("05:34:31.94");
    QTest::newRow("one hour") << 15.0 << QStringLiteral("01:00:00.00");
    QTest::newRow("negative wraps") << -15.0 << QStringLiteral("23:00:00.00");
    QTest::newRow("above 360 wraps") << 375.0 << QStringLiteral("01:00:00.00");
    QTest::newRow("rounds up to a full day") << 359.9999999 << QStringLiteral("00:00:00.00");
    QTest::newRow("carries seconds into minutes") << 15.0 * (59.0 / 60 + 59.996 / 3600) << QStringLiteral("01:00:00.00");
}

void TestSexagesimal::rightAscension()
{
    QFETCH(double, degrees);
    QFETCH(QString, expected);
    QCOMPARE(astro::raToSexagesimal(degrees), expected);
}

void TestSexagesimal::declination_data()
{
    QTest::addColumn<double>("degrees");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << QStringLiteral("+00:00:00.0");
    QTest::newRow("Crab") << 22.0145 << QStringLiteral("+22:00:52.2");
    QTest::newRow("small negative keeps its sign") << -0.5 << QStringLiteral("-00:30:00.0");
    QTest::newRow("south pole") << -90.0 << QStringLiteral("-90:00:00.0");
    QTest::newRow("carries") << 10.0 + 59.0 / 60 + 59.96 / 3600 << QStringLiteral("+11:00:00.0");
}

void TestSexagesimal::declination()
{
    QFETCH(double, degrees);
    QFETCH(QString, expected);
    QCOMPARE(astro::decToSexagesimal(degrees), expected);
}

QTEST_GUILESS_MAIN(TestSexagesimal)
#include "tst_sexagesimal.moc"
