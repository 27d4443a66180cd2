#include "MainWindow.h"

#include "core/secrets/StreamSecretResolver.h"

#include "core/engine/AlertEngine.h"
#include "models/ActionLogModel.h"
#include "models/AlertTableModel.h"
#include "models/StreamStatusModel.h"
#include "panels/ActionLogPanel.h"
#include "panels/AlertTablePanel.h"
#include "panels/DetailPanel.h"
#include "panels/StreamSidebar.h"
#include "panels/WelcomePanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>
#include <limits>

namespace alertdeck::ui {
namespace {

const QString kSettingsGroup = QStringLiteral("MainWindow");

QString secretFromEnvironment(const config::StreamConfig &stream)
{
    const QString envVar = stream.secretEnvVar();
    return envVar.isEmpty() ? QString() : qEnvironmentVariable(envVar.toUtf8().constData());
}

} // namespace

MainWindow::MainWindow(engine::AlertEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_tablePanel(new AlertTablePanel(engine->storePath(), this))
    , m_model(m_tablePanel->model())
    , m_streamModel(new StreamStatusModel(this))
    , m_actionLog(new ActionLogModel(this))
    , m_table(m_tablePanel->table())
    , m_detail(new DetailPanel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePanel(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_statusLabel->setObjectName(QStringLiteral("streamStatusLabel"));
    m_detail->setHistory(m_model->history());
    setWindowTitle(tr("AlertDeck"));
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setDefaultColumnWidths();
    m_table->horizontalHeader()->setSectionsMovable(true);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tablePanel);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);
    buildToolBar();
    buildStreamsDock();
    buildActionLogDock();
    buildMenus();
    buildNavigationActions();
    statusBar()->addWidget(m_statusLabel, 1);
    updateStatusLine();

    connect(m_welcome, &WelcomePanel::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePanel::addStreamRequested, this, &MainWindow::addStreamRequested);
    connect(m_welcome, &WelcomePanel::importRequested, this, &MainWindow::importConfigurationRequested);
    connect(m_engine, &engine::AlertEngine::alertsStored, this, &MainWindow::onAlertsStored);
    connect(m_engine, &engine::AlertEngine::streamStatusChanged, m_streamModel, &StreamStatusModel::updateStatus);
    connect(m_engine, &engine::AlertEngine::matchCountsChanged, m_streamModel, &StreamStatusModel::updateMatchCounts);
    connect(m_engine, &engine::AlertEngine::streamFinished, m_streamModel, &StreamStatusModel::streamFinished);
    connect(m_streamModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatusLine);
    connect(m_streamModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusLine);
    connect(m_engine, &engine::AlertEngine::storeFailed, this, [this](const QString &error) { statusBar()->showMessage(error); });
    connect(m_engine, &engine::AlertEngine::storeWarning, this, [this](const QString &warning) { statusBar()->showMessage(warning, 30000); });
    connect(m_engine, &engine::AlertEngine::actionLogged, this, &MainWindow::onActionLogged);
    connect(m_engine, &engine::AlertEngine::heartbeatChanged, this, &MainWindow::onHeartbeat);
    connect(m_engine, &engine::AlertEngine::forwardsOwedChanged, m_streamModel, &StreamStatusModel::updateForwardsOwed);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_tablePanel, &AlertTablePanel::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_tablePanel, &AlertTablePanel::hideTestAlertsChanged, m_hideTestAction, &QAction::setChecked);
    resize(1280, 760);
    restoreLayout();
}

