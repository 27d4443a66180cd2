#include "StreamForm.h"

#include "HandlerListEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace alertdeck::ui {
namespace {

// Which of the form's option keys each kind shows (the rest are hidden and dropped from its entry).
QStringList formKeys(const QString &kind)
{
    if (kind == QLatin1String("gcn"))
        return {QStringLiteral("client_id"), QStringLiteral("domain"), QStringLiteral("group_id")};
    if (kind == QLatin1String("hopskotch"))
        return {QStringLiteral("url"), QStringLiteral("username"), QStringLiteral("group_id")};
    return {QStringLiteral("bootstrap"), QStringLiteral("security_protocol"), QStringLiteral("sasl_mechanism"),
            QStringLiteral("username"), QStringLiteral("ssl_ca_location"), QStringLiteral("group_id")};
}

const QStringList allFormKeys{QStringLiteral("client_id"), QStringLiteral("domain"), QStringLiteral("url"),
                              QStringLiteral("username"), QStringLiteral("group_id"), QStringLiteral("bootstrap"),
                              QStringLiteral("security_protocol"), QStringLiteral("sasl_mechanism"),
                              QStringLiteral("ssl_ca_location"), QStringLiteral("client_secret"), QStringLiteral("password")};

QString secretKeyOf(const QString &kind, bool hasUsername)
{
    if (kind == QLatin1String("gcn"))
        return QStringLiteral("client_secret");
    if (kind == QLatin1String("hopskotch") || hasUsername)
        return QStringLiteral("password");
    return {};
}

} // namespace

StreamForm::StreamForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_active(new QCheckBox(tr("Start this stream"), this))
    , m_generalProblems(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_kind->addItem(tr("GCN Kafka"), QStringLiteral("gcn"));
    m_kind->addItem(tr("SCiMMA Hopskotch"), QStringLiteral("hopskotch"));
    m_kind->addItem(tr("Kafka"), QStringLiteral("kafka"));
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(tr("Name:"), m_name, QStringLiteral("name"));
    addRow(tr("Kind:"), m_kind, QStringLiteral("kind"));
    addRow({}, m_active, QStringLiteral("active"));

    addLineEdit(QStringLiteral("clientIdEdit"), tr("Client ID:"), QStringLiteral("client_id"));
    addLineEdit(QStringLiteral("domainEdit"), tr("Domain:"), QStringLiteral("domain"))->setPlaceholderText(QStringLiteral("gcn.nasa.gov"));
    addLineEdit(QStringLiteral("urlEdit"), tr("URL:"), QStringLiteral("url"))->setPlaceholderText(QStringLiteral("kafka://kafka.scimma.org/"));
    addLineEdit(QStringLiteral("bootstrapEdit"), tr("Bootstrap servers:"), QStringLiteral("bootstrap"))->setPlaceholderText(QStringLiteral("host:9092[,host:9092]"));
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    m_protocol->addItems({QString(), QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"), QStringLiteral("SASL_PLAINTEXT"), QStringLiteral("SASL_SSL")});
    addRow(tr("Security protocol:"), m_protocol, QStringLiteral("security_protocol"));
    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("mechanismCombo"));
    m_mechanism->addItems({QString(), QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-512"), QStringLiteral("OAUTHBEARER")});
    addRow(tr("SASL mechanism:"), m_mechanism, QStringLiteral("sasl_mechanism"));
    addLineEdit(QStringLiteral("usernameEdit"), tr("Username:"), QStringLiteral("username"));
    addLineEdit(QStringLiteral("groupIdEdit"), tr("Group ID:"), QStringLiteral("group_id"))->setPlaceholderText(tr("derived from the stream's name"));
    QLineEdit *caFile = addLineEdit(QStringLiteral("caFileEdit"), tr("CA file:"), QStringLiteral("ssl_ca_location"));
    auto *browse = caFile->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), QLineEdit::TrailingPosition);
    connect(browse, &QAction::triggered, this, [this, caFile] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate"), caFile->text(), tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            caFile->setText(path);
    });

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    addRow(tr("Secret:"), m_secret, QStringLiteral("secret"));
    m_secretEnv = new QLineEdit(this);
    m_secretEnv->setObjectName(QStringLiteral("secretEnvEdit"));
    m_secretEnv->setPlaceholderText(tr("or read it from this environment variable"));
    addRow(tr("Secret variable:"), m_secretEnv, QStringLiteral("secret_env"));
    m_topics = new QLineEdit(this);
    m_topics->setObjectName(QStringLiteral("topicsEdit"));
    m_topics->setPlaceholderText(tr("topics shown in the table, separated by commas"));
    addRow(tr("Topics:"), m_topics, QStringLiteral("topics"));
    m_handlers = new HandlerListEditor(this);
    m_handlers->setObjectName(QStringLiteral("handlerEditor"));
    addRow(tr("Topic handlers:"), m_handlers, QStringLiteral("topic_handlers"));

    m_generalProblems->setObjectName(QStringLiteral("generalProblemsLabel"));
    m_generalProblems->setWordWrap(true);
    m_generalProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_layout);
    layout->addWidget(m_generalProblems);

    for (QLineEdit *edit : {m_name, m_secret, m_secretEnv, m_topics})
        connect(edit, &QLineEdit::textEdited, this, &StreamForm::edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateKindRows(); if (!m_filling) emit edited(); });
    connect(m_active, &QCheckBox::toggled, this, [this] { if (!m_filling) emit edited(); });
    for (QComboBox *combo : {m_protocol, m_mechanism})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { if (!m_filling) emit edited(); });
    connect(m_handlers, &HandlerListEditor::changed, this, [this] { if (!m_filling) emit edited(); });
    updateKindRows();
}

