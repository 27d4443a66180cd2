#include "ActionEditor.h"

#include "ConditionEdit.h"
#include "core/config/ActionSettingsValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

namespace alertdeck::ui {
namespace {

const QString actionKey = QStringLiteral("action");
const QString whenKey = QStringLiteral("when");
const QString oncePerEventKey = QStringLiteral("once_per_event");
const QString retractionKey = QStringLiteral("retraction_of_acted");

QString description(const QString &action)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("table"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "Show the alert in the alert table (and keep it in the history).")},
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "Keep the alert in the history without showing it in the table.")},
        {QStringLiteral("log"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "Write one line per alert to the log.")},
        {QStringLiteral("notify"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "Show a desktop notification; bursts are grouped into one summary.")},
        {QStringLiteral("sound"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "Play a sound, at most one every few seconds, never in quiet hours.")},
        {QStringLiteral("command"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "Run a program (no shell): {id} {ra} {dec} {event} {topic} ... become arguments, the alert's JSON goes to its standard input.")},
        {QStringLiteral("forward"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "Produce the alert to a topic of a configured stream, at least once.")},
        {QStringLiteral("webhook"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "POST the alert's JSON to a URL (Slack/Mattermost payload optional).")},
        {QStringLiteral("heartbeat"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "Treat the topic as the stream's heartbeat: show its liveness, alarm when it stops.")},
        {QStringLiteral("tom"), QT_TRANSLATE_NOOP("alertdeck::ui::ActionEditor", "Hand the alert to a TOM Toolkit as a target.")},
    };
    const char *text = texts.value(action);
    return text ? ActionEditor::tr(text) : ActionEditor::tr("Unknown action \"%1\".").arg(action);
}

} // namespace

