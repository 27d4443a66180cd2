#pragma once

#include "HandlerListEditor.h"
#include "core/config/StreamConfigFile.h"
#include "core/secrets/StreamSecretMover.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QVector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace alertdeck::secrets {
class SecretStore;
}

namespace alertdeck::ui {

class ConnectionTestPanel;
class CredentialsPage;
class StreamForm;

// Streams settings: the list of streams (add, duplicate, remove), the form of the selected one with
// validation as the user types, "Test connection" with a topic picker, the Credentials page, and
// import/export of tom-alertstreams and hop-client configurations. Saving writes the configuration
// file atomically (secrets go to the keychain, never into the file) and emits saved(). The keychain
// follows the saved file: typed secrets are stored, renamed streams' entries move to the new name
// and deleted streams' entries are removed (the save confirms the deletion), all by the mover.
class StreamsDialog : public QDialog
{
    Q_OBJECT
public:
    // mover: carries out the keychain changes of each save (not owned); it should outlive the dialog,
    // which may close before the keychain answers. Without one the dialog makes its own.
    StreamsDialog(const QString &configPath, secrets::SecretStore *store, secrets::StreamSecretMover *mover = nullptr,
                  QWidget *parent = nullptr);

    // Imports a TOM settings.py or hop-client auth.toml; the report shows what was and was not.
    void importFile(const QString &path);
    // Writes the valid streams as an ALERT_STREAMS snippet; the report lists what was left out.
    bool exportTo(const QString &path);
    // Validates and writes the file; false (with the reasons shown) when a stream has problems.
    bool save();
    // Hook for the full Topic handlers dialog (see HandlerListEditor::RichEditor).
    void setHandlersEditor(HandlerListEditor::RichEditor editor);

    void accept() override;

signals:
    void saved(const alertdeck::config::StreamConfigFile &file);

private:
    struct Entry
    {
        QJsonObject json;
        QString typedSecret; // for the keychain on save; never written to the file
        // The name in the saved file, whose keychain entry holds the secret; empty until saved.
        QString savedName;
    };

    QWidget *buildStreamsPage();
    void load();
    void addEntry(const QJsonObject &json, const QString &secret = {});
    void selectEntry(int index);
    void onFormEdited();
    void refreshList();
    void validateCurrent();
    config::ConfigProblems problemsOf(int index) const;
    QJsonObject document() const;
    QString uniqueName(const QString &base) const;
    void testConnection();
    void showReport(const QStringList &lines);
    QString submitSecretChanges();
    void removeCurrent();
    void onSecretsMoved(const QStringList &problems);
    void updateSecretState(const QString &stream, bool set);

    QString m_path;
    QPointer<secrets::SecretStore> m_store;
    QPointer<secrets::StreamSecretMover> m_mover;
    // Saved streams removed since the last save: their keychain entries go when the dialog saves.
    QVector<secrets::StreamSecretMover::Change> m_deleted;
    config::StreamConfigFile::StoreSettings m_storeSettings;
    QVector<Entry> m_entries;
    int m_current = -1;
    QTabWidget *m_tabs;
    QListWidget *m_list;
    StreamForm *m_form;
    ConnectionTestPanel *m_test;
    CredentialsPage *m_credentials;
    QPlainTextEdit *m_report;
    QLabel *m_saveMessage;
    QString m_probeKey; // keychain entry awaited for a connection test
};

} // namespace alertdeck::ui
