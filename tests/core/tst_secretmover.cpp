// The keychain following a saved stream configuration (StreamSecretMover) against a keychain in
// memory: renames move the entry, deletions remove it, swaps and chains come out right, and a
// locked or refusing keychain never costs a secret (the old entry stays, the problem is said).
#include "MemorySecretStore.h"
#include "core/secrets/StreamSecretMover.h"

#include <QSignalSpy>
#include <QTest>

using namespace alertdeck;
using Change = secrets::StreamSecretMover::Change;

namespace {

QString key(const char *stream)
{
    return secrets::SecretStore::streamKey(QString::fromUtf8(stream));
}

Change renamed(const char *from, const char *to, const char *typed = "")
{
    return {QString::fromUtf8(from), QString::fromUtf8(to), QString::fromUtf8(typed), true};
}

Change deletion(const char *name)
{
    return {QString::fromUtf8(name), {}, {}, true};
}

} // namespace

class TestSecretMover : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void renameMovesTheEntry();
    void renameAnswersFromInsideTheCall();
    void typedSecretGoesUnderTheNewName();
    void deletionRemovesTheEntry();
    void swapKeepsBothSecrets();
    void secondSaveWaitsForTheFirst();
    void renamedToADeletedStreamsName();
    void renamedToADeletedNameWithoutSecret();
    void lockedKeychainKeepsTheOldEntry();
    void refusedWriteKeepsTheOldEntry();
    void streamWithoutKeychainSecretIsQuiet();
    void unavailableKeychainSkipsStreamsThatDoNotNeedIt();

private:
    QStringList run(const QVector<Change> &changes);

    std::unique_ptr<test::MemorySecretStore> m_keychain;
    std::unique_ptr<secrets::StreamSecretMover> m_mover;
};

void TestSecretMover::init()
{
    m_mover.reset();
    m_keychain = std::make_unique<test::MemorySecretStore>();
    m_mover = std::make_unique<secrets::StreamSecretMover>(m_keychain.get());
}

// Submits the changes and returns the problems of their finished().
QStringList TestSecretMover::run(const QVector<Change> &changes)
{
    QSignalSpy finished(m_mover.get(), &secrets::StreamSecretMover::finished);
    m_mover->submit(changes);
    if (finished.isEmpty() && !finished.wait(5000))
        return {QStringLiteral("finished() never came")};
    return finished.at(0).at(0).toStringList();
}

void TestSecretMover::renameMovesTheEntry()
{
    m_keychain->entries = {{key("old"), QStringLiteral("s1")}, {key("other"), QStringLiteral("s2")}};
    QCOMPARE(run({renamed("old", "new")}), QStringList());
    QCOMPARE(m_keychain->entries, (QHash<QString, QString>{{key("new"), QStringLiteral("s1")}, {key("other"), QStringLiteral("s2")}}));
}

void TestSecretMover::renameAnswersFromInsideTheCall()
{
    m_keychain->synchronous = true;
    m_keychain->entries = {{key("a"), QStringLiteral("s1")}, {key("b"), QStringLiteral("s2")}};
    QCOMPARE(run({renamed("a", "c"), renamed("b", "d")}), QStringList());
    QCOMPARE(m_keychain->entries, (QHash<QString, QString>{{key("c"), QStringLiteral("s1")}, {key("d"), QStringLiteral("s2")}}));
}

void TestSecretMover::typedSecretGoesUnderTheNewName()
{
    m_keychain->entries = {{key("old"), QStringLiteral("stale")}, {key("kept"), QStringLiteral("before")}};
    QCOMPARE(run({renamed("old", "new", "typed"), renamed("kept", "kept", "after"), renamed("", "fresh", "first")}), QStringList());
    QCOMPARE(m_keychain->entries, (QHash<QString, QString>{{key("new"), QStringLiteral("typed")},
                                                           {key("kept"), QStringLiteral("after")},
                                                           {key("fresh"), QStringLiteral("first")}}));
}

void TestSecretMover::deletionRemovesTheEntry()
{
    m_keychain->entries = {{key("gone"), QStringLiteral("s1")}, {key("stays"), QStringLiteral("s2")}};
    // A deleted stream that never had an entry is no problem either.
    QCOMPARE(run({deletion("gone"), deletion("never stored")}), QStringList());
    QCOMPARE(m_keychain->entries, (QHash<QString, QString>{{key("stays"), QStringLiteral("s2")}}));
}

