#include "core/route/HandlerRoute.h"
#include "core/route/TopicRouter.h"

#include <QTest>

using alertdeck::config::HandlerAction;
using alertdeck::config::TopicHandler;
using alertdeck::config::TopicHandlers;
using alertdeck::route::ActionSet;
using alertdeck::route::HandlerRoute;
using alertdeck::route::TopicRouter;

namespace {

TopicHandler handler(const QString &key, const QString &action)
{
    return {key, {HandlerAction{action, {}, {}}}};
}

} // namespace

class TestTopicRouter : public QObject
{
    Q_OBJECT
private slots:
    void exactBeatsPatternBeatsWildcard();
    void longerPatternWins();
    void wildcardSkipsInternalTopics();
    void subscriptionUsesRegexForPatterns();
    void unmatchedTopicHasNoHandler();
    void actionSetFromHandler();
    void conditionsDecidePerAlert();
};

void TestTopicRouter::exactBeatsPatternBeatsWildcard()
{
    const TopicRouter router(TopicHandlers{handler(QStringLiteral("*"), QStringLiteral("store")),
                                           handler(QStringLiteral("hermes.*"), QStringLiteral("log")),
                                           handler(QStringLiteral("hermes.test"), QStringLiteral("table"))});
    QCOMPARE(router.handlerFor(QStringLiteral("hermes.test"))->key, QStringLiteral("hermes.test"));
    QCOMPARE(router.handlerFor(QStringLiteral("hermes.gw"))->key, QStringLiteral("hermes.*"));
    QCOMPARE(router.handlerFor(QStringLiteral("gcn.circular"))->key, QStringLiteral("*"));
    // cached answers stay the same
    QCOMPARE(router.handlerFor(QStringLiteral("hermes.gw"))->key, QStringLiteral("hermes.*"));
}

void TestTopicRouter::longerPatternWins()
{
    const TopicRouter router(TopicHandlers{handler(QStringLiteral("gcn.*"), QStringLiteral("store")),
                                           handler(QStringLiteral("gcn.classic.voevent.*"), QStringLiteral("table"))});
    QCOMPARE(router.handlerFor(QStringLiteral("gcn.classic.voevent.LVC_INITIAL"))->key, QStringLiteral("gcn.classic.voevent.*"));
    QCOMPARE(router.handlerFor(QStringLiteral("gcn.notices.swift.bat.guano"))->key, QStringLiteral("gcn.*"));
    // a dot in a glob is literal
    QVERIFY(!router.handlerFor(QStringLiteral("gcnXnotices")));
}

void TestTopicRouter::wildcardSkipsInternalTopics()
{
    const TopicRouter router(TopicHandlers{handler(QStringLiteral("*"), QStringLiteral("store"))});
    QVERIFY(!router.handlerFor(QStringLiteral("__consumer_offsets")));
    QVERIFY(router.handlerFor(QStringLiteral("_schemas")));
    const QRegularExpression all(TopicRouter::regexForKey(QStringLiteral("*")));
    QVERIFY(!all.match(QStringLiteral("__transaction_state")).hasMatch());
    QVERIFY(all.match(QStringLiteral("sys.heartbeat")).hasMatch());
}

void TestTopicRouter::subscriptionUsesRegexForPatterns()
{
    const TopicRouter router(TopicHandlers{handler(QStringLiteral("igwn.gwalert"), QStringLiteral("table")),
                                           handler(QStringLiteral("hermes.*"), QStringLiteral("table")),
                                           handler(QStringLiteral("^lvk\\.[a-z]+$"), QStringLiteral("table"))});
    const QStringList subscription = router.subscription();
    QCOMPARE(subscription, (QStringList{QStringLiteral("igwn.gwalert"), QStringLiteral("^hermes\\..*$"), QStringLiteral("^lvk\\.[a-z]+$")}));
    QVERIFY(router.handlerFor(QStringLiteral("lvk.alerts")));
    QVERIFY(!router.handlerFor(QStringLiteral("lvk.Alerts2")));
}

void TestTopicRouter::unmatchedTopicHasNoHandler()
{
    const TopicRouter router(TopicHandlers{handler(QStringLiteral("a"), QStringLiteral("table"))});
    QVERIFY(!router.handlerFor(QStringLiteral("b")));
    QCOMPARE(HandlerRoute::fromHandler(nullptr).evaluate({}).bits, quint8(0));
}

void TestTopicRouter::actionSetFromHandler()
{
    TopicHandler both{QStringLiteral("t"), {HandlerAction{QStringLiteral("log"), {}, {}}, HandlerAction{QStringLiteral("table"), {}, {}}}};
    const ActionSet set = HandlerRoute::fromHandler(&both).evaluate({});
    QCOMPARE(set.fired, quint64(3));
    QVERIFY(set.has(ActionSet::Log));
    QVERIFY(set.has(ActionSet::Table));
    QVERIFY(set.stores());
    const TopicHandler logOnly = handler(QStringLiteral("t"), QStringLiteral("log"));
    QVERIFY(!HandlerRoute::fromHandler(&logOnly).evaluate({}).stores());
}

void TestTopicRouter::conditionsDecidePerAlert()
{
    TopicHandler guarded{QStringLiteral("t"),
                         {HandlerAction{QStringLiteral("log"), {}, {}},
                          HandlerAction{QStringLiteral("table"), QStringLiteral("mag < 20"), {}},
                          HandlerAction{QStringLiteral("command"), QStringLiteral("source == \"ZTF\""), {}},
                          HandlerAction{QStringLiteral("notify"), QStringLiteral("mag <"), {}}}};
    const HandlerRoute route = HandlerRoute::fromHandler(&guarded);
    alertdeck::decode::Alert bright;
    bright.mag = 18;
    bright.source = QStringLiteral("ZTF");
    const ActionSet brightSet = route.evaluate(bright);
    QVERIFY(brightSet.has(ActionSet::Table));
    QVERIFY(brightSet.fires(0) && brightSet.fires(1) && brightSet.fires(2));
    QVERIFY2(!brightSet.fires(3), "a condition that does not parse never fires");
    alertdeck::decode::Alert faint;
    faint.mag = 21;
    const ActionSet faintSet = route.evaluate(faint);
    QVERIFY(!faintSet.stores());
    QVERIFY(faintSet.has(ActionSet::Log));
    QCOMPARE(faintSet.fired, quint64(1));
}

QTEST_GUILESS_MAIN(TestTopicRouter)
#include "tst_topicrouter.moc"
