#include "HandlersDialog.h"

#include "ActionEditor.h"
#include "HandlerTestReport.h"
#include "core/config/ActionSettingsValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace alertdeck::ui {
namespace {

const QString actionKey = QStringLiteral("action");

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(QLatin1String(name));
    return result;
}

} // namespace

HandlersDialog::HandlersDialog(const config::StreamConfig &stream, const QStringList &topics, QWidget *parent)
    : QDialog(parent)
    , m_handlers(stream.handlers)
{
    setObjectName(QStringLiteral("handlersDialog"));
    setWindowTitle(stream.name.isEmpty() ? tr("Topic handlers") : tr("Topic handlers — %1").arg(stream.name));
    auto *intro = new QLabel(tr("Each topic the stream <b>%1</b> subscribes to is taken by one handler key: an exact topic beats a "
                                "pattern such as <code>hermes.*</code>, a pattern beats <code>*</code>. The key's actions run in order, "
                                "each only when its condition holds.").arg(stream.name.toHtmlEscaped()), this);
    intro->setWordWrap(true);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("handlerColumns"));
    columns->setChildrenCollapsible(false);
    columns->addWidget(buildKeyColumn());
    columns->addWidget(buildActionColumn());
    auto *settingsBox = new QGroupBox(tr("Action settings"), columns);
    auto *scroll = new QScrollArea(settingsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new ActionEditor(scroll);
    m_editor->setStreamNames({stream.name});
    scroll->setWidget(m_editor);
    (new QVBoxLayout(settingsBox))->addWidget(scroll);
    columns->addWidget(settingsBox);
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 2);
    columns->setStretchFactor(2, 3);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    // The test report (argv, stdin JSON) needs about as much room as the editing columns.
    layout->addWidget(columns, 1);
    layout->addWidget(buildTestArea(), 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    QStringList offered{QStringLiteral("*")};
    offered << topics;
    m_keyPicker->addItems(offered);
    m_keyPicker->setCurrentIndex(-1);
    connect(m_editor, &ActionEditor::changed, this, &HandlersDialog::onActionEdited);
    refreshKeys(m_handlers.isEmpty() ? -1 : 0);
    resize(1180, 760);
}

QWidget *HandlersDialog::buildKeyColumn()
{
    auto *box = new QGroupBox(tr("Handler keys"), this);
    m_keys = new QListWidget(box);
    m_keys->setObjectName(QStringLiteral("handlerKeys"));
    m_keyPicker = new QComboBox(box);
    m_keyPicker->setObjectName(QStringLiteral("keyPicker"));
    m_keyPicker->setEditable(true);
    m_keyPicker->setInsertPolicy(QComboBox::NoInsert);
    m_keyPicker->lineEdit()->setPlaceholderText(tr("topic, pattern (hermes.*) or *"));
    m_addKey = button(tr("Add key"), "addKeyButton", box);
    m_removeKey = button(tr("Remove key"), "removeKeyButton", box);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_keyPicker, 1);
    pick->addWidget(m_addKey);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_keys, 1);
    layout->addLayout(pick);
    layout->addWidget(m_removeKey, 0, Qt::AlignLeft);
    connect(m_keys, &QListWidget::currentRowChanged, this, &HandlersDialog::onKeySelected);
    connect(m_keyPicker, &QComboBox::editTextChanged, this, &HandlersDialog::updateButtons);
    connect(m_keyPicker->lineEdit(), &QLineEdit::returnPressed, this, &HandlersDialog::addKey);
    connect(m_addKey, &QPushButton::clicked, this, &HandlersDialog::addKey);
    connect(m_removeKey, &QPushButton::clicked, this, &HandlersDialog::removeKey);
    return box;
}

QWidget *HandlersDialog::buildActionColumn()
{
    auto *box = new QGroupBox(tr("Actions, in order"), this);
    m_actionsTitle = new QLabel(box);
    m_actionsTitle->setObjectName(QStringLiteral("actionsTitle"));
    m_actions = new QListWidget(box);
    m_actions->setObjectName(QStringLiteral("actionList"));
    // Long conditions are elided in the list; the whole action is in the item's tooltip.
    m_actions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actions->setTextElideMode(Qt::ElideRight);
    m_actionPicker = new QComboBox(box);
    m_actionPicker->setObjectName(QStringLiteral("actionPicker"));
    m_actionPicker->addItems(config::ActionSettingsValidator::knownActions());
    m_addAction = button(tr("Add action"), "addActionButton", box);
    m_removeAction = button(tr("Remove"), "removeActionButton", box);
    m_moveUp = button(tr("Move up"), "moveUpButton", box);
    m_moveDown = button(tr("Move down"), "moveDownButton", box);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_actionPicker, 1);
    pick->addWidget(m_addAction);
    auto *order = new QHBoxLayout;
    order->addWidget(m_removeAction);
    order->addStretch(1);
    order->addWidget(m_moveUp);
    order->addWidget(m_moveDown);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_actionsTitle);
    layout->addWidget(m_actions, 1);
    layout->addLayout(pick);
    layout->addLayout(order);
    connect(m_actions, &QListWidget::currentRowChanged, this, &HandlersDialog::onActionSelected);
    connect(m_addAction, &QPushButton::clicked, this, &HandlersDialog::addAction);
    connect(m_removeAction, &QPushButton::clicked, this, &HandlersDialog::removeAction);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveAction(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveAction(+1); });
    return box;
}

