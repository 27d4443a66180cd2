// Random and mutated condition texts: the parser never crashes or hangs, every refusal names a
// column inside the text, and whatever parses can be evaluated.
#include "core/route/Condition.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using alertdeck::decode::Alert;
using alertdeck::route::Condition;
using alertdeck::route::ConditionError;

namespace {

const QStringList seeds{
    QStringLiteral("far < 3.17e-8 and source == \"IGWN\" and not test"),
    QStringLiteral("mag < 19.5"),
    QStringLiteral("dec > -30 or (ra >= 10 and ra <= 20)"),
    QStringLiteral("event ~ \"^S25\""),
    QStringLiteral("type in [\"Initial\",\"Update\"]"),
    QStringLiteral("not (score != 0.5) and error_radius < 1 or title ~ 'GRB \\\\d+'"),
    QStringLiteral("1e-8 > far and test == false"),
};

const QStringList fragments{QStringLiteral(" and "), QStringLiteral(" or "), QStringLiteral("not "), QStringLiteral("("),
                            QStringLiteral(")"), QStringLiteral("["), QStringLiteral("]"), QStringLiteral(","),
                            QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("<"), QStringLiteral("<="),
                            QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("~"), QStringLiteral(" in "),
                            QStringLiteral("mag"), QStringLiteral("type"), QStringLiteral("-"), QStringLiteral("3.17e-8"),
                            QStringLiteral("\\"), QStringLiteral("é"), QStringLiteral("*"), QStringLiteral("true"),
                            QStringLiteral("\"(\""), QStringLiteral("="), QStringLiteral("!"), QStringLiteral("&&"),
                            QStringLiteral("1e999"), QStringLiteral("."), QStringLiteral("\t")};

QString mutate(QString text, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(4));
    for (int i = 0; i < edits; ++i) {
        const qsizetype at = text.isEmpty() ? 0 : qsizetype(random.bounded(int(text.size()) + 1));
        switch (random.bounded(4)) {
        case 0:
            text.insert(at, fragments.at(int(random.bounded(int(fragments.size())))));
            break;
        case 1:
            text.remove(at, qsizetype(random.bounded(4)));
            break;
        case 2:
            text.insert(at, QChar(char16_t(32 + random.bounded(95))));
            break;
        default:
            text = text.left(at) + text.mid(qsizetype(random.bounded(int(text.size()) + 1)));
        }
    }
    return text;
}

QString randomText(QRandomGenerator &random)
{
    QString text;
    const int pieces = int(random.bounded(12));
    for (int i = 0; i < pieces; ++i)
        text += fragments.at(int(random.bounded(int(fragments.size()))));
    return text;
}

QVector<Alert> sampleAlerts()
{
    Alert full;
    full.id = QStringLiteral("x");
    full.source = QStringLiteral("IGWN");
    full.event = QStringLiteral("S250101a");
    full.alertType = QStringLiteral("Initial");
    full.ra = 10;
    full.dec = -20;
    full.mag = 18;
    full.far = 1e-9;
    full.title = QStringLiteral("GRB 1");
    return {Alert{}, full};
}

} // namespace

class TestConditionFuzz : public QObject
{
    Q_OBJECT
private slots:
    void mutatedAndRandomTexts();
};

void TestConditionFuzz::mutatedAndRandomTexts()
{
    QRandomGenerator random(qEnvironmentVariableIntValue("ALERTDECK_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("ALERTDECK_FUZZ_SEED")) : 61125u);
    const QVector<Alert> alerts = sampleAlerts();
    const int iterations = 50000;
    int parsed = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < iterations; ++i) {
        const QString text = i % 5 == 0 ? randomText(random) : mutate(seeds.at(i % seeds.size()), random);
        ConditionError error;
        const auto condition = Condition::parse(text, &error);
        if (condition) {
            ++parsed;
            for (const Alert &alert : alerts)
                condition->matches(alert);
            QCOMPARE(error.column, -1);
            continue;
        }
        if (error.column < 0 || error.column > text.size() || error.message.isEmpty()
            || !error.message.contains(QStringLiteral("column %1").arg(error.column))) {
            QFAIL(qPrintable(QStringLiteral("bad error for \"%1\": column %2, \"%3\"").arg(text).arg(error.column).arg(error.message)));
        }
    }
    qInfo("%d texts (%d parsed) in %lld ms", iterations, parsed, clock.elapsed());
    QVERIFY(parsed > iterations / 20); // mutations must not all be rejected, or evaluation went untested
    QVERIFY(parsed < iterations);
}

QTEST_GUILESS_MAIN(TestConditionFuzz)
#include "tst_conditionfuzz.moc"
