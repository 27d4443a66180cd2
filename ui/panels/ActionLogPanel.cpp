#include "ActionLogPanel.h"

#include "ui/models/ActionLogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace alertdeck::ui {

ActionLogPanel::ActionLogPanel(ActionLogModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("actionLogView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->horizontalHeader()->resizeSection(ActionLogModel::Time, metrics.horizontalAdvance(QStringLiteral("2026-11-25 03:39:59")) + 16);
    m_view->horizontalHeader()->resizeSection(ActionLogModel::Action, metrics.horizontalAdvance(QStringLiteral("webhook")) + 24);

    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clearActionLogButton"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove every line of the action log"));
    connect(clear, &QToolButton::clicked, model, &ActionLogModel::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    // Whether to follow is decided before the rows arrive: after, the scroll bar has already grown.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ActionLogPanel::followNewest);
}

void ActionLogPanel::followNewest()
{
    if (m_atBottom)
        m_view->scrollToBottom();
}

} // namespace alertdeck::ui
