#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace alertdeck::ui {

// The `when` field of an action: checked with the core's condition parser on every keystroke; a
// mistake turns the field red, marks the character it starts at, and says what is wrong where.
class ConditionEdit : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // An empty condition is valid: the action fires for every alert of its handler.
    bool isValid() const { return m_errorColumn < 0; }
    // 0-based, -1 when the condition parses.
    int errorColumn() const { return m_errorColumn; }

signals:
    void textEdited(const QString &text);
    void validityChanged(bool valid);

private:
    void validate();
    void markErrorColumn();
    void showError(const QString &message);

    QLineEdit *m_edit;
    QLabel *m_error;
    int m_errorColumn = -1;
};

} // namespace alertdeck::ui
