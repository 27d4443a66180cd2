#include "HandlerListEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alertdeck::ui {
namespace {

QString actionName(const QJsonValue &action)
{
    return action.isString() ? action.toString() : action.toObject().value(QStringLiteral("action")).toString();
}

QString objectKey(const QString &topic, const QString &action)
{
    return topic + QLatin1Char('\n') + action;
}

} // namespace

HandlerListEditor::HandlerListEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_richButton(new QPushButton(tr("Edit in detail…"), this))
{
    m_table->setObjectName(QStringLiteral("handlersTable"));
    m_table->setHorizontalHeaderLabels({tr("Topic or pattern"), tr("Actions")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Actions, separated by commas: table, store, log…"));
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addHandlerButton"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeHandlerButton"));
    m_richButton->setObjectName(QStringLiteral("editHandlersButton"));
    m_richButton->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(m_richButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, QJsonArray{QStringLiteral("table")});
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
    connect(m_richButton, &QPushButton::clicked, this, &HandlerListEditor::openRichEditor);
}

void HandlerListEditor::setHandlers(const QJsonObject &handlers)
{
    m_filling = true;
    m_table->setRowCount(0);
    m_actionObjects.clear();
    for (auto it = handlers.begin(); it != handlers.end(); ++it)
        addRow(it.key(), it.value().toArray());
    m_filling = false;
}

void HandlerListEditor::addRow(const QString &key, const QJsonArray &actions)
{
    const bool wasFilling = std::exchange(m_filling, true);
    QStringList names;
    for (const QJsonValue &action : actions) {
        names << actionName(action);
        if (action.isObject())
            m_actionObjects.insert(objectKey(key, actionName(action)), action.toObject());
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(names.join(QStringLiteral(", "))));
    m_filling = wasFilling;
    if (!m_filling)
        emit changed();
}

QJsonObject HandlerListEditor::handlers() const
{
    QJsonObject handlers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0)->text().trimmed();
        QJsonArray actions;
        for (const QString &part : m_table->item(row, 1)->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            const auto object = m_actionObjects.constFind(objectKey(key, name));
            actions.append(object != m_actionObjects.cend() ? QJsonValue(*object) : QJsonValue(name));
        }
        handlers.insert(key, actions);
    }
    return handlers;
}

void HandlerListEditor::addTopic(const QString &topic)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == topic)
            return;
    }
    addRow(topic, QJsonArray{QStringLiteral("table")});
}

void HandlerListEditor::setRichEditor(RichEditor editor)
{
    m_richEditor = std::move(editor);
    m_richButton->setVisible(bool(m_richEditor));
}

void HandlerListEditor::openRichEditor()
{
    if (!m_richEditor)
        return;
    if (const auto edited = m_richEditor(this, handlers())) {
        setHandlers(*edited);
        emit changed();
    }
}

} // namespace alertdeck::ui
