// The translation pipeline: the German translation compiled into the build is found from the
// locale and reaches the window's menus; English gives proper plurals; and translations/alertdeck_de.ts
// is complete: every string lupdate finds in core/, ui/ and app/ is translated and none is stale.
#include "core/engine/AlertEngine.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace alertdeck;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("ALERTDECK_SOURCE_DIR");
}

// Sources of messages whose translation is unfinished, or that no source uses any more.
QStringList incompleteMessages(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read %1").arg(tsPath)};
    QXmlStreamReader xml(&file);
    QStringList incomplete;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                incomplete << QStringLiteral("%1: %2").arg(type, source);
        }
    }
    return incomplete;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void germanLocaleTranslatesTheWindow();
    void englishHasPluralForms();
    void committedTranslationIsComplete();
    void everySourceStringIsTranslated();

private:
    void removeTranslators();
};

void TestTranslations::removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::cleanup()
{
    removeTranslators();
}

void TestTranslations::germanLocaleTranslatesTheWindow()
{
    QVERIFY(i18n::installTranslators(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    QTemporaryDir dir;
    engine::AlertEngine::Options options;
    options.storePath = dir.filePath(QStringLiteral("alerts.db"));
    engine::AlertEngine engine(options);
    QString error;
    QVERIFY2(engine.open(&error), qPrintable(error));
    ui::MainWindow window(&engine);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(','))));
    QVERIFY2(menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(QLatin1Char(','))));
    // Core texts too (the stream states the sidebar shows).
    QCOMPARE(kafka::StreamStatus::stateName(kafka::StreamStatus::State::Connecting), QStringLiteral("verbindet"));
    // Helpers outside classes translate in the context "AlertDeck"; lupdate filed their strings
    // under the class that calls them, and the loader finds them there.
    QCOMPARE(QCoreApplication::translate("AlertDeck", "not valid JSON at byte %1: %2"), QStringLiteral("kein gültiges JSON bei Byte %1: %2"));
}

void TestTranslations::englishHasPluralForms()
{
    // A language AlertDeck is not translated into falls back to English: plurals, not "(s)".
    QVERIFY(!i18n::installTranslators(*qApp, QLocale(QLocale::Swahili)));
    QCOMPARE(QCoreApplication::translate("alertdeck::ui::MainWindow", "%n alert(s) stored", nullptr, 1), QStringLiteral("1 alert stored"));
    QCOMPARE(QCoreApplication::translate("alertdeck::ui::MainWindow", "%n alert(s) stored", nullptr, 3), QStringLiteral("3 alerts stored"));
}

void TestTranslations::committedTranslationIsComplete()
{
    const QStringList incomplete = incompleteMessages(sourceDir() + QStringLiteral("/translations/alertdeck_de.ts"));
    QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.join(QLatin1Char('\n'))));
}

void TestTranslations::everySourceStringIsTranslated()
{
    // lupdate on a copy: a string added to the sources since the last update shows as unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("alertdeck_de.ts"));
    QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/alertdeck_de.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir());
    lupdate.start(QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    const QStringList incomplete = incompleteMessages(copy);
    QVERIFY2(incomplete.isEmpty(), qPrintable(QStringLiteral("run `cmake --build BUILD --target update_translations` and translate:\n")
                                              + incomplete.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
