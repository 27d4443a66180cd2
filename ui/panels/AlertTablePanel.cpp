#include "AlertTablePanel.h"

#include "ui/models/AlertTableModel.h"
#include "ui/models/FilterExpression.h"

#include "core/store/AlertHistory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace alertdeck::ui {
namespace {

const QString kSavedFiltersKey = QStringLiteral("filters/saved");
// Typing pauses this long before the store is asked; Enter asks at once.
constexpr int kFilterDelayMs = 250;
// The view follows the newest row at most this often, however fast rows arrive.
constexpr int kFollowIntervalMs = 100;

QStringList savedFilters()
{
    return QSettings().value(kSavedFiltersKey).toStringList();
}

bool atNewestEdge(const QScrollBar *bar, bool newestFirst)
{
    return newestFirst ? bar->sliderPosition() <= bar->minimum() : bar->sliderPosition() >= bar->maximum();
}

} // namespace

AlertTablePanel::AlertTablePanel(const QString &storePath, QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertTableModel(storePath, this))
    , m_table(new QTableView(this))
    , m_filterDelay(new QTimer(this))
    , m_followTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("alertTablePanel"));
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSortIndicator(AlertTableModel::Received, Qt::AscendingOrder);
    header->setSectionsClickable(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_table, 1);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_filterDelay, &QTimer::timeout, this, &AlertTablePanel::applyFilter);
    m_followTimer->setInterval(kFollowIntervalMs);
    connect(m_followTimer, &QTimer::timeout, this, [this] {
        if (m_following && std::exchange(m_scrollPending, false))
            scrollToNewest();
    });
    m_followTimer->start();

    connect(m_model, &AlertTableModel::rowsArrived, this, &AlertTablePanel::onRowsArrived);
    connect(m_model, &AlertTableModel::queryFinished, this, [this] {
        updateCountLabel();
        if (m_following)
            scrollToNewest();
    });
    connect(m_model, &AlertTableModel::queryFailed, this, [this](const QString &error) { showFilterProblem(error, -1); });
    connect(m_table->verticalScrollBar(), &QAbstractSlider::actionTriggered, this, &AlertTablePanel::onUserScrolled);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertTablePanel::onSelectionChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, &AlertTablePanel::showContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, &AlertTablePanel::onActivated);
    connect(header, &QHeaderView::sectionClicked, this, &AlertTablePanel::onHeaderClicked);
    connect(m_model, &AlertTableModel::located, this, &AlertTablePanel::onLocated);
    connect(m_model, &AlertTableModel::notLocated, this, &AlertTablePanel::onNotLocated);
}

QWidget *AlertTablePanel::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 0);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter: text, source:IGWN far<1e-8 mag<19 -test type:Retraction (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Words match title, event or id. Fields: source, event, type, stream, topic (with ':'), "
                            "ra, dec, err, mag, score, far (with < <= > >= = !=), time and received (ISO dates), "
                            "cone:RA,DEC,R. A leading '-' leaves out: -test, -source:X, -type:X, -word."));
    connect(m_filter, &QLineEdit::textEdited, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &AlertTablePanel::applyFilter);

    m_savedMenu = new QMenu(bar);
    m_savedMenu->setObjectName(QStringLiteral("savedFiltersMenu"));
    connect(m_savedMenu, &QMenu::aboutToShow, this, &AlertTablePanel::rebuildSavedMenu);
    m_savedButton = new QToolButton(bar);
    m_savedButton->setObjectName(QStringLiteral("savedFiltersButton"));
    m_savedButton->setText(tr("Saved filters"));
    m_savedButton->setPopupMode(QToolButton::InstantPopup);
    m_savedButton->setMenu(m_savedMenu);
    rebuildSavedMenu();

    m_filterMessage = new QLabel(bar);
    m_filterMessage->setObjectName(QStringLiteral("filterMessage"));
    m_filterMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_filterMessage->hide();
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("rowCountLabel"));
    m_unseenButton = new QToolButton(bar);
    m_unseenButton->setObjectName(QStringLiteral("unseenButton"));
    m_unseenButton->setToolTip(tr("Go to the newest alert and follow new ones (End)"));
    m_unseenButton->setShortcut(QKeySequence(Qt::Key_End));
    m_unseenButton->hide();
    connect(m_unseenButton, &QToolButton::clicked, this, &AlertTablePanel::jumpToNewest);

    row->addWidget(m_filter, 3);
    row->addWidget(m_savedButton);
    row->addWidget(m_filterMessage, 2);
    row->addStretch(1);
    row->addWidget(m_countLabel);
    row->addWidget(m_unseenButton);
    return bar;
}

