#include "core/route/Condition.h"

#include <QElapsedTimer>
#include <QtTest>

using alertdeck::decode::Alert;
using alertdeck::route::Condition;
using alertdeck::route::ConditionError;

namespace {

Alert gwAlert()
{
    Alert alert;
    alert.id = QStringLiteral("S250101a-1-Initial");
    alert.format = QStringLiteral("hop.json");
    alert.source = QStringLiteral("IGWN");
    alert.event = QStringLiteral("S250101a");
    alert.alertType = QStringLiteral("Initial");
    alert.time = QStringLiteral("2025-01-01T12:00:00Z");
    alert.ra = 120.5;
    alert.dec = -35.25;
    alert.far = 1e-9;
    alert.score = 0.9;
    alert.title = QStringLiteral("IGWN Initial S250101a");
    return alert; // mag and error_radius stay null
}

bool matches(const QString &text, const Alert &alert)
{
    ConditionError error;
    const auto condition = Condition::parse(text, &error);
    if (!condition)
        qWarning("%s: %s", qPrintable(text), qPrintable(error.message));
    return condition && condition->matches(alert);
}

} // namespace

class TestCondition : public QObject
{
    Q_OBJECT
private slots:
    void operators_data();
    void operators();
    void nullFieldsMakeComparisonsFalse();
    void precedence_data();
    void precedence();
    void keepsItsText();
    void errors_data();
    void errors();
    void regexIsCompiledOnceAndShared();
    void evaluationCost();
};

void TestCondition::operators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("less") << "far < 3.17e-8" << true;
    QTest::newRow("less false") << "far < 1e-10" << false;
    QTest::newRow("less-equal boundary") << "score <= 0.9" << true;
    QTest::newRow("greater") << "ra > 120" << true;
    QTest::newRow("greater-equal boundary") << "ra >= 120.5" << true;
    QTest::newRow("greater-equal false") << "ra >= 120.6" << false;
    QTest::newRow("negative number") << "dec > -40" << true;
    QTest::newRow("negative number false") << "dec < -40" << false;
    QTest::newRow("equal string") << "source == \"IGWN\"" << true;
    QTest::newRow("equal string single quotes") << "source == 'IGWN'" << true;
    QTest::newRow("equal is case sensitive") << "source == \"igwn\"" << false;
    QTest::newRow("not equal") << "source != \"ZTF\"" << true;
    QTest::newRow("equal number") << "ra == 120.5" << true;
    QTest::newRow("string ordering (ISO time)") << "time > \"2024-12-31\"" << true;
    QTest::newRow("regex") << "event ~ \"^S25\"" << true;
    QTest::newRow("regex escapes") << "event ~ \"^S\\d{6}[a-z]$\"" << true;
    QTest::newRow("regex no match") << "event ~ \"^GRB\"" << false;
    QTest::newRow("in strings") << "type in [\"Initial\", \"Update\"]" << true;
    QTest::newRow("in strings false") << "type in [\"Retraction\"]" << false;
    QTest::newRow("in numbers") << "ra in [1, 120.5]" << true;
    QTest::newRow("in empty list") << "type in []" << false;
    QTest::newRow("alert_type full name") << "alert_type == \"Initial\"" << true;
    QTest::newRow("bool field alone") << "test" << false;
    QTest::newRow("not bool field") << "not test" << true;
    QTest::newRow("bool compare") << "test == false" << true;
    QTest::newRow("bool compare not equal") << "test != false" << false;
    QTest::newRow("true constant") << "true" << true;
    QTest::newRow("false constant") << "false" << false;
    QTest::newRow("value first") << "1e-8 > far" << true;
    QTest::newRow("value first false") << "0 > ra" << false;
    QTest::newRow("contract example") << "far < 3.17e-8 and source == \"IGWN\" and not test" << true;
    QTest::newRow("no spaces") << "ra>120and(dec<0)" << false; // "120and" is not a number: see errors
}

void TestCondition::operators()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    if (QByteArray(QTest::currentDataTag()) == "no spaces") {
        ConditionError error;
        QVERIFY(!Condition::parse(text, &error));
        QCOMPARE(error.column, 3);
        QVERIFY(Condition::parse(QStringLiteral("ra>120 and(dec<0)"), &error)->matches(gwAlert()));
        return;
    }
    QCOMPARE(matches(text, gwAlert()), expected);
}

void TestCondition::nullFieldsMakeComparisonsFalse()
{
    const Alert alert = gwAlert();
    QVERIFY(!alert.mag);
    for (const char *text : {"mag < 20", "mag > 20", "mag == 20", "mag != 20", "mag <= 20", "mag >= 20", "mag in [20]"})
        QVERIFY2(!matches(QLatin1String(text), alert), text);
    QVERIFY(matches(QStringLiteral("not mag < 20"), alert));
    Alert noEvent = alert;
    noEvent.event = QString();
    for (const char *text : {"event == \"\"", "event != \"x\"", "event ~ \".*\"", "event in [\"\"]"})
        QVERIFY2(!matches(QLatin1String(text), noEvent), text);
    noEvent.event = QLatin1String("");
    QVERIFY(matches(QStringLiteral("event == \"\""), noEvent)); // empty is not null
}

