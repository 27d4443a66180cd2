#include "StreamsDialog.h"

#include "ConnectionTestPanel.h"
#include "CredentialsPage.h"
#include "StreamForm.h"
#include "core/config/AlertStreamsExporter.h"
#include "core/config/AtomicFile.h"
#include "core/config/ConfigImport.h"
#include "core/config/StreamConfigValidator.h"
#include "core/secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace alertdeck::ui {
namespace {

// Whether the entry keeps its secret in the keychain: it has a secret option without an env
// reference. An entry too broken to tell is taken to, so a failure about its entry is not hidden.
bool usesKeychain(const QJsonObject &json)
{
    config::ConfigProblems ignored;
    const auto stream = config::StreamConfigValidator().read(json, &ignored);
    return !stream || (!stream->secretKey().isEmpty() && stream->secretEnvVar().isEmpty());
}

QString nameOf(const QJsonObject &json)
{
    return json.value(QStringLiteral("name")).toString();
}

} // namespace

StreamsDialog::StreamsDialog(const QString &configPath, secrets::SecretStore *store, secrets::StreamSecretMover *mover, QWidget *parent)
    : QDialog(parent)
    , m_path(configPath)
    , m_store(store)
    , m_mover(mover || !store ? mover : new secrets::StreamSecretMover(store, this))
    , m_tabs(new QTabWidget(this))
    , m_list(new QListWidget(this))
    , m_form(new StreamForm(this))
    , m_test(new ConnectionTestPanel(this))
    , m_credentials(new CredentialsPage(store, this))
    , m_report(new QPlainTextEdit(this))
    , m_saveMessage(new QLabel(this))
{
    setObjectName(QStringLiteral("streamsDialog"));
    setWindowTitle(tr("Streams"));
    m_tabs->addTab(buildStreamsPage(), tr("Streams"));
    m_tabs->addTab(m_credentials, tr("Credentials"));
    m_report->setObjectName(QStringLiteral("reportView"));
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(120);
    m_report->setVisible(false);
    m_saveMessage->setObjectName(QStringLiteral("saveMessageLabel"));
    m_saveMessage->setWordWrap(true);
    m_saveMessage->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("Import a TOM settings.py (ALERT_STREAMS) or a hop-client auth.toml"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Export as an ALERT_STREAMS snippet for a TOM's settings.py"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    buttons->addButton(importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_report);
    layout->addWidget(m_saveMessage);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &StreamsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StreamsDialog::reject);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import streams"), {}, tr("TOM settings or hop auth (*.py *.toml);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export streams"), QStringLiteral("alert_streams.py"), tr("Python (*.py)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_form, &StreamForm::edited, this, &StreamsDialog::onFormEdited);
    connect(m_test, &ConnectionTestPanel::testRequested, this, &StreamsDialog::testConnection);
    connect(m_test, &ConnectionTestPanel::topicChosen, m_form->handlerEditor(), &HandlerListEditor::addTopic);
    connect(m_credentials, &CredentialsPage::secretStateChanged, this, &StreamsDialog::updateSecretState);
    if (m_mover)
        connect(m_mover, &secrets::StreamSecretMover::finished, this, &StreamsDialog::onSecretsMoved);
    if (m_store) {
        connect(m_store, &secrets::SecretStore::readFinished, this, [this](const QString &key, const QString &secret, const QString &error) {
            if (key != std::exchange(m_probeKey, {}) || m_current < 0)
                return;
            config::ConfigProblems problems;
            if (!error.isEmpty())
                m_test->showMessage(tr("The keychain entry could not be read: %1").arg(error));
            else if (secret.isEmpty())
                m_test->showMessage(tr("This stream needs its secret: type it in the Secret field, store it on the Credentials page "
                                       "or name an environment variable."));
            else if (const auto stream = config::StreamConfigValidator().read(m_entries.at(m_current).json, &problems))
                m_test->run(*stream, secret);
        });
    }
    load();
    resize(980, 720);
}

QWidget *StreamsDialog::buildStreamsPage()
{
    auto *page = new QWidget(this);
    m_list->setObjectName(QStringLiteral("streamList"));
    auto *add = new QPushButton(tr("Add"), page);
    add->setObjectName(QStringLiteral("addStreamButton"));
    auto *duplicate = new QPushButton(tr("Duplicate"), page);
    duplicate->setObjectName(QStringLiteral("duplicateStreamButton"));
    auto *remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("removeStreamButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(remove);
    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addWidget(m_test);

    auto *splitter = new QSplitter(page);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 700});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &StreamsDialog::selectEntry);
    connect(add, &QPushButton::clicked, this, [this] {
        addEntry({{QStringLiteral("name"), uniqueName(tr("New stream"))}, {QStringLiteral("kind"), QStringLiteral("hopskotch")},
                  {QStringLiteral("active"), true}, {QStringLiteral("options"), QJsonObject{}}});
    });
    connect(duplicate, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        QJsonObject copy = m_entries.at(m_current).json;
        copy.insert(QStringLiteral("name"), uniqueName(copy.value(QStringLiteral("name")).toString() + tr(" copy")));
        addEntry(copy);
    });
    connect(remove, &QPushButton::clicked, this, &StreamsDialog::removeCurrent);
    return page;
}