void AlertTablePanel::applyFilter()
{
    m_filterDelay->stop();
    const QString text = m_filter->text().trimmed();
    const FilterExpression::Result parsed = FilterExpression::parse(text);
    if (!parsed.ok()) {
        showFilterProblem(parsed.error, parsed.position);
        return;
    }
    m_filterMessage->hide();
    if (text == m_appliedFilter)
        return;
    m_appliedFilter = text;
    m_countLabel->setText(tr("Searching…"));
    m_model->setFilter(parsed.filter);
}

void AlertTablePanel::showFilterProblem(const QString &message, int position)
{
    m_filterMessage->setText(position < 0 ? message : tr("Column %1: %2").arg(position + 1).arg(message));
    m_filterMessage->show();
    if (position >= 0 && m_filter->hasFocus())
        m_filter->setCursorPosition(position);
}

void AlertTablePanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
    applyFilter();
}

void AlertTablePanel::setHideTestAlerts(bool hide)
{
    m_model->setHideTestAlerts(hide);
}

void AlertTablePanel::rebuildSavedMenu()
{
    // clear() leaves submenus alive: the old "Delete" menu goes explicitly.
    qDeleteAll(m_savedMenu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    m_savedMenu->clear();
    QAction *save = m_savedMenu->addAction(tr("Save current filter"), this, &AlertTablePanel::saveCurrentFilter);
    save->setObjectName(QStringLiteral("saveFilterAction"));
    const QStringList saved = savedFilters();
    if (saved.isEmpty())
        return;
    m_savedMenu->addSeparator();
    for (const QString &expression : saved)
        m_savedMenu->addAction(expression, this, [this, expression] { setFilterText(expression); });
    QMenu *remove = m_savedMenu->addMenu(tr("Delete"));
    remove->setObjectName(QStringLiteral("deleteSavedFilterMenu"));
    for (const QString &expression : saved) {
        remove->addAction(expression, this, [expression] {
            QStringList list = savedFilters();
            list.removeAll(expression);
            QSettings().setValue(kSavedFiltersKey, list);
        });
    }
}

void AlertTablePanel::saveCurrentFilter()
{
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty() || !FilterExpression::parse(text).ok())
        return;
    QStringList list = savedFilters();
    list.removeAll(text);
    list.prepend(text);
    QSettings().setValue(kSavedFiltersKey, list);
}

void AlertTablePanel::onRowsArrived(int count)
{
    if (m_following) {
        m_scrollPending = true;
    } else {
        m_unseen += count;
        m_unseenButton->setText(tr("%Ln new ↓", nullptr, m_unseen));
        m_unseenButton->show();
    }
    updateCountLabel();
}

// Only what the user does moves the slider through an action; rows arriving do not.
void AlertTablePanel::onUserScrolled()
{
    const bool atEdge = atNewestEdge(m_table->verticalScrollBar(), m_model->isNewestFirst());
    setFollowing(atEdge && !m_table->selectionModel()->hasSelection());
}

void AlertTablePanel::onSelectionChanged()
{
    if (m_table->selectionModel()->hasSelection())
        setFollowing(false);
    emit selectedAlertChanged();
}

void AlertTablePanel::setFollowing(bool following)
{
    m_following = following;
    if (!following)
        return;
    m_unseen = 0;
    m_unseenButton->hide();
}