void TestCondition::precedence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    // and binds tighter than or
    QTest::newRow("or-and") << "true or false and false" << true;
    QTest::newRow("and-or") << "false and false or true" << true;
    QTest::newRow("parens") << "(true or false) and false" << false;
    // not binds tighter than and
    QTest::newRow("not-and") << "not false and false" << false;
    QTest::newRow("not parens") << "not (false and false)" << true;
    QTest::newRow("double not") << "not not true" << true;
    QTest::newRow("nested") << "((ra > 100) and ((dec < 0) or test))" << true;
    QTest::newRow("chain") << "false or false or false or true" << true;
}

void TestCondition::precedence()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(matches(text, gwAlert()), expected);
}

void TestCondition::keepsItsText()
{
    ConditionError error;
    const auto condition = Condition::parse(QStringLiteral("mag < 19.5"), &error);
    QVERIFY(condition);
    QCOMPARE(condition->text(), QStringLiteral("mag < 19.5"));
    QCOMPARE(error.column, -1);
}

void TestCondition::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("typo") << "fra < 1" << 0 << "unknown field 'fra' at column 0; did you mean 'far'?";
    QTest::newRow("typo later") << "far < 1 and sorce == \"x\"" << 12 << "did you mean 'source'?";
    QTest::newRow("unknown field") << "weather == \"fine\"" << 0 << "the fields are";
    QTest::newRow("empty") << "   " << 0 << "empty";
    QTest::newRow("single =") << "mag = 5" << 4 << "'=='";
    QTest::newRow("&&") << "test && true" << 5 << "'and'";
    QTest::newRow("unquoted string") << "source == IGWN" << 10 << "\"IGWN\"";
    QTest::newRow("string for number") << "mag < \"20\"" << 6 << "is a number";
    QTest::newRow("number for string") << "source == 5" << 10 << "quoted";
    QTest::newRow("regex on number") << "mag ~ \"1\"" << 6 << "'~'";
    QTest::newRow("bad regex") << "event ~ \"S(25\"" << 13 << "invalid regular expression";
    QTest::newRow("unclosed string") << "event == \"S25" << 9 << "no closing";
    QTest::newRow("unclosed paren") << "(mag < 5" << 8 << "')'";
    QTest::newRow("missing comparison") << "mag and test" << 4 << "needs a comparison";
    QTest::newRow("dangling and") << "mag < 5 and" << 11 << "expected a field name";
    QTest::newRow("trailing") << "mag < 5 test" << 8 << "'and' or 'or'";
    QTest::newRow("list separator") << "type in [\"a\" \"b\"]" << 13 << "',' or ']'";
    QTest::newRow("in without list") << "type in \"a\"" << 8 << "'['";
    QTest::newRow("bool ordering") << "test < true" << 5 << "== or !=";
    QTest::newRow("bad number") << "mag < 1e" << 6 << "not a number";
    QTest::newRow("stray character") << "mag < 5 $" << 8 << "unexpected character";
    QTest::newRow("too deep") << QString(200, QLatin1Char('(')) + QStringLiteral("true") + QString(200, QLatin1Char(')')) << 100 << "nested too deeply";
}

void TestCondition::errors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    ConditionError error;
    QVERIFY(!Condition::parse(text, &error));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(QStringLiteral("column %1").arg(column)), qPrintable(error.message));
}

void TestCondition::regexIsCompiledOnceAndShared()
{
    ConditionError error;
    const auto condition = Condition::parse(QStringLiteral("event ~ \"^S25\" or title ~ \"GRB\""), &error);
    QVERIFY(condition);
    const Condition copy = *condition;
    Alert alert = gwAlert();
    QVERIFY(copy.matches(alert));
    alert.event = QStringLiteral("ZTF25abc");
    QVERIFY(!copy.matches(alert));
    alert.title = QStringLiteral("Swift GRB 250101A");
    QVERIFY(condition->matches(alert));
}

// Not a pass/fail figure (the machine is shared); printed so the cost per alert is on record.
void TestCondition::evaluationCost()
{
    ConditionError error;
    const auto typical = Condition::parse(QStringLiteral("far < 3.17e-8 and source == \"IGWN\" and not test"), &error);
    const auto withRegex = Condition::parse(QStringLiteral("event ~ \"^S25\" and type in [\"Initial\", \"Update\"]"), &error);
    QVERIFY(typical && withRegex);
    const Alert alert = gwAlert();
    const int rounds = 200000;
    for (const auto &condition : {*typical, *withRegex}) {
        QElapsedTimer clock;
        clock.start();
        int matched = 0;
        for (int i = 0; i < rounds; ++i)
            matched += condition.matches(alert) ? 1 : 0;
        QCOMPARE(matched, rounds);
        qInfo("%s: %.0f ns/alert", qPrintable(condition.text()), double(clock.nsecsElapsed()) / rounds);
    }
}

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