void MainWindow::setDefaultColumnWidths()
{
    // Wide enough for typical content ("2026-11-25 03:39:59", "gcn.notices.swift.bat.guano").
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&](const char *sample) { return metrics.horizontalAdvance(QLatin1String(sample)) + 16; };
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(AlertTableModel::Received, width("2026-11-25 03:39:59"));
    header->resizeSection(AlertTableModel::Time, width("2026-11-25T03:39:59.440Z"));
    header->resizeSection(AlertTableModel::Stream, width("Hopskotch"));
    header->resizeSection(AlertTableModel::Topic, width("gcn.notices.swift.bat.guano"));
    header->resizeSection(AlertTableModel::Source, width("GCN Circulars"));
    header->resizeSection(AlertTableModel::Event, width("GRB 261124A"));
    header->resizeSection(AlertTableModel::Type, width("Preliminary (test)"));
    for (const int column : {AlertTableModel::Ra, AlertTableModel::Dec, AlertTableModel::Error, AlertTableModel::Mag,
                             AlertTableModel::Score, AlertTableModel::Far})
        header->resizeSection(column, width("-12.11200"));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platform themes
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_hideTestAction);
    view->addAction(m_streamsDockAction);
    view->addAction(m_actionLogDockAction);
    QMenu *streams = menuBar()->addMenu(tr("&Streams"));
    streams->setObjectName(QStringLiteral("streamsMenu"));
    streams->addAction(m_pauseAction);
    QAction *configure = streams->addAction(tr("&Configure streams…"), this, &MainWindow::configureStreamsRequested);
    configure->setObjectName(QStringLiteral("configureStreamsAction"));
    // The handlers are part of a stream's configuration: its editor there opens the Topic handlers dialog.
    QAction *handlers = streams->addAction(tr("Topic &handlers…"), this, &MainWindow::configureStreamsRequested);
    handlers->setObjectName(QStringLiteral("topicHandlersAction"));
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Alerts"));
    toolBar->setObjectName(QStringLiteral("alertsToolBar"));
    toolBar->setMovable(false);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_tablePanel->filterEdit()->setFocus();
        m_tablePanel->filterEdit()->selectAll();
    });
    addAction(focusFilter);

    m_hideTestAction = toolBar->addAction(tr("Hide test alerts"));
    m_hideTestAction->setObjectName(QStringLiteral("hideTestAction"));
    m_hideTestAction->setCheckable(true);
    connect(m_hideTestAction, &QAction::toggled, m_tablePanel, &AlertTablePanel::setHideTestAlerts);

    m_pauseAction = toolBar->addAction(tr("Pause streams"));
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);
}

void MainWindow::buildStreamsDock()
{
    auto *dock = new QDockWidget(tr("Streams"), this);
    dock->setObjectName(QStringLiteral("streamsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_sidebar = new StreamSidebar(m_streamModel, dock);
    dock->setWidget(m_sidebar);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {m_sidebar->preferredWidth()}, Qt::Horizontal);
    m_streamsDockAction = dock->toggleViewAction();
    m_streamsDockAction->setObjectName(QStringLiteral("streamsDockAction"));
    m_streamsDockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_sidebar, &StreamSidebar::pauseRequested, m_engine, &engine::AlertEngine::setStreamPaused);
    connect(m_sidebar, &StreamSidebar::stopRequested, m_engine, &engine::AlertEngine::stopStream);
    connect(m_sidebar, &StreamSidebar::startRequested, this, &MainWindow::restartStream);
    connect(m_sidebar, &StreamSidebar::discardForwardsRequested, this, &MainWindow::confirmDiscardForwards);
}

void MainWindow::buildNavigationActions()
{
    // J/K as in mail and news readers; plain letters never reach these while the filter has focus,
    // because a line edit claims the keys it types.
    auto *next = new QAction(tr("Next alert"), this);
    next->setObjectName(QStringLiteral("nextAlertAction"));
    next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_Down)});
    connect(next, &QAction::triggered, this, [this] { selectRelative(1); });
    auto *previous = new QAction(tr("Previous alert"), this);
    previous->setObjectName(QStringLiteral("previousAlertAction"));
    previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_Up)});
    connect(previous, &QAction::triggered, this, [this] { selectRelative(-1); });
    addActions({next, previous});

    // Ctrl+C on the table copies the alert as a normalized JSON line (what `tom push` reads).
    auto *copy = new QAction(tr("Copy alert as JSON"), m_table);
    copy->setObjectName(QStringLiteral("copyAlertAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &MainWindow::copySelectedAlert);
    m_table->addAction(copy);
    auto *copyCoordinates = new QAction(tr("Copy coordinates"), this);
    copyCoordinates->setObjectName(QStringLiteral("copyCoordinatesAction"));
    copyCoordinates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyCoordinates, &QAction::triggered, this, [this] { m_detail->copyCoordinates(DetailPanel::CoordinateStyle::Sexagesimal); });
    addAction(copyCoordinates);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    go->addActions({next, previous, copy, copyCoordinates});
}

