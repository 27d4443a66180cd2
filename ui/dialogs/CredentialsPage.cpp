#include "CredentialsPage.h"

#include "core/secrets/SecretStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alertdeck::ui {
namespace {

// The environment variable the entry's secret option refers to, or empty.
QString envVariable(const QJsonObject &options)
{
    for (const char *key : {"client_secret", "password"}) {
        const QString variable = options.value(QLatin1String(key)).toObject().value(QStringLiteral("env")).toString();
        if (!variable.isEmpty())
            return variable;
    }
    return {};
}

} // namespace

CredentialsPage::CredentialsPage(secrets::SecretStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 2, this))
    , m_secret(new QLineEdit(this))
    , m_storeButton(new QPushButton(tr("Store in keychain"), this))
    , m_removeButton(new QPushButton(tr("Remove from keychain"), this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("credentialsTable"));
    m_table->setHorizontalHeaderLabels({tr("Stream"), tr("Secret")});
    m_table->horizontalHeader()->setSectionResizeMode(StreamColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_secret->setObjectName(QStringLiteral("credentialSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("New secret for the selected stream"));
    m_storeButton->setObjectName(QStringLiteral("storeSecretButton"));
    m_removeButton->setObjectName(QStringLiteral("removeSecretButton"));
    m_message->setObjectName(QStringLiteral("credentialsMessage"));
    m_message->setWordWrap(true);

    auto *intro = new QLabel(tr("Secrets (GCN client secrets, SCRAM passwords) are kept in the system keychain, "
                                "never in the configuration file."), this);
    intro->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_storeButton);
    row->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_storeButton, &QPushButton::clicked, this, &CredentialsPage::storeSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &CredentialsPage::removeSelected);
    if (m_store) {
        connect(m_store, &secrets::SecretStore::readFinished, this, &CredentialsPage::onRead);
        connect(m_store, &secrets::SecretStore::writeFinished, this, &CredentialsPage::onWritten);
        connect(m_store, &secrets::SecretStore::removeFinished, this, &CredentialsPage::onWritten);
    }
    const bool available = m_store && m_store->isAvailable();
    for (QWidget *widget : {static_cast<QWidget *>(m_secret), static_cast<QWidget *>(m_storeButton), static_cast<QWidget *>(m_removeButton)})
        widget->setEnabled(available);
    if (!available)
        m_message->setText(m_store ? tr("The keychain is not available: %1. Streams can read their secret from an environment variable instead.").arg(m_store->unavailableReason())
                                   : tr("No keychain is available. Streams can read their secret from an environment variable instead."));
}

void CredentialsPage::setStreams(const QJsonArray &entries)
{
    m_table->setRowCount(0);
    m_keyToStream.clear();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        const QString variable = envVariable(entry.value(QStringLiteral("options")).toObject());
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, StreamColumn, new QTableWidgetItem(name));
        m_table->setItem(row, StateColumn, new QTableWidgetItem(variable.isEmpty() ? tr("checking…") : tr("from environment variable %1").arg(variable)));
        if (variable.isEmpty())
            m_keyToStream.insert(secrets::SecretStore::streamKey(name), name);
    }
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->selectRow(0);
    refresh();
}

void CredentialsPage::refresh()
{
    if (!m_store || !m_store->isAvailable()) {
        for (const QString &stream : std::as_const(m_keyToStream))
            setState(stream, tr("keychain not available"));
        return;
    }
    for (auto it = m_keyToStream.cbegin(); it != m_keyToStream.cend(); ++it)
        m_store->read(it.key());
}

void CredentialsPage::onRead(const QString &key, const QString &secret, const QString &error)
{
    const auto stream = m_keyToStream.constFind(key);
    if (stream == m_keyToStream.cend())
        return;
    const bool set = !secret.isEmpty();
    m_set.insert(*stream, set);
    setState(*stream, !error.isEmpty() ? tr("cannot read: %1").arg(error) : set ? tr("set") : tr("not set"));
    emit secretStateChanged(*stream, set);
}

void CredentialsPage::onWritten(const QString &key, const QString &error)
{
    const auto stream = m_keyToStream.constFind(key);
    if (stream == m_keyToStream.cend())
        return;
    if (!error.isEmpty()) {
        m_message->setText(tr("Stream \"%1\": the keychain refused: %2").arg(*stream, error));
        return;
    }
    m_message->clear();
    m_store->read(key);
}

void CredentialsPage::storeSelected()
{
    const QString stream = selectedStream();
    if (stream.isEmpty() || m_secret->text().isEmpty())
        return;
    m_store->write(secrets::SecretStore::streamKey(stream), m_secret->text());
    m_secret->clear();
}

void CredentialsPage::removeSelected()
{
    const QString stream = selectedStream();
    if (!stream.isEmpty())
        m_store->remove(secrets::SecretStore::streamKey(stream));
}

QString CredentialsPage::selectedStream() const
{
    const int row = m_table->currentRow();
    if (row < 0)
        return {};
    const QString stream = m_table->item(row, StreamColumn)->text();
    // Streams that read an environment variable have no keychain entry to manage.
    return m_keyToStream.key(stream).isEmpty() ? QString() : stream;
}

void CredentialsPage::setState(const QString &stream, const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, StreamColumn)->text() == stream)
            m_table->item(row, StateColumn)->setText(text);
    }
}

} // namespace alertdeck::ui
