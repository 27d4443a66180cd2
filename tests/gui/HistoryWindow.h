#pragma once

#include "core/decode/ReceivedAlert.h"
#include "core/engine/AlertEngine.h"
#include "core/store/AlertStore.h"
#include "ui/MainWindow.h"
#include "ui/models/AlertTableModel.h"
#include "ui/models/StreamStatusModel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace alertdeck::test {

// The engine on the store at `storePath` and its window, shown (at `size` if given), as the desktop
// app opens them; both of the window's models are checked by QAbstractItemModelTester. QVERIFY-style:
// check QTest::currentTestFailed() after it.
inline void openWindow(const QString &storePath, std::unique_ptr<engine::AlertEngine> &engine,
                       std::unique_ptr<ui::MainWindow> &window, QSize size = {})
{
    engine::AlertEngine::Options options;
    options.storePath = storePath;
    engine = std::make_unique<engine::AlertEngine>(options);
    QString error;
    QVERIFY2(engine->open(&error), qPrintable(error));
    window = std::make_unique<ui::MainWindow>(engine.get());
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(window->alertModel()),
                                      static_cast<QAbstractItemModel *>(window->streamModel())}) {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
    }
    if (size.isValid())
        window->resize(size);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

// The desktop window over a history that already holds some alerts, as GUI tests of the table and
// the detail pane start from. Settings live in the test's directory, so layouts and filters never
// leak from one test to the next.
struct HistoryWindow
{
    std::unique_ptr<engine::AlertEngine> engine;
    std::unique_ptr<ui::MainWindow> window;

    // Stores `alerts` of `stream` in `dir`, then opens the window over them; QVERIFY-style: check
    // QTest::currentTestFailed() after it.
    void open(const QTemporaryDir &dir, const QString &stream, const decode::AlertBatch &alerts)
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        const QString path = dir.filePath(QStringLiteral("alerts.db"));
        {
            QString error;
            auto store = store::AlertStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(store->append(stream, alerts, {}, &error), qPrintable(error));
        }
        openWindow(path, engine, window, QSize(1200, 800));
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(window->alertModel()->rowCount(), int(alerts.size()));
    }

    void close()
    {
        window.reset();
        engine.reset();
    }
};

} // namespace alertdeck::test