void TestSecretMover::swapKeepsBothSecrets()
{
    m_keychain->entries = {{key("a"), QStringLiteral("of a")}, {key("b"), QStringLiteral("of b")}, {key("c"), QStringLiteral("of c")}};
    // a and b trade names; c moves along a chain into the name b left.
    QCOMPARE(run({renamed("a", "b"), renamed("b", "a"), renamed("c", "d")}), QStringList());
    QCOMPARE(m_keychain->entries, (QHash<QString, QString>{{key("b"), QStringLiteral("of a")},
                                                           {key("a"), QStringLiteral("of b")},
                                                           {key("d"), QStringLiteral("of c")}}));
}

// A stream renamed, saved, renamed again and saved before the keychain answered the first save.
void TestSecretMover::secondSaveWaitsForTheFirst()
{
    m_keychain->entries = {{key("first"), QStringLiteral("s1")}};
    QSignalSpy finished(m_mover.get(), &secrets::StreamSecretMover::finished);
    m_mover->submit({renamed("first", "second")});
    m_mover->submit({renamed("second", "third")});
    QVERIFY(!m_mover->isIdle());
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(m_mover->isIdle());
    QCOMPARE(finished.at(1).at(0).toStringList(), QStringList());
    QCOMPARE(m_keychain->entries, (QHash<QString, QString>{{key("third"), QStringLiteral("s1")}}));
}

void TestSecretMover::renamedToADeletedStreamsName()
{
    m_keychain->entries = {{key("X"), QStringLiteral("of deleted X")}, {key("A"), QStringLiteral("of A")}};
    QCOMPARE(run({deletion("X"), renamed("A", "X")}), QStringList());
    QCOMPARE(m_keychain->entries, (QHash<QString, QString>{{key("X"), QStringLiteral("of A")}}));
}

// The renamed stream had no secret: it must not inherit the deleted stream's, and it is told.
void TestSecretMover::renamedToADeletedNameWithoutSecret()
{
    m_keychain->entries = {{key("X"), QStringLiteral("of deleted X")}};
    const QStringList problems = run({deletion("X"), renamed("A", "X")});
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("stream \"X\": no secret was stored under its former name \"A\"")), qPrintable(problems.first()));
    QVERIFY(m_keychain->entries.isEmpty());
}

void TestSecretMover::lockedKeychainKeepsTheOldEntry()
{
    m_keychain->entries = {{key("old"), QStringLiteral("s1")}, {key("deleted"), QStringLiteral("s2")}};
    m_keychain->lockedError = QStringLiteral("the keychain is locked");
    const QStringList problems = run({renamed("old", "new"), deletion("deleted")});
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("stream \"new\": its secret could not be read from the keychain entry of its former name \"old\", so it stays there: the keychain is locked")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("the keychain entry of \"deleted\", a stream name no longer used, could not be removed: the keychain is locked")));
    QCOMPARE(m_keychain->entries.size(), 2);
}

void TestSecretMover::refusedWriteKeepsTheOldEntry()
{
    m_keychain->entries = {{key("old"), QStringLiteral("s1")}, {key("typed old"), QStringLiteral("s2")}};
    m_keychain->refused = {key("new"), key("typed new")};
    const QStringList problems = run({renamed("old", "new"), renamed("typed old", "typed new", "s3")});
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.contains(QStringLiteral("stream \"new\": its secret could not be stored in the keychain, so it stays under its former name \"old\": refused")));
    QCOMPARE(m_keychain->entries, (QHash<QString, QString>{{key("old"), QStringLiteral("s1")}, {key("typed old"), QStringLiteral("s2")}}));
}

// A Kafka stream without a password has nothing in the keychain: renaming it is no news.
void TestSecretMover::streamWithoutKeychainSecretIsQuiet()
{
    Change plain = renamed("plain", "renamed");
    plain.usesKeychain = false;
    QCOMPARE(run({plain}), QStringList());
    QVERIFY(m_keychain->entries.isEmpty());
}

void TestSecretMover::unavailableKeychainSkipsStreamsThatDoNotNeedIt()
{
    m_keychain->available = false;
    m_keychain->lockedError = m_keychain->unavailableReason();
    Change plain = renamed("plain", "renamed");
    plain.usesKeychain = false;
    QSignalSpy finished(m_mover.get(), &secrets::StreamSecretMover::finished);
    m_mover->submit({plain});
    QVERIFY(m_mover->isIdle());
    QVERIFY(!finished.wait(100));
    const QStringList problems = run({renamed("needs", "renamed too")});
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("no keychain here")), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestSecretMover)
#include "tst_secretmover.moc"
