#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QTableWidget;
class QPushButton;

namespace alertdeck::ui {

// The topic handlers of one stream as a simple two-column list: the subscription (topic, pattern or
// "*") and its actions as text ("table, log"). Action objects with settings are kept as they are
// and shown by name; a richer editor can take over through setRichEditor().
class HandlerListEditor : public QWidget
{
    Q_OBJECT
public:
    // The hook for the full Topic handlers dialog: given the handlers, returns the edited ones, or
    // nothing when the user cancelled.
    using RichEditor = std::function<std::optional<QJsonObject>(QWidget *parent, const QJsonObject &handlers)>;

    explicit HandlerListEditor(QWidget *parent = nullptr);

    void setHandlers(const QJsonObject &handlers);
    QJsonObject handlers() const;
    void addTopic(const QString &topic);
    // Shows an "Edit in detail…" button that opens `editor`.
    void setRichEditor(RichEditor editor);

signals:
    void changed();

private:
    void addRow(const QString &key, const QJsonArray &actions);
    void openRichEditor();

    QTableWidget *m_table;
    QPushButton *m_richButton;
    RichEditor m_richEditor;
    // Action objects with their own settings, by row key and action name, so editing the text
    // of a row does not lose them.
    QHash<QString, QJsonObject> m_actionObjects;
    bool m_filling = false;
};

} // namespace alertdeck::ui
