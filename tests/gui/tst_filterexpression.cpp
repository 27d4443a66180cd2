// The filter bar's language: what each form becomes in the store query, and where errors point.
#include "ui/models/FilterExpression.h"

#include <QTest>

using namespace alertdeck;
using ui::FilterExpression;
using Op = store::AlertFilter::Op;

class TestFilterExpression : public QObject
{
    Q_OBJECT
private slots:
    void fieldsAndText();
    void quotedValues();
    void negation();
    void timesAndCone();
    void errors_data();
    void errors();
    void eventExpressionRoundTrips();
};

void TestFilterExpression::fieldsAndText()
{
    const auto result = FilterExpression::parse(QStringLiteral("source:IGWN far<1e-8 mag<=19 -test event:S250101a type:Retraction GRB flare"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const store::AlertFilter &f = result.filter;
    QCOMPARE(f.source, QStringLiteral("IGWN"));
    QCOMPARE(f.event, QStringLiteral("S250101a"));
    QCOMPARE(f.alertType, QStringLiteral("Retraction"));
    QVERIFY(f.excludeTest);
    QCOMPARE(f.text, QStringLiteral("GRB flare"));
    QCOMPARE(f.numbers.size(), 2);
    QCOMPARE(f.numbers.at(0).field, QStringLiteral("far"));
    QVERIFY(f.numbers.at(0).op == Op::Less);
    QCOMPARE(f.numbers.at(0).value, 1e-8);
    QCOMPARE(f.numbers.at(1).field, QStringLiteral("mag"));
    QVERIFY(f.numbers.at(1).op == Op::LessEqual);

    const auto more = FilterExpression::parse(QStringLiteral("err<0.5 score>=0.9 ra!=10 dec=5 stream:GCN topic:igwn.gwalert"));
    QVERIFY2(more.ok(), qPrintable(more.error));
    QCOMPARE(more.filter.numbers.at(0).field, QStringLiteral("error_radius"));
    QVERIFY(more.filter.numbers.at(2).op == Op::NotEqual);
    QVERIFY(more.filter.numbers.at(3).op == Op::Equal);
    QCOMPARE(more.filter.stream, QStringLiteral("GCN"));
    QCOMPARE(more.filter.topic, QStringLiteral("igwn.gwalert"));
    QVERIFY(FilterExpression::parse(QString()).filter.isEmpty());
    QVERIFY(FilterExpression::parse(QStringLiteral("   ")).filter.isEmpty());
}

void TestFilterExpression::quotedValues()
{
    const auto result = FilterExpression::parse(QStringLiteral("event:\"GRB 240101A\" source:\"GCN Circulars\" \"a \\\"quoted\\\" phrase\""));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.filter.event, QStringLiteral("GRB 240101A"));
    QCOMPARE(result.filter.source, QStringLiteral("GCN Circulars"));
    QCOMPARE(result.filter.text, QStringLiteral("a \"quoted\" phrase"));
}

void TestFilterExpression::negation()
{
    const auto result = FilterExpression::parse(QStringLiteral("-source:Swift-BAT -type:Update -event:S1 -drill -test"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.filter.exclude.sources, QStringList{QStringLiteral("Swift-BAT")});
    QCOMPARE(result.filter.exclude.alertTypes, QStringList{QStringLiteral("Update")});
    QCOMPARE(result.filter.exclude.events, QStringList{QStringLiteral("S1")});
    QCOMPARE(result.filter.exclude.texts, QStringList{QStringLiteral("drill")});
    QVERIFY(result.filter.excludeTest);
    QVERIFY(result.filter.source.isEmpty());
    // A lone '-' is a word, and a minus sign in a value is part of it.
    const auto plain = FilterExpression::parse(QStringLiteral("dec<-30 - x"));
    QVERIFY2(plain.ok(), qPrintable(plain.error));
    QCOMPARE(plain.filter.numbers.at(0).value, -30.0);
    QCOMPARE(plain.filter.text, QStringLiteral("- x"));
}

void TestFilterExpression::timesAndCone()
{
    const auto result = FilterExpression::parse(QStringLiteral("time>=2025-01-01 received<2025-01-02T12:00:00Z cone:150.5,-12,2"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(*result.filter.timeFromMs, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(*result.filter.receivedToMs, QDateTime(QDate(2025, 1, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch() - 1);
    QVERIFY(result.filter.cone);
    QCOMPARE(result.filter.cone->ra, 150.5);
    QCOMPARE(result.filter.cone->dec, -12.0);
    QCOMPARE(result.filter.cone->radius, 2.0);
}

void TestFilterExpression::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not a number") << "source:IGWN mag<bright" << 16 << "bright";
    QTest::newRow("unknown field") << "colour:red" << 0 << "colour";
    QTest::newRow("unclosed quote") << "event:\"GRB 24" << 6 << "quote";
    QTest::newRow("missing value") << "far< mag<3" << 4 << "far<";
    QTest::newRow("negated number") << "-mag<19" << 0 << "-";
    QTest::newRow("bad time") << "time>yesterday" << 5 << "yesterday";
    QTest::newRow("time equality") << "time:2025-01-01" << 0 << "time";
    QTest::newRow("bad cone") << "cone:1,2" << 5 << "RA,DEC,RADIUS";
    QTest::newRow("string with <") << "source<IGWN" << 0 << "source";
}

void TestFilterExpression::errors()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, mentions);
    const auto result = FilterExpression::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.position, position);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    QVERIFY(result.filter.isEmpty());
}

void TestFilterExpression::eventExpressionRoundTrips()
{
    for (const QString &event : {QStringLiteral("S250101a"), QStringLiteral("GRB 240101A"), QStringLiteral("odd \"name\\")}) {
        const auto result = FilterExpression::parse(FilterExpression::forEvent(event));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.filter.event, event);
    }
}

QTEST_MAIN(TestFilterExpression)
#include "tst_filterexpression.moc"