void StreamForm::addRow(const QString &label, QWidget *field, const QString &key)
{
    auto *problem = new QLabel(this);
    problem->setObjectName(key + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setVisible(false);
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(problem);
    m_layout->addRow(label, cell);
    m_problemLabels.insert(key, problem);
    m_rowFields.insert(key, cell);
}

QLineEdit *StreamForm::addLineEdit(const QString &objectName, const QString &label, const QString &key)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    addRow(label, edit, key);
    m_textFields.insert(key, edit);
    connect(edit, &QLineEdit::textChanged, this, [this] { if (!m_filling) emit edited(); });
    return edit;
}

QString StreamForm::currentKind() const
{
    return m_kind->currentData().toString();
}

void StreamForm::updateKindRows()
{
    const QStringList shown = formKeys(currentKind());
    for (const QString &key : allFormKeys) {
        if (QWidget *row = m_rowFields.value(key))
            m_layout->setRowVisible(row, shown.contains(key));
    }
}

void StreamForm::setEntry(const QJsonObject &entry)
{
    m_filling = true;
    m_original = entry;
    const QJsonObject options = entry.value(QStringLiteral("options")).toObject();
    m_name->setText(entry.value(QStringLiteral("name")).toString());
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(entry.value(QStringLiteral("kind")).toString(QStringLiteral("kafka")))));
    m_active->setChecked(entry.value(QStringLiteral("active")).toBool(true));
    for (auto it = m_textFields.begin(); it != m_textFields.end(); ++it)
        it.value()->setText(options.value(it.key()).toString());
    m_protocol->setCurrentText(options.value(QStringLiteral("security_protocol")).toString());
    m_mechanism->setCurrentText(options.value(QStringLiteral("sasl_mechanism")).toString());
    const QJsonValue secret = options.contains(QStringLiteral("client_secret")) ? options.value(QStringLiteral("client_secret"))
                                                                               : options.value(QStringLiteral("password"));
    m_secretEnv->setText(secret.toObject().value(QStringLiteral("env")).toString());
    m_secret->clear();
    QStringList topics;
    for (const QJsonValue &topic : options.value(QStringLiteral("topics")).toArray())
        topics << topic.toString();
    m_topics->setText(topics.join(QStringLiteral(", ")));
    m_handlers->setHandlers(options.value(QStringLiteral("topic_handlers")).toObject());
    updateKindRows();
    m_filling = false;
}

QJsonObject StreamForm::entry() const
{
    const QString kind = currentKind();
    QJsonObject options = m_original.value(QStringLiteral("options")).toObject();
    for (const QString &key : allFormKeys)
        options.remove(key);
    const QStringList shown = formKeys(kind);
    const auto setText = [&](const QString &key, const QString &text) {
        if (shown.contains(key) && !text.trimmed().isEmpty())
            options.insert(key, text.trimmed());
    };
    for (auto it = m_textFields.cbegin(); it != m_textFields.cend(); ++it)
        setText(it.key(), it.value()->text());
    setText(QStringLiteral("security_protocol"), m_protocol->currentText());
    setText(QStringLiteral("sasl_mechanism"), m_mechanism->currentText());
    const QString secretKey = secretKeyOf(kind, options.contains(QStringLiteral("username")));
    if (!secretKey.isEmpty() && !m_secretEnv->text().trimmed().isEmpty())
        options.insert(secretKey, QJsonObject{{QStringLiteral("env"), m_secretEnv->text().trimmed()}});
    QJsonArray topics;
    for (const QString &topic : m_topics->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        topics.append(topic.trimmed());
    if (topics.isEmpty())
        options.remove(QStringLiteral("topics"));
    else
        options.insert(QStringLiteral("topics"), topics);
    const QJsonObject handlers = m_handlers->handlers();
    if (handlers.isEmpty())
        options.remove(QStringLiteral("topic_handlers"));
    else
        options.insert(QStringLiteral("topic_handlers"), handlers);
    return {{QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("active"), m_active->isChecked()},
            {QStringLiteral("options"), options}};
}

QString StreamForm::problemKey(const QString &key) const
{
    if (key == QLatin1String("client_secret") || key == QLatin1String("password"))
        return QStringLiteral("secret_env");
    if (key.startsWith(QLatin1String("topic_handlers")))
        return QStringLiteral("topic_handlers");
    return m_problemLabels.contains(key) ? key : QString();
}

void StreamForm::showProblems(const config::ConfigProblems &problems)
{
    QHash<QString, QStringList> byKey;
    QStringList general;
    for (const config::ConfigProblem &problem : problems) {
        const QString key = problemKey(problem.key);
        if (key.isEmpty())
            general << (problem.key.isEmpty() ? problem.message : tr("%1: %2").arg(problem.key, problem.message));
        else
            byKey[key] << problem.message;
    }
    for (auto it = m_problemLabels.begin(); it != m_problemLabels.end(); ++it) {
        const QStringList messages = byKey.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    m_generalProblems->setText(general.join(QLatin1Char('\n')));
    m_generalProblems->setVisible(!general.isEmpty());
}

void StreamForm::setSecretState(const QString &state)
{
    m_secret->setPlaceholderText(state);
}

QString StreamForm::typedSecret() const
{
    return m_secret->text();
}

} // namespace alertdeck::ui
