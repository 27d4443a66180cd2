#pragma once

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace alertdeck::secrets {
class SecretStore;
}

namespace alertdeck::ui {

// Stores, updates and removes each stream's keychain entry. Shows only whether an entry is set
// (or that the stream reads its secret from an environment variable); a secret read to find that
// out is dropped at once and never shown.
class CredentialsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CredentialsPage(secrets::SecretStore *store, QWidget *parent = nullptr);

    // The streams as configuration entries (name, kind, options); re-reads which entries are set.
    void setStreams(const QJsonArray &entries);
    // Whether the stream's keychain entry is set, as last read (false while unknown).
    bool isSet(const QString &stream) const { return m_set.value(stream); }

signals:
    void secretStateChanged(const QString &stream, bool set);

private:
    enum Column { StreamColumn, StateColumn };

    void refresh();
    void storeSelected();
    void removeSelected();
    void setState(const QString &stream, const QString &text);
    QString selectedStream() const;
    void onRead(const QString &key, const QString &secret, const QString &error);
    void onWritten(const QString &key, const QString &error);

    QPointer<secrets::SecretStore> m_store;
    QTableWidget *m_table;
    QLineEdit *m_secret;
    QPushButton *m_storeButton;
    QPushButton *m_removeButton;
    QLabel *m_message;
    QHash<QString, QString> m_keyToStream;
    QHash<QString, bool> m_set;
};

} // namespace alertdeck::ui