ActionEditor::ActionEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_condition(new ConditionEdit(this))
    , m_oncePerEvent(new QCheckBox(tr("Only the first alert of each event"), this))
    , m_retractionOfActed(new QCheckBox(tr("Only retractions of events already acted on"), this))
    , m_pages(new QStackedWidget(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("actionEditor"));
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setWordWrap(true);
    m_oncePerEvent->setObjectName(QStringLiteral("oncePerEventCheck"));
    m_retractionOfActed->setObjectName(QStringLiteral("retractionOfActedCheck"));
    m_pages->setObjectName(QStringLiteral("actionSettingsPages"));
    m_problems->setObjectName(QStringLiteral("actionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b"));

    auto *form = new QFormLayout;
    form->addRow(tr("When:"), m_condition);
    form->addRow(QString(), m_oncePerEvent);
    form->addRow(QString(), m_retractionOfActed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    for (const QString &action : config::ActionSettingsValidator::knownActions())
        m_pageOf.insert(action, m_pages->addWidget(buildPage(action)));

    connect(m_condition, &ConditionEdit::textEdited, this, &ActionEditor::onEdited);
    connect(m_oncePerEvent, &QCheckBox::toggled, this, &ActionEditor::onEdited);
    connect(m_retractionOfActed, &QCheckBox::toggled, this, &ActionEditor::onEdited);
}

const QVector<ActionEditor::FieldSpec> &ActionEditor::specsFor(const QString &action)
{
    // The keys of core/config/ActionSettingsValidator, with a label and an editor each.
    static const QHash<QString, QVector<FieldSpec>> specs{
        {QStringLiteral("notify"),
         {{"urgency", QT_TR_NOOP("Urgency:"), Kind::Choice, "", {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("critical")}},
          {"timeout", QT_TR_NOOP("Shown for:"), Kind::Seconds}}},
        {QStringLiteral("sound"),
         {{"file", QT_TR_NOOP("Sound file:"), Kind::File, QT_TR_NOOP("the bundled chime")},
          {"quiet_hours", QT_TR_NOOP("Quiet hours:"), Kind::Text, QT_TR_NOOP("e.g. 22:00-07:00")}}},
        {QStringLiteral("command"),
         {{"argv", QT_TR_NOOP("Program and arguments\n(one per line):"), Kind::Argv, QT_TR_NOOP("/usr/local/bin/followup\n{event}\n{ra}\n{dec}")},
          {"timeout", QT_TR_NOOP("Timeout:"), Kind::Seconds},
          {"max_concurrent", QT_TR_NOOP("At most running at once:"), Kind::Count}}},
        {QStringLiteral("forward"),
         {{"stream", QT_TR_NOOP("To stream:"), Kind::Choice},
          {"topic", QT_TR_NOOP("Topic:"), Kind::Text, QT_TR_NOOP("e.g. Filter001")},
          {"payload", QT_TR_NOOP("Payload:"), Kind::Choice, "", {QStringLiteral("raw"), QStringLiteral("normalized")}}}},
        {QStringLiteral("webhook"),
         {{"url", QT_TR_NOOP("URL:"), Kind::Text, QT_TR_NOOP("https://hooks.example.org/...")},
          {"slack", QT_TR_NOOP("Slack/Mattermost payload"), Kind::Bool},
          {"timeout", QT_TR_NOOP("Timeout:"), Kind::Seconds},
          {"retries", QT_TR_NOOP("Retries:"), Kind::Count}}},
        {QStringLiteral("heartbeat"), {{"alarm_after", QT_TR_NOOP("Alarm after silence of:"), Kind::Seconds}}},
        {QStringLiteral("tom"),
         {{"url", QT_TR_NOOP("TOM URL:"), Kind::Text, QT_TR_NOOP("https://tom.example.org/")},
          {"on_duplicate", QT_TR_NOOP("Existing target:"), Kind::Choice, "", {QStringLiteral("skip"), QStringLiteral("alias"), QStringLiteral("rename")}}}},
    };
    static const QVector<FieldSpec> none;
    const auto found = specs.constFind(action);
    return found == specs.constEnd() ? none : *found;
}

QWidget *ActionEditor::buildPage(const QString &action)
{
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    QVector<Field> &fields = m_fields[action];
    for (const FieldSpec &spec : specsFor(action)) {
        QWidget *editor = createEditor(spec, page);
        editor->setObjectName(QStringLiteral("%1_%2").arg(action, QLatin1String(spec.key)));
        form->addRow(spec.kind == Kind::Bool ? QString() : tr(spec.label), editor);
        fields.append({spec, editor});
    }
    if (fields.isEmpty())
        form->addRow(new QLabel(tr("This action has no settings of its own."), page));
    return page;
}

QWidget *ActionEditor::createEditor(const FieldSpec &spec, QWidget *parent)
{
    const auto edited = [this] { onEdited(); };
    switch (spec.kind) {
    case Kind::Text: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr(spec.placeholder));
        connect(edit, &QLineEdit::textEdited, this, edited);
        return edit;
    }
    case Kind::File: {
        auto *box = new QWidget(parent);
        auto *edit = new QLineEdit(box);
        edit->setPlaceholderText(tr(spec.placeholder));
        auto *browse = new QPushButton(tr("Choose…"), box);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(edit, 1);
        row->addWidget(browse);
        connect(edit, &QLineEdit::textEdited, this, edited);
        connect(browse, &QPushButton::clicked, this, [this, edit] {
            const QString file = QFileDialog::getOpenFileName(this, tr("Alert sound"), edit->text(), tr("Sounds (*.wav *.ogg *.oga *.flac)"));
            if (!file.isEmpty()) {
                edit->setText(file);
                onEdited();
            }
        });
        return box;
    }
    case Kind::Argv: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setPlaceholderText(tr(spec.placeholder));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, edited);
        return edit;
    }
    case Kind::Seconds:
    case Kind::Count: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, spec.kind == Kind::Seconds ? 86400 : 1000);
        spin->setSpecialValueText(tr("default"));
        if (spec.kind == Kind::Seconds)
            spin->setSuffix(tr(" s"));
        connect(spin, &QSpinBox::valueChanged, this, edited);
        return spin;
    }
    case Kind::Bool: {
        auto *check = new QCheckBox(tr(spec.label), parent);
        connect(check, &QCheckBox::toggled, this, edited);
        return check;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("default"), QString());
        for (const QString &choice : spec.choices)
            combo->addItem(choice, choice);
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
        return combo;
    }
    }
    return nullptr;
}

// An editor left at "default" (empty, 0, unchecked) gives no key at all: the action's own default applies.
QJsonValue ActionEditor::readEditor(const Field &field)
{
    switch (field.spec.kind) {
    case Kind::Text:
    case Kind::File: {
        const auto *edit = field.spec.kind == Kind::Text ? qobject_cast<QLineEdit *>(field.editor) : field.editor->findChild<QLineEdit *>();
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case Kind::Argv: {
        QJsonArray argv;
        for (const QString &line : qobject_cast<QPlainTextEdit *>(field.editor)->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                argv.append(line.trimmed());
        }
        return argv.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(argv);
    }
    case Kind::Seconds:
    case Kind::Count: {
        const int value = qobject_cast<QSpinBox *>(field.editor)->value();
        return value == 0 ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value);
    }
    case Kind::Bool:
        return qobject_cast<QCheckBox *>(field.editor)->isChecked() ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined);
    case Kind::Choice: {
        const QString choice = qobject_cast<QComboBox *>(field.editor)->currentData().toString();
        return choice.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(choice);
    }
    }
    return QJsonValue::Undefined;
}