QWidget *HandlersDialog::buildTestArea()
{
    auto *box = new QGroupBox(tr("Test"), this);
    m_test = button(tr("Test on selected alert"), "testButton", box);
    m_sampleLabel = new QLabel(tr("No alert selected: select one in the alert table first."), box);
    m_sampleLabel->setObjectName(QStringLiteral("sampleLabel"));
    m_report = new QTextBrowser(box);
    m_report->setObjectName(QStringLiteral("testReport"));
    m_report->setPlaceholderText(tr("Which handler and actions would fire for the selected alert, and what a command would receive."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_test);
    top->addWidget(m_sampleLabel, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_report, 1);
    connect(m_test, &QPushButton::clicked, this, &HandlersDialog::runTest);
    return box;
}

void HandlersDialog::setSampleAlert(const decode::ReceivedAlert &alert)
{
    m_sample = alert;
    m_sampleLabel->setText(tr("%1 — topic %2, offset %3").arg(alert.alert.title, alert.topic).arg(alert.offset));
    updateButtons();
}

void HandlersDialog::setStreamNames(const QStringList &names)
{
    m_editor->setStreamNames(names);
}

int HandlersDialog::currentKey() const
{
    const int row = m_keys->currentRow();
    return row >= 0 && row < m_handlers.size() ? row : -1;
}

int HandlersDialog::currentAction() const
{
    const int key = currentKey();
    const int row = m_actions->currentRow();
    return key >= 0 && row >= 0 && row < m_handlers.at(key).actions.size() ? row : -1;
}

void HandlersDialog::refreshKeys(int select)
{
    const QSignalBlocker blocker(m_keys);
    m_keys->clear();
    for (const config::TopicHandler &handler : std::as_const(m_handlers)) {
        auto *item = new QListWidgetItem(tr("%1   (%2)").arg(handler.key, HandlerTestReport::keyKind(handler.key)), m_keys);
        item->setData(Qt::UserRole, handler.key);
    }
    m_keys->setCurrentRow(select);
    onKeySelected();
}

QString HandlersDialog::actionLabel(const config::HandlerAction &action)
{
    return action.when.isEmpty() ? action.name : tr("%1 — when %2").arg(action.name, action.when);
}

void HandlersDialog::refreshActions(int select)
{
    const QSignalBlocker blocker(m_actions);
    m_actions->clear();
    const int key = currentKey();
    if (key >= 0) {
        for (const config::HandlerAction &action : std::as_const(m_handlers.at(key).actions)) {
            m_actions->addItem(actionLabel(action));
            m_actions->item(m_actions->count() - 1)->setToolTip(actionLabel(action));
        }
    }
    m_actions->setCurrentRow(select);
    onActionSelected();
}

void HandlersDialog::onKeySelected()
{
    const int key = currentKey();
    m_actionsTitle->setText(key < 0 ? tr("Select or add a handler key.") : tr("Actions for <b>%1</b>:").arg(m_handlers.at(key).key.toHtmlEscaped()));
    refreshActions(key >= 0 && !m_handlers.at(key).actions.isEmpty() ? 0 : -1);
}

void HandlersDialog::onActionSelected()
{
    const int action = currentAction();
    m_editor->setEnabled(action >= 0);
    if (action >= 0)
        m_editor->setAction(m_handlers.at(currentKey()).actions.at(action));
    else
        m_editor->setAction({});
    updateButtons();
    validateAll();
}

void HandlersDialog::onActionEdited()
{
    const int key = currentKey();
    const int action = currentAction();
    if (action < 0)
        return;
    m_handlers[key].actions[action] = m_editor->action();
    m_actions->item(action)->setText(actionLabel(m_handlers.at(key).actions.at(action)));
    m_actions->item(action)->setToolTip(m_actions->item(action)->text());
    validateAll();
    if (!m_report->document()->isEmpty())
        runTest();
}

void HandlersDialog::addKey()
{
    const QString key = m_keyPicker->currentText().trimmed();
    if (!m_addKey->isEnabled() || key.isEmpty())
        return;
    m_handlers.append({key, {config::HandlerAction{QStringLiteral("table"), {}, {}}}});
    m_keyPicker->setEditText(QString());
    refreshKeys(int(m_handlers.size()) - 1);
}

void HandlersDialog::removeKey()
{
    const int key = currentKey();
    if (key < 0)
        return;
    m_handlers.removeAt(key);
    refreshKeys(std::min(key, int(m_handlers.size()) - 1));
}

void HandlersDialog::addAction()
{
    const int key = currentKey();
    if (key < 0)
        return;
    const QString name = m_actionPicker->currentText();
    m_handlers[key].actions.append({name, {}, QJsonObject{{actionKey, name}}});
    refreshActions(int(m_handlers.at(key).actions.size()) - 1);
}

void HandlersDialog::removeAction()
{
    const int action = currentAction();
    if (action < 0)
        return;
    config::HandlerActions &actions = m_handlers[currentKey()].actions;
    actions.removeAt(action);
    refreshActions(std::min(action, int(actions.size()) - 1));
}

void HandlersDialog::moveAction(int delta)
{
    const int action = currentAction();
    const int target = action + delta;
    config::HandlerActions *actions = action >= 0 ? &m_handlers[currentKey()].actions : nullptr;
    if (!actions || target < 0 || target >= actions->size())
        return;
    actions->move(action, target);
    refreshActions(target);
}

void HandlersDialog::updateButtons()
{
    const QString typed = m_keyPicker->currentText().trimmed();
    const bool exists = std::any_of(m_handlers.cbegin(), m_handlers.cend(), [&](const config::TopicHandler &h) { return h.key == typed; });
    m_addKey->setEnabled(!typed.isEmpty() && !exists);
    m_addKey->setToolTip(exists ? tr("The stream has a handler for \"%1\" already.").arg(typed) : QString());
    const bool hasKey = currentKey() >= 0;
    const int action = currentAction();
    m_removeKey->setEnabled(hasKey);
    m_addAction->setEnabled(hasKey);
    m_removeAction->setEnabled(action >= 0);
    m_moveUp->setEnabled(action > 0);
    m_moveDown->setEnabled(action >= 0 && action + 1 < m_actions->count());
    m_test->setEnabled(m_sample.has_value());
    m_test->setToolTip(m_sample ? QString() : tr("Select an alert in the alert table first."));
}

void HandlersDialog::validateAll()
{
    config::ConfigProblems problems;
    for (const config::TopicHandler &handler : std::as_const(m_handlers)) {
        for (qsizetype i = 0; i < handler.actions.size(); ++i)
            config::ActionSettingsValidator::check(QString(), QStringLiteral("%1[%2]").arg(handler.key).arg(i + 1), handler.actions.at(i), &problems);
    }
    QStringList lines;
    for (const config::ConfigProblem &problem : std::as_const(problems))
        lines << tr("%1: %2").arg(problem.key, problem.message);
    m_problems->setText(lines.isEmpty() ? QString() : tr("To fix before saving:\n") + lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(lines.isEmpty());
}

void HandlersDialog::runTest()
{
    if (m_sample)
        m_report->setHtml(HandlerTestReport::build(m_handlers, *m_sample).toHtml());
}

config::TopicHandlers HandlersDialog::fromJson(const QJsonObject &topicHandlers)
{
    // As the configuration reader takes them: a bare name, or an object with "action" and its keys.
    config::TopicHandlers handlers;
    for (auto it = topicHandlers.begin(); it != topicHandlers.end(); ++it) {
        config::TopicHandler handler{it.key(), {}};
        for (const QJsonValue &item : it.value().toArray()) {
            const QJsonObject settings = item.toObject();
            const QString name = item.isString() ? item.toString() : settings.value(actionKey).toString();
            handler.actions.append({name, settings.value(QStringLiteral("when")).toString(), settings});
        }
        handlers.append(handler);
    }
    return handlers;
}

std::optional<QJsonObject> HandlersDialog::editJson(QWidget *parent, const QJsonObject &topicHandlers)
{
    config::StreamConfig stream;
    stream.handlers = fromJson(topicHandlers);
    HandlersDialog dialog(stream, {}, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return toJson(dialog.handlers());
}

QJsonObject HandlersDialog::toJson(const config::TopicHandlers &handlers)
{
    QJsonObject result;
    for (const config::TopicHandler &handler : handlers) {
        QJsonArray actions;
        for (const config::HandlerAction &action : handler.actions) {
            QJsonObject object = action.settings;
            object.remove(actionKey);
            if (!action.when.isEmpty())
                object.insert(QStringLiteral("when"), action.when);
            if (object.isEmpty()) {
                actions.append(action.name);
            } else {
                object.insert(actionKey, action.name);
                actions.append(object);
            }
        }
        result.insert(handler.key, actions);
    }
    return result;
}

} // namespace alertdeck::ui
