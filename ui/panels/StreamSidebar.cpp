#include "StreamSidebar.h"

#include "ui/models/StreamStatusModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace alertdeck::ui {
namespace {

using StreamState = kafka::StreamStatus::State;

} // namespace

StreamSidebar::StreamSidebar(StreamStatusModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("streamSidebar"));
    m_view->setObjectName(QStringLiteral("streamView"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // A handful of rows: sizing every column to its contents costs nothing and never truncates a rate.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("00000")));
    m_detail->setObjectName(QStringLiteral("streamDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_start = addButton(tr("Start"), QStringLiteral("startStreamButton"), tr("Start the selected stream"));
    m_pause = addButton(tr("Pause"), QStringLiteral("pauseStreamButton"), tr("Pause or resume the selected stream"));
    m_stop = addButton(tr("Stop"), QStringLiteral("stopStreamButton"), tr("Stop the selected stream; its offsets are kept"));
    connect(m_start, &QToolButton::clicked, this, [this] { emit startRequested(selectedStream()); });
    connect(m_pause, &QToolButton::clicked, this, &StreamSidebar::togglePause);
    connect(m_stop, &QToolButton::clicked, this, [this] { emit stopRequested(selectedStream()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);

    connect(m_view, &QWidget::customContextMenuRequested, this, &StreamSidebar::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StreamSidebar::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &StreamSidebar::updateButtons);
    // The first stream is selected as it appears, so its buttons work without a click first.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->selectionModel()->hasSelection())
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    updateButtons();
}

QToolButton *StreamSidebar::addButton(const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

int StreamSidebar::preferredWidth() const
{
    // Typical values, where they are wider than their column's title.
    const QString samples[StreamStatusModel::ColumnCount] = {{}, {}, {}, QStringLiteral("999.9 kB/s"), {}, tr("59 min ago")};
    int width = 0;
    for (int column = 0; column < StreamStatusModel::ColumnCount; ++column)
        width += std::max({m_view->header()->sectionSizeHint(column), m_view->header()->minimumSectionSize(),
                           fontMetrics().horizontalAdvance(samples[column]) + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin)});
    width += style()->pixelMetric(QStyle::PM_SmallIconSize) + 4; // the state icon before the name
    return width + 2 * m_view->frameWidth() + 2 * layout()->contentsMargins().left() + fontMetrics().horizontalAdvance(QLatin1Char('x')) * 2;
}

QString StreamSidebar::selectedStream() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->streamAt(current.row()) : QString();
}

void StreamSidebar::selectStream(const QString &stream)
{
    const int row = m_model->rowOf(stream);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void StreamSidebar::togglePause()
{
    const QString stream = selectedStream();
    if (!stream.isEmpty())
        emit pauseRequested(stream, m_model->stateOf(stream) != StreamState::Paused);
}

void StreamSidebar::updateButtons()
{
    const QString stream = selectedStream();
    const StreamState state = m_model->stateOf(stream);
    const bool running = !stream.isEmpty() && state != StreamState::Stopped && state != StreamState::Error;
    m_start->setEnabled(!stream.isEmpty() && !running);
    m_pause->setEnabled(running);
    m_pause->setText(state == StreamState::Paused ? tr("Resume") : tr("Pause"));
    m_stop->setEnabled(running);
    const QModelIndex current = m_view->currentIndex();
    m_detail->setText(current.isValid() ? m_model->index(current.row(), StreamStatusModel::State).data(Qt::ToolTipRole).toString() : QString());
}

void StreamSidebar::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("streamContextMenu"));
    for (QToolButton *button : {m_start, m_pause, m_stop}) {
        QAction *action = menu->addAction(button->text(), button, &QToolButton::click);
        action->setEnabled(button->isEnabled());
    }
    // A target that is gone for good leaves its forwards in the outbox, retried for ever.
    menu->addSeparator();
    const QString stream = selectedStream();
    QAction *discard = menu->addAction(tr("Discard Waiting Forwards…"), this, [this, stream] { emit discardForwardsRequested(stream); });
    discard->setObjectName(QStringLiteral("discardForwardsAction"));
    discard->setEnabled(m_model->forwardsOwed(stream) > 0);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace alertdeck::ui
