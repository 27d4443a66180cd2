#pragma once

#include "core/actions/ActionStatus.h"
#include "core/config/StreamConfig.h"
#include "core/config/StreamConfigFile.h"
#include "core/engine/StreamBatch.h"
#include "core/kafka/StreamStatus.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QAction;

namespace alertdeck::engine {
class AlertEngine;
}

namespace alertdeck::secrets {
class StreamSecretResolver;
}

namespace alertdeck::ui {

class ActionLogModel;
class AlertTableModel;
class AlertTablePanel;
class DetailPanel;
class StreamSidebar;
class StreamStatusModel;
class WelcomePanel;

// The main window: the live alert table with its filter, the detail pane of the selected alert, the
// streams' sidebar and totals in the status bar, or the welcome page while nothing is configured.
// Everything it shows arrives from the engine in batches. Layout is remembered in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(engine::AlertEngine *engine, QWidget *parent = nullptr);

    AlertTableModel *alertModel() const { return m_model; }
    StreamStatusModel *streamModel() const { return m_streamModel; }
    ActionLogModel *actionLog() const { return m_actionLog; }
    QAction *pauseAllAction() const { return m_pauseAction; }

    // Streams with a secret get it from the resolver (keychain or environment variable) before they
    // start; without one, only environment references are followed.
    void setSecretResolver(secrets::StreamSecretResolver *resolver);
    // Streams edited in the Streams dialog and applied by the engine: the sidebar restarts these now.
    void rememberConfigurations(const QVector<config::StreamConfig> &streams);
    // Starts a stream on the engine and keeps its configuration, so the sidebar can restart it.
    void startStream(const config::StreamConfig &stream);
    // Starts the configuration's active streams and says which were left out and why; with no
    // streams at all (a first run), shows the welcome page instead.
    void applyConfiguration(const config::StreamConfigFile &file);
    // Instead of an empty table: the first-run choices (demo, add a stream, import a configuration).
    void showWelcome();
    bool isShowingWelcome() const;
    int unseenAlerts() const { return m_unseen; }
    // A clicked notification: selects the first alert of that Kafka message in the table (the
    // detail pane shows it); what stood in the way is said in the status bar.
    void selectAlertAt(const QString &stream, const QString &topic, int partition, qint64 offset);

signals:
    void demoRequested();
    void addStreamRequested();
    void importConfigurationRequested();
    // Streams → Configure streams…: the owner opens the Streams dialog.
    void configureStreamsRequested();
    // Alerts that arrived while the window was not the active one; 0 once the user looks.
    void unseenAlertsChanged(int count);
    // A heartbeat topic has just fallen silent (for a desktop notification).
    void heartbeatSilenced(const alertdeck::actions::HeartbeatStatus &heartbeat);
    // A configuration file's streams, once applyConfiguration() started its active ones.
    void configurationApplied(const QVector<alertdeck::config::StreamConfig> &streams);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void buildMenus();
    void buildStreamsDock();
    void buildActionLogDock();
    void onActionLogged(const actions::ActionLogEntry &entry);
    void onHeartbeat(const actions::HeartbeatStatus &heartbeat);
    void buildNavigationActions();
    void setDefaultColumnWidths();
    void restoreLayout();
    void saveLayout() const;
    void onAlertsStored(const engine::StreamBatch &batch);
    void startResolved(const QString &stream, const QString &secret, const QString &error);
    void onSelectionChanged();
    void selectRelative(int step);
    void copySelectedAlert() const;
    void setPaused(bool paused);
    void restartStream(const QString &stream);
    void confirmDiscardForwards(const QString &stream);
    void updateStatusLine();
    void setUnseen(int count);

    engine::AlertEngine *m_engine;
    AlertTablePanel *m_tablePanel;
    AlertTableModel *m_model;
    StreamStatusModel *m_streamModel;
    ActionLogModel *m_actionLog;
    QTableView *m_table;
    DetailPanel *m_detail;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    WelcomePanel *m_welcome;
    StreamSidebar *m_sidebar = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_hideTestAction = nullptr;
    QAction *m_streamsDockAction = nullptr;
    QAction *m_actionLogDockAction = nullptr;
    QLabel *m_statusLabel;
    QHash<QString, config::StreamConfig> m_configs;
    secrets::StreamSecretResolver *m_resolver = nullptr;
    qint64 m_alertCount = 0;
    int m_unseen = 0;
    bool m_closing = false;
};

} // namespace alertdeck::ui
