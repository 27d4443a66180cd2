#include "core/route/ActionSet.h"
#include "core/route/TopicRouter.h"

#include <QTest>

using alertdeck::config::HandlerAction;
using alertdeck::config::TopicHandler;
using alertdeck::config::TopicHandlers;
using alertdeck::route::ActionSet;
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
    QCOMPARE(ActionSet::fromHandler(nullptr).bits, quint8(0));
}

void TestTopicRouter::actionSetFromHandler()
{
    TopicHandler both{QStringLiteral("t"), {HandlerAction{QStringLiteral("log"), {}, {}}, HandlerAction{QStringLiteral("table"), {}, {}}}};
    const ActionSet set = ActionSet::fromHandler(&both);
    QVERIFY(set.has(ActionSet::Log));
    QVERIFY(set.has(ActionSet::Table));
    QVERIFY(set.stores());
    const TopicHandler logOnly = handler(QStringLiteral("t"), QStringLiteral("log"));
    QVERIFY(!ActionSet::fromHandler(&logOnly).stores());
}

QTEST_GUILESS_MAIN(TestTopicRouter)
#include "tst_topicrouter.moc"