void MainWindow::startStream(const config::StreamConfig &stream)
{
    m_configs.insert(stream.name, stream);
    m_streamModel->streamStarting(stream.name);
    if (m_resolver && !stream.secretKey().isEmpty())
        m_resolver->resolve(stream); // answered in startResolved
    else
        m_engine->startStream(stream, secretFromEnvironment(stream));
    if (isShowingWelcome()) {
        m_pages->setCurrentWidget(m_splitter);
        findChild<QDockWidget *>(QStringLiteral("streamsDock"))->show();
    }
}

void MainWindow::setSecretResolver(secrets::StreamSecretResolver *resolver)
{
    m_resolver = resolver;
    connect(resolver, &secrets::StreamSecretResolver::resolved, this, &MainWindow::startResolved);
}

void MainWindow::rememberConfigurations(const QVector<config::StreamConfig> &streams)
{
    m_configs.clear();
    for (const config::StreamConfig &stream : streams) {
        m_configs.insert(stream.name, stream);
        if (stream.active && m_streamModel->rowOf(stream.name) < 0)
            m_streamModel->streamStarting(stream.name);
    }
}

void MainWindow::startResolved(const QString &stream, const QString &secret, const QString &error)
{
    const auto config = m_configs.constFind(stream);
    if (config == m_configs.constEnd())
        return;
    if (error.isEmpty()) {
        m_engine->startStream(*config, secret);
        return;
    }
    // Where the user looks: the stream's row in the sidebar, with the reason.
    kafka::StreamStatus status;
    status.stream = stream;
    status.state = kafka::StreamStatus::State::Error;
    status.reason = error;
    m_streamModel->updateStatus(status);
    m_streamModel->streamFinished(stream);
}

void MainWindow::applyConfiguration(const config::StreamConfigFile &file)
{
    QStringList problems;
    for (const config::ConfigProblem &problem : file.problems)
        problems << problem.toString();
    if (file.streams.isEmpty() && problems.isEmpty()) {
        showWelcome();
        return;
    }
    if (!problems.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Stream configuration"),
                                    tr("These streams were not started:\n\n%1").arg(problems.join(QLatin1Char('\n'))), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("configProblemsBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    for (const config::StreamConfig &stream : file.streams) {
        if (stream.active)
            startStream(stream);
    }
    emit configurationApplied(file.streams);
}

// Hidden at first: it matters once a command, forward or webhook action has something to say.
void MainWindow::buildActionLogDock()
{
    auto *dock = new QDockWidget(tr("Action log"), this);
    dock->setObjectName(QStringLiteral("actionLogDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    dock->setWidget(new ActionLogPanel(m_actionLog, dock));
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    m_actionLogDockAction = dock->toggleViewAction();
    m_actionLogDockAction->setObjectName(QStringLiteral("actionLogDockAction"));
    m_actionLogDockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
}

void MainWindow::onActionLogged(const actions::ActionLogEntry &entry)
{
    m_actionLog->append(entry);
    // A failure is news wherever the user looks; the log keeps what succeeded too.
    if (entry.failure)
        statusBar()->showMessage(tr("%1 (View › Action log)").arg(entry.message), 30000);
}

void MainWindow::onHeartbeat(const actions::HeartbeatStatus &heartbeat)
{
    const bool wasSilent = m_streamModel->heartbeatSilent(heartbeat.stream, heartbeat.topic);
    m_streamModel->updateHeartbeat(heartbeat);
    if (heartbeat.alarm && !wasSilent) {
        statusBar()->showMessage(tr("Stream \"%1\": no heartbeat on %2 for over %3 s")
                                     .arg(heartbeat.stream, heartbeat.topic)
                                     .arg(heartbeat.alarmAfterMs / 1000));
        emit heartbeatSilenced(heartbeat);
    }
}

void MainWindow::restartStream(const QString &stream)
{
    const auto found = m_configs.constFind(stream);
    if (found != m_configs.constEnd() && !m_engine->isRunning(stream))
        startStream(*found);
}

void MainWindow::confirmDiscardForwards(const QString &stream)
{
    const qint64 owed = m_streamModel->forwardsOwed(stream);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard Waiting Forwards"),
                                tr("Stream \"%1\" still owes its forward targets %n message(s). Discard them? They will not be sent.",
                                   nullptr, int(std::min<qint64>(owed, std::numeric_limits<int>::max())))
                                    .arg(stream),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardForwardsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardForwardsButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(discard, &QPushButton::clicked, this, [this, stream] { m_engine->discardForwards(stream); });
    box->open();
}

void MainWindow::showWelcome()
{
    // The empty streams list would only take room from the choices.
    findChild<QDockWidget *>(QStringLiteral("streamsDock"))->hide();
    m_pages->setCurrentWidget(m_welcome);
}

bool MainWindow::isShowingWelcome() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::onAlertsStored(const engine::StreamBatch &batch)
{
    m_tablePanel->alertsStored();
    m_alertCount += batch.alerts.size();
    if (!isActiveWindow())
        setUnseen(m_unseen + int(batch.alerts.size()));
    updateStatusLine();
}

void MainWindow::selectAlertAt(const QString &stream, const QString &topic, int partition, qint64 offset)
{
    m_tablePanel->selectAlertAt({stream, topic, partition, offset});
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->clear();
        return;
    }
    if (const store::StoredAlert *alert = m_model->alertAt(rows.first().row()))
        m_detail->showStoredAlert(*alert);
}

void MainWindow::selectRelative(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + step, 0, rows - 1) : (step > 0 ? 0 : rows - 1);
    const QModelIndex target = m_model->index(row, current.isValid() ? current.column() : 0);
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target);
}