void StreamsDialog::removeCurrent()
{
    if (m_current < 0)
        return;
    const int removed = m_current;
    m_current = -1;
    const Entry &entry = m_entries.at(removed);
    if (!entry.savedName.isEmpty())
        m_deleted.append({entry.savedName, {}, {}, usesKeychain(entry.json)});
    m_entries.removeAt(removed);
    refreshList();
    m_list->setCurrentRow(qMin(removed, int(m_entries.size()) - 1));
}

void StreamsDialog::load()
{
    const auto file = config::StreamConfigFile::load(m_path);
    m_storeSettings = file.store;
    for (const QJsonValue &entry : file.entries)
        m_entries.append({entry.toObject(), {}, nameOf(entry.toObject())});
    QStringList notes = file.notes;
    for (const config::ConfigProblem &problem : file.problems) {
        if (problem.stream.isEmpty() && QFileInfo::exists(m_path))
            notes << problem.toString();
    }
    showReport(notes);
    refreshList();
    m_list->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    if (m_entries.isEmpty())
        selectEntry(-1);
}

void StreamsDialog::addEntry(const QJsonObject &json, const QString &secret)
{
    m_entries.append({json, secret, {}});
    refreshList();
    m_list->setCurrentRow(int(m_entries.size()) - 1);
}

void StreamsDialog::selectEntry(int index)
{
    m_current = index;
    m_form->setEnabled(index >= 0);
    m_test->setEnabled(index >= 0);
    m_test->clear();
    if (index < 0 || index >= m_entries.size())
        return;
    m_form->setEntry(m_entries.at(index).json);
    const QString name = m_entries.at(index).json.value(QStringLiteral("name")).toString();
    updateSecretState(name, m_credentials->isSet(name));
    validateCurrent();
}

void StreamsDialog::onFormEdited()
{
    if (m_current < 0)
        return;
    m_entries[m_current].json = m_form->entry();
    if (!m_form->typedSecret().isEmpty())
        m_entries[m_current].typedSecret = m_form->typedSecret();
    m_list->item(m_current)->setText(m_entries.at(m_current).json.value(QStringLiteral("name")).toString());
    validateCurrent();
}

// The list shows each stream by name, in red while it has problems (it would not start).
void StreamsDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QJsonArray entries;
    for (int i = 0; i < m_entries.size(); ++i) {
        auto *item = new QListWidgetItem(m_entries.at(i).json.value(QStringLiteral("name")).toString(), m_list);
        if (!problemsOf(i).isEmpty())
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        entries.append(m_entries.at(i).json);
    }
    m_credentials->setStreams(entries);
    if (m_current >= 0 && m_current < m_entries.size())
        m_list->setCurrentRow(m_current);
}

config::ConfigProblems StreamsDialog::problemsOf(int index) const
{
    // Earlier streams are read first, so a name used twice is reported on the later stream.
    config::StreamConfigValidator validator;
    config::ConfigProblems ignored;
    for (int i = 0; i < index; ++i)
        validator.read(m_entries.at(i).json, &ignored);
    config::ConfigProblems problems;
    validator.read(m_entries.at(index).json, &problems);
    return problems;
}

void StreamsDialog::validateCurrent()
{
    const config::ConfigProblems problems = problemsOf(m_current);
    m_form->showProblems(problems);
    m_list->item(m_current)->setForeground(problems.isEmpty() ? m_list->palette().text().color() : QColor(0xb0, 0x00, 0x20));
}

QJsonObject StreamsDialog::document() const
{
    QJsonArray streams;
    for (const Entry &entry : m_entries)
        streams.append(entry.json);
    return {{QStringLiteral("version"), config::StreamConfigFile::currentVersion}, {QStringLiteral("streams"), streams}};
}