void AlertTablePanel::jumpToNewest()
{
    m_table->clearSelection();
    setFollowing(true);
    scrollToNewest();
}

void AlertTablePanel::scrollToNewest()
{
    if (m_model->isNewestFirst())
        m_table->scrollToTop();
    else
        m_table->scrollToBottom();
}

void AlertTablePanel::alertsStored()
{
    m_model->refreshTail();
}

const store::StoredAlert *AlertTablePanel::selectedAlert() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->alertAt(rows.first().row());
}

void AlertTablePanel::updateCountLabel()
{
    m_countLabel->setText(tr("%L1 alerts").arg(m_model->rowCount()));
}

// Grouping by event works as a filter: one store query on the event index, whatever the history's
// size, where an expandable group row would need every event's members counted up front.
void AlertTablePanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const QString event = index.siblingAtColumn(AlertTableModel::Event).data(AlertTableModel::EventRole).toString();
    if (!event.isEmpty()) {
        menu.addAction(tr("Show every alert of %1").arg(event), this,
                       [this, event] { setFilterText(FilterExpression::forEvent(event)); });
    }
    const QString source = index.siblingAtColumn(AlertTableModel::Source).data().toString();
    if (!source.isEmpty()) {
        menu.addAction(tr("Show only %1").arg(source), this,
                       [this, source] { setFilterText(QStringLiteral("source:\"%1\"").arg(source)); });
    }
    if (!m_appliedFilter.isEmpty())
        menu.addAction(tr("Clear the filter"), this, [this] { setFilterText({}); });
    if (!menu.isEmpty())
        menu.exec(m_table->viewport()->mapToGlobal(position));
}

// A retraction leads to what it retracts: activating it shows every alert of its event.
void AlertTablePanel::onActivated(const QModelIndex &index)
{
    if (!index.data(AlertTableModel::RetractionRole).toBool())
        return;
    const QString event = index.data(AlertTableModel::EventRole).toString();
    if (!event.isEmpty())
        setFilterText(FilterExpression::forEvent(event));
}

void AlertTablePanel::onHeaderClicked(int column)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!AlertTableModel::isSortable(column)) {
        header->setSortIndicator(m_model->sortColumn(), m_model->isNewestFirst() ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    const Qt::SortOrder order = header->sortIndicatorOrder();
    m_model->sort(column, order);
}

void AlertTablePanel::selectAlertAt(const store::KafkaCoordinates &message)
{
    m_locating = message;
    setFollowing(false);
    m_model->locate(message);
}

void AlertTablePanel::onLocated(int row)
{
    const QModelIndex current = m_table->currentIndex();
    const QModelIndex target = m_model->index(row, current.isValid() ? current.column() : 0);
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target, QAbstractItemView::PositionAtCenter);
    m_table->setFocus(); // J/K go on from the notified alert
}

// A hidden alert is shown by the least that shows it: test alerts again for a test alert, otherwise
// (or if that was not enough) no filter, after which it is always in the table.
void AlertTablePanel::onNotLocated(const store::HistoryLocation &location)
{
    const decode::ReceivedAlert &alert = location.alert.record;
    if (location.outcome == store::HistoryLocation::Outcome::Missing) {
        emit notice(tr("The notified alert (stream %1, topic %2, partition %3, offset %4) is not in the store: "
                       "removed by retention, or never stored.")
                        .arg(m_locating.stream, m_locating.topic)
                        .arg(m_locating.partition)
                        .arg(m_locating.offset));
        return;
    }
    if (alert.alert.test && m_model->hidesTestAlerts()) {
        setHideTestAlerts(false);
        emit hideTestAlertsChanged(false);
        emit notice(tr("Test alerts are shown again: the notified alert is one."));
    } else if (!m_appliedFilter.isEmpty()) {
        emit notice(tr("The filter \"%1\" hid the notified alert: it was cleared to show the alert.").arg(m_appliedFilter));
        setFilterText({});
    } else {
        return; // nothing hides it any more: only a query racing a filter change ends here
    }
    m_model->locate(m_locating);
}

} // namespace alertdeck::ui
