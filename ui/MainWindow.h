#pragma once

#include "core/engine/StreamBatch.h"
#include "core/kafka/StreamStatus.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QAction;

namespace alertdeck::engine {
class AlertEngine;
}

namespace alertdeck::ui {

class AlertFilterProxy;
class AlertTableModel;
class DetailPanel;

// The main window: the live alert table with its filter, the detail pane of the selected alert, and
// the streams' state in the status bar. Everything it shows arrives from the engine in batches.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(engine::AlertEngine *engine, QWidget *parent = nullptr);

    AlertTableModel *alertModel() const { return m_model; }

signals:
    // Streams → Configure streams…: the owner opens the Streams dialog.
    void configureStreamsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolBar();
    void buildMenus();
    void setDefaultColumnWidths();
    void onAlertsStored(const engine::StreamBatch &batch);
    void onStreamStatus(const kafka::StreamStatus &status);
    void onSelectionChanged();
    void setPaused(bool paused);
    void updateStatusLine();

    engine::AlertEngine *m_engine;
    AlertTableModel *m_model;
    AlertFilterProxy *m_proxy;
    QTableView *m_table;
    DetailPanel *m_detail;
    QLineEdit *m_filter = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_hideTestAction = nullptr;
    QLabel *m_statusLabel;
    QHash<QString, kafka::StreamStatus> m_streams;
    qint64 m_alertCount = 0;
    bool m_closing = false;
};

} // namespace alertdeck::ui