void MainWindow::copySelectedAlert() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const store::StoredAlert *stored = m_model->alertAt(rows.first().row());
    if (!stored)
        return;
    const decode::ReceivedAlert &alert = stored->record;
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact)));
}

void MainWindow::setPaused(bool paused)
{
    for (int row = 0; row < m_streamModel->rowCount(); ++row)
        m_engine->setStreamPaused(m_streamModel->streamAt(row), paused);
}

void MainWindow::updateStatusLine()
{
    const StreamStatusModel::Totals totals = m_streamModel->totals();
    QStringList parts;
    if (totals.streams == 0)
        parts << tr("no streams running");
    if (totals.live > 0)
        parts << tr("%n stream(s) live", nullptr, totals.live);
    if (totals.paused > 0)
        parts << tr("%n stream(s) paused", nullptr, totals.paused);
    if (totals.failed > 0)
        parts << tr("%n stream(s) failing", nullptr, totals.failed);
    parts << tr("%n alert(s) stored", nullptr, int(m_alertCount));
    parts << tr("%1 alerts/s").arg(QLocale().toString(totals.messagesPerSecond, 'f', 1));
    m_statusLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::setUnseen(int count)
{
    if (count == m_unseen)
        return;
    m_unseen = count;
    emit unseenAlertsChanged(count);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        setUnseen(0);
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    // A first start fills most of the screen: fourteen columns and the detail pane need the room.
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()) && screen())
        resize(screen()->availableGeometry().size() * 0.85);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("alertTableHeader")).toByteArray());
    // Without a saved layout the detail pane gets two fifths, not just what its hint text needs.
    if (!m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({3 * height() / 5, 2 * height() / 5});
    m_sidebar->view()->header()->restoreState(settings.value(QStringLiteral("streamHeader")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("alertTableHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("streamHeader"), m_sidebar->view()->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Streams stop first so every offset is stored; the window closes once the engine says so.
    if (m_closing) {
        event->accept();
        return;
    }
    m_closing = true;
    saveLayout();
    event->ignore();
    connect(m_engine, &engine::AlertEngine::stopped, this, &QWidget::close, Qt::QueuedConnection);
    m_engine->shutdown();
}

} // namespace alertdeck::ui