void ActionEditor::writeEditor(const Field &field, const QJsonValue &value)
{
    switch (field.spec.kind) {
    case Kind::Text:
        qobject_cast<QLineEdit *>(field.editor)->setText(value.toString());
        break;
    case Kind::File:
        field.editor->findChild<QLineEdit *>()->setText(value.toString());
        break;
    case Kind::Argv: {
        QStringList lines;
        for (const QJsonValue &item : value.toArray())
            lines << item.toString();
        qobject_cast<QPlainTextEdit *>(field.editor)->setPlainText(lines.join(QLatin1Char('\n')));
        break;
    }
    case Kind::Seconds:
    case Kind::Count:
        qobject_cast<QSpinBox *>(field.editor)->setValue(value.toInt());
        break;
    case Kind::Bool:
        qobject_cast<QCheckBox *>(field.editor)->setChecked(value.toBool());
        break;
    case Kind::Choice: {
        auto *combo = qobject_cast<QComboBox *>(field.editor);
        // A value the form does not offer (e.g. a stream since removed) stays visible and selected.
        if (!value.toString().isEmpty() && combo->findData(value.toString()) < 0)
            combo->addItem(value.toString(), value.toString());
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        break;
    }
    }
}

void ActionEditor::setStreamNames(const QStringList &names)
{
    m_streamNames = names;
    for (const Field &field : std::as_const(m_fields[QStringLiteral("forward")])) {
        if (QLatin1String(field.spec.key) != QLatin1String("stream"))
            continue;
        auto *combo = qobject_cast<QComboBox *>(field.editor);
        for (const QString &name : names) {
            if (combo->findData(name) < 0)
                combo->addItem(name, name);
        }
    }
}

void ActionEditor::setAction(const config::HandlerAction &action)
{
    m_loading = true;
    m_name = action.name;
    m_base = action.settings;
    m_title->setText(QStringLiteral("<b>%1</b> — %2").arg(action.name.toHtmlEscaped(), description(action.name).toHtmlEscaped()));
    m_condition->setText(action.when);
    const bool perEvent = !config::ActionSettingsValidator::isBuiltIn(action.name);
    m_oncePerEvent->setVisible(perEvent);
    m_retractionOfActed->setVisible(perEvent);
    m_oncePerEvent->setChecked(action.settings.value(oncePerEventKey).toBool());
    m_retractionOfActed->setChecked(action.settings.value(retractionKey).toBool());
    m_pages->setCurrentIndex(m_pageOf.value(action.name, 0));
    for (const Field &field : std::as_const(m_fields[action.name]))
        writeEditor(field, action.settings.value(QLatin1String(field.spec.key)));
    m_loading = false;
    showProblems();
}

config::HandlerAction ActionEditor::action() const
{
    config::HandlerAction result{m_name, m_condition->text(), m_base};
    QJsonObject &settings = result.settings;
    settings.insert(actionKey, m_name);
    const auto put = [&settings](const QString &key, const QJsonValue &value) {
        if (value.isUndefined())
            settings.remove(key);
        else
            settings.insert(key, value);
    };
    put(whenKey, result.when.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(result.when));
    const bool perEvent = !config::ActionSettingsValidator::isBuiltIn(m_name);
    put(oncePerEventKey, perEvent && m_oncePerEvent->isChecked() ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined));
    put(retractionKey, perEvent && m_retractionOfActed->isChecked() ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined));
    for (const Field &field : m_fields.value(m_name))
        put(QLatin1String(field.spec.key), readEditor(field));
    return result;
}

QStringList ActionEditor::problems() const
{
    config::ConfigProblems found;
    config::ActionSettingsValidator::check(QString(), QString(), action(), &found);
    QStringList texts;
    for (const config::ConfigProblem &problem : found) {
        const QString key = problem.key.startsWith(QLatin1Char('.')) ? problem.key.mid(1) : problem.key;
        texts << (key.isEmpty() ? problem.message : tr("%1: %2").arg(key, problem.message));
    }
    return texts;
}

void ActionEditor::showProblems()
{
    // The condition's own mistake is shown under the condition field already.
    QStringList found = problems();
    found.erase(std::remove_if(found.begin(), found.end(), [](const QString &p) { return p.startsWith(whenKey + QLatin1Char(':')); }),
                found.end());
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
}

void ActionEditor::onEdited()
{
    if (m_loading)
        return;
    showProblems();
    emit changed();
}

} // namespace alertdeck::ui