QString StreamsDialog::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) { return e.json.value(QStringLiteral("name")).toString() == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void StreamsDialog::testConnection()
{
    if (m_current < 0)
        return;
    const Entry &entry = m_entries.at(m_current);
    config::ConfigProblems problems;
    const auto stream = config::StreamConfigValidator().read(entry.json, &problems);
    if (!stream) {
        m_test->showMessage(tr("Fix the problems of this stream first."));
        return;
    }
    if (!entry.typedSecret.isEmpty() || stream->secretKey().isEmpty()) {
        m_test->run(*stream, entry.typedSecret);
    } else if (!stream->secretEnvVar().isEmpty()) {
        m_test->run(*stream, qEnvironmentVariable(qPrintable(stream->secretEnvVar())));
    } else if (m_store && m_store->isAvailable()) {
        m_probeKey = secrets::SecretStore::streamKey(stream->name);
        m_store->read(m_probeKey);
    } else {
        m_test->run(*stream, {});
    }
}

void StreamsDialog::importFile(const QString &path)
{
    const config::ImportResult result = config::importConfigFile(path);
    if (!result.ok()) {
        showReport({tr("Nothing imported: %1").arg(result.fatal)});
        return;
    }
    QStringList report;
    for (const QJsonValue &value : result.streams) {
        QJsonObject entry = value.toObject();
        const QString imported = entry.value(QStringLiteral("name")).toString();
        const QString name = uniqueName(imported);
        entry.insert(QStringLiteral("name"), name);
        addEntry(entry, result.literalSecrets.value(imported));
        if (result.literalSecrets.contains(imported))
            report << tr("The secret of stream \"%1\" found in the file goes to the keychain when you save.").arg(name);
    }
    for (const QString &line : result.imported)
        report << tr("Imported: %1").arg(line);
    for (const QString &line : result.notImported)
        report << tr("Not imported: %1").arg(line);
    showReport(report);
}

bool StreamsDialog::exportTo(const QString &path)
{
    const auto file = config::StreamConfigFile::parse(QJsonDocument(document()).toJson());
    const auto result = config::AlertStreamsExporter::exportStreams(file.streams);
    QStringList report;
    for (const config::ConfigProblem &problem : file.problems)
        report << tr("Not exported: %1").arg(problem.toString());
    for (const QString &line : result.notExported)
        report << tr("Not exported: %1").arg(line);
    QString error;
    const bool written = config::writeFileAtomically(path, result.python.toUtf8(), &error);
    report.prepend(written ? tr("Exported %n stream(s) to %1.", nullptr, int(file.streams.size())).arg(path) : error);
    showReport(report);
    return written;
}

bool StreamsDialog::save()
{
    auto file = config::StreamConfigFile::parse(QJsonDocument(document()).toJson());
    if (!file.problems.isEmpty()) {
        m_saveMessage->setText(tr("Not saved: %n problem(s), first: %1", nullptr, int(file.problems.size()))
                                   .arg(file.problems.first().toString()));
        return false;
    }
    file.store = m_storeSettings;
    QString error;
    if (!file.save(m_path, &error)) {
        m_saveMessage->setText(error);
        return false;
    }
    // Submitted before saved() is emitted, so whoever applies the file can wait for the keychain.
    m_saveMessage->setText(submitSecretChanges());
    emit saved(file);
    return true;
}

// Hands the keychain changes of this save to the mover: typed secrets, renamed and deleted streams'
// entries. Returns what could not be stored (no keychain), or an empty string.
QString StreamsDialog::submitSecretChanges()
{
    const bool keychain = m_store && m_store->isAvailable();
    QVector<secrets::StreamSecretMover::Change> changes = std::exchange(m_deleted, {});
    QStringList unstored;
    for (Entry &entry : m_entries) {
        const QString name = nameOf(entry.json);
        QString typed = std::exchange(entry.typedSecret, {});
        if (!typed.isEmpty() && !keychain) {
            unstored << name;
            typed.clear();
        }
        if (entry.savedName != name || !typed.isEmpty())
            changes.append({std::exchange(entry.savedName, name), name, typed, usesKeychain(entry.json)});
    }
    if (m_mover && !changes.isEmpty())
        m_mover->submit(changes);
    if (unstored.isEmpty())
        return {};
    return tr("Saved, but the secrets of %1 were not stored: no keychain is available. Use an environment variable instead.")
        .arg(unstored.join(QStringLiteral(", ")));
}

// Errors of the keychain arrive after the save; the Credentials page re-reads what is set now.
void StreamsDialog::onSecretsMoved(const QStringList &problems)
{
    refreshList();
    if (!problems.isEmpty())
        m_saveMessage->setText(tr("Saved, but the keychain did not follow: %1").arg(problems.join(QStringLiteral("; "))));
}

void StreamsDialog::accept()
{
    // Stays open when something (e.g. a secret without a keychain) needs the user's attention.
    if (save() && m_saveMessage->text().isEmpty())
        QDialog::accept();
}

void StreamsDialog::setHandlersEditor(HandlerListEditor::RichEditor editor)
{
    m_form->handlerEditor()->setRichEditor(std::move(editor));
}

void StreamsDialog::showReport(const QStringList &lines)
{
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    m_report->setVisible(!lines.isEmpty());
}

void StreamsDialog::updateSecretState(const QString &stream, bool set)
{
    if (m_current < 0 || m_entries.at(m_current).json.value(QStringLiteral("name")).toString() != stream)
        return;
    m_form->setSecretState(set ? tr("stored in the keychain; type to replace it") : tr("not set; type it to store it in the keychain"));
}

} // namespace alertdeck::ui
