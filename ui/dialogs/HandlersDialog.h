#pragma once

#include "core/config/StreamConfig.h"
#include "core/decode/ReceivedAlert.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace alertdeck::ui {

class ActionEditor;

// The Topic handlers dialog of one stream: its handler keys (exact topic, pattern, or "*"), each
// with its ordered actions, their settings and conditions, validated as the user types; and a test
// of the handlers on a sample alert (which key takes it, which actions fire, what a command gets).
// Edits a copy; the caller takes handlers() after exec() returns Accepted.
class HandlersDialog : public QDialog
{
    Q_OBJECT
public:
    // `topics`: the broker's topic names offered by the key picker (may be empty).
    HandlersDialog(const config::StreamConfig &stream, const QStringList &topics, QWidget *parent = nullptr);

    config::TopicHandlers handlers() const { return m_handlers; }
    void setSampleAlert(const decode::ReceivedAlert &alert);
    // Streams a forward action may produce to (the stream itself is always offered).
    void setStreamNames(const QStringList &names);

    // The handlers as the configuration file writes them in options.topic_handlers: an action
    // without settings as its bare name, any other as its object.
    static QJsonObject toJson(const config::TopicHandlers &handlers);
    static config::TopicHandlers fromJson(const QJsonObject &topicHandlers);
    // The Streams dialog's hook (HandlerListEditor::RichEditor): edits options.topic_handlers of a
    // stream in this dialog; nothing when the user cancels.
    static std::optional<QJsonObject> editJson(QWidget *parent, const QJsonObject &topicHandlers);

private:
    QWidget *buildKeyColumn();
    QWidget *buildActionColumn();
    QWidget *buildTestArea();
    int currentKey() const;
    int currentAction() const;
    void refreshKeys(int select);
    void refreshActions(int select);
    void onKeySelected();
    void onActionSelected();
    void onActionEdited();
    void addKey();
    void removeKey();
    void addAction();
    void removeAction();
    void moveAction(int delta);
    void updateButtons();
    void validateAll();
    void runTest();
    static QString actionLabel(const config::HandlerAction &action);

    config::TopicHandlers m_handlers;
    std::optional<decode::ReceivedAlert> m_sample;
    QListWidget *m_keys = nullptr;
    QComboBox *m_keyPicker = nullptr;
    QPushButton *m_addKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QLabel *m_actionsTitle = nullptr;
    QListWidget *m_actions = nullptr;
    QComboBox *m_actionPicker = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_removeAction = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    ActionEditor *m_editor = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_sampleLabel = nullptr;
    QTextBrowser *m_report = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace alertdeck::ui
