#pragma once

#include "core/config/ConfigProblem.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace alertdeck::ui {

class HandlerListEditor;

// The form of one stream: the fields of its kind (gcn: client id, domain; hopskotch: URL, username,
// group id; kafka: bootstrap, security protocol, SASL mechanism, CA file), its secret, and its topic
// handlers. Edits the stream's configuration entry, keeping option keys the form does not show;
// each validator problem appears under the field of its key.
class StreamForm : public QWidget
{
    Q_OBJECT
public:
    explicit StreamForm(QWidget *parent = nullptr);

    void setEntry(const QJsonObject &entry);
    QJsonObject entry() const;
    void showProblems(const config::ConfigProblems &problems);
    // What the form says about the secret while its field is empty ("stored in the keychain"...).
    void setSecretState(const QString &state);
    // The secret typed since setEntry(), or empty: it goes to the keychain, never into the entry.
    QString typedSecret() const;
    HandlerListEditor *handlerEditor() const { return m_handlers; }

signals:
    void edited();

private:
    QLineEdit *addLineEdit(const QString &objectName, const QString &label, const QString &key);
    void addRow(const QString &label, QWidget *field, const QString &key);
    void updateKindRows();
    QString currentKind() const;
    QString problemKey(const QString &key) const;

    QFormLayout *m_layout;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QCheckBox *m_active;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_mechanism = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_secretEnv = nullptr;
    QLineEdit *m_topics = nullptr;
    HandlerListEditor *m_handlers = nullptr;
    QLabel *m_generalProblems;
    QHash<QString, QLineEdit *> m_textFields;  // option key -> its field
    QHash<QString, QLabel *> m_problemLabels;  // key -> the label under its field
    QHash<QString, QWidget *> m_rowFields;     // key -> the field (for row visibility)
    QJsonObject m_original;
    bool m_filling = false;
};

} // namespace alertdeck::ui
