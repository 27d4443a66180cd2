#pragma once

#include "core/decode/ReceivedAlert.h"
#include "core/engine/AlertEngine.h"
#include "core/store/AlertStore.h"
#include "ui/MainWindow.h"
#include "ui/models/AlertTableModel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace alertdeck::test {

// The desktop window over a history that already holds some alerts, as GUI tests of the table and
// the detail pane start from. Settings live in the test's directory, so layouts and filters never
// leak from one test to the next.
struct HistoryWindow
{
    std::unique_ptr<engine::AlertEngine> engine;
    std::unique_ptr<ui::MainWindow> window;

    // Stores `alerts` of `stream` in `dir`, opens the engine and shows the window; QVERIFY-style:
    // check QTest::currentTestFailed() after it.
    void open(const QTemporaryDir &dir, const QString &stream, const decode::AlertBatch &alerts)
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        const QString path = dir.filePath(QStringLiteral("alerts.db"));
        QString error;
        {
            auto store = store::AlertStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(store->append(stream, alerts, {}, &error), qPrintable(error));
        }
        engine::AlertEngine::Options options;
        options.storePath = path;
        engine = std::make_unique<engine::AlertEngine>(options);
        QVERIFY2(engine->open(&error), qPrintable(error));
        window = std::make_unique<ui::MainWindow>(engine.get());
        new QAbstractItemModelTester(window->alertModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     window.get());
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE(window->alertModel()->rowCount(), int(alerts.size()));
    }

    void close()
    {
        window.reset();
        engine.reset();
    }
};

} // namespace alertdeck::test
