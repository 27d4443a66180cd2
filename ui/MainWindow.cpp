#include "MainWindow.h"

#include "core/engine/AlertEngine.h"
#include "models/AlertFilterProxy.h"
#include "models/AlertTableModel.h"
#include "panels/DetailPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace alertdeck::ui {

MainWindow::MainWindow(engine::AlertEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_model(new AlertTableModel(200000, this))
    , m_proxy(new AlertFilterProxy(this))
    , m_table(new QTableView(this))
    , m_detail(new DetailPanel(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_statusLabel->setObjectName(QStringLiteral("streamStatusLabel"));
    setWindowTitle(tr("AlertDeck"));
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertTableModel::Received, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setDefaultColumnWidths();
    m_table->horizontalHeader()->setSectionsMovable(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    buildToolBar();
    buildMenus();
    statusBar()->addWidget(m_statusLabel, 1);
    updateStatusLine();

    connect(m_engine, &engine::AlertEngine::alertsStored, this, &MainWindow::onAlertsStored);
    connect(m_engine, &engine::AlertEngine::streamStatusChanged, this, &MainWindow::onStreamStatus);
    connect(m_engine, &engine::AlertEngine::storeFailed, this, [this](const QString &error) { statusBar()->showMessage(error); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    resize(1280, 760);
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
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platform themes
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_hideTestAction);
    QMenu *streams = menuBar()->addMenu(tr("&Streams"));
    streams->addAction(m_pauseAction);
    QAction *configure = streams->addAction(tr("&Configure streams…"), this, &MainWindow::configureStreamsRequested);
    configure->setObjectName(QStringLiteral("configureStreamsAction"));
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Alerts"));
    toolBar->setObjectName(QStringLiteral("alertsToolBar"));
    toolBar->setMovable(false);
    m_filter = new QLineEdit(toolBar);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter alerts (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(420);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    toolBar->addWidget(m_filter);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); m_filter->selectAll(); });
    addAction(focusFilter);

    m_hideTestAction = toolBar->addAction(tr("Hide test alerts"));
    m_hideTestAction->setObjectName(QStringLiteral("hideTestAction"));
    m_hideTestAction->setCheckable(true);
    connect(m_hideTestAction, &QAction::toggled, m_proxy, &AlertFilterProxy::setHideTestAlerts);

    m_pauseAction = toolBar->addAction(tr("Pause streams"));
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);
}

void MainWindow::onAlertsStored(const engine::StreamBatch &batch)
{
    QScrollBar *scroll = m_table->verticalScrollBar();
    const bool following = scroll->value() == scroll->maximum() && !m_table->selectionModel()->hasSelection();
    m_model->appendBatch(batch);
    m_alertCount += batch.alerts.size();
    if (following)
        m_table->scrollToBottom();
    updateStatusLine();
}

void MainWindow::onStreamStatus(const kafka::StreamStatus &status)
{
    m_streams.insert(status.stream, status);
    updateStatusLine();
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->clear();
        return;
    }
    m_detail->showAlert(m_model->alertAt(m_proxy->mapToSource(rows.first()).row()));
}

void MainWindow::setPaused(bool paused)
{
    for (const QString &stream : m_streams.keys())
        m_engine->setStreamPaused(stream, paused);
}

void MainWindow::updateStatusLine()
{
    QStringList parts;
    for (const kafka::StreamStatus &status : std::as_const(m_streams)) {
        QString part = tr("%1: %2, %3 msg/s").arg(status.stream, kafka::StreamStatus::stateName(status.state))
                           .arg(status.messagesPerSecond, 0, 'f', 1);
        if (status.state == kafka::StreamStatus::State::Error)
            part += QStringLiteral(" — ") + status.reason;
        parts << part;
    }
    parts << tr("%n alert(s)", nullptr, int(m_alertCount));
    m_statusLabel->setText(parts.join(QStringLiteral("   |   ")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Streams stop first so every offset is stored; the window closes once the engine says so.
    if (m_closing) {
        event->accept();
        return;
    }
    m_closing = true;
    event->ignore();
    connect(m_engine, &engine::AlertEngine::stopped, this, &QWidget::close, Qt::QueuedConnection);
    m_engine->shutdown();
}

} // namespace alertdeck::ui
