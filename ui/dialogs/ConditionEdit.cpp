#include "ConditionEdit.h"

#include "core/route/Condition.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace alertdeck::ui {

ConditionEdit::ConditionEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("conditionEdit"));
    m_edit->setPlaceholderText(tr("always (e.g. far < 3.17e-8 and not test)"));
    m_edit->setToolTip(tr("Fields: %1\nOperators: < <= > >= == != ~ (regular expression) in [...], and, or, not, ( )")
                           .arg(route::Condition::fieldNames().join(QStringLiteral(", "))));
    m_edit->setClearButtonEnabled(true);
    m_error->setObjectName(QStringLiteral("conditionError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    connect(m_edit, &QLineEdit::textChanged, this, &ConditionEdit::validate);
    connect(m_edit, &QLineEdit::textEdited, this, &ConditionEdit::textEdited);
    // The error mark is placed relative to the cursor, so it follows every cursor move.
    connect(m_edit, &QLineEdit::cursorPositionChanged, this, &ConditionEdit::markErrorColumn);
}

QString ConditionEdit::text() const
{
    return m_edit->text().trimmed();
}

void ConditionEdit::setText(const QString &text)
{
    m_edit->setText(text);
    validate();
}

void ConditionEdit::validate()
{
    const bool wasValid = isValid();
    route::ConditionError error;
    const QString condition = m_edit->text();
    const bool valid = condition.trimmed().isEmpty() || route::Condition::parse(condition, &error).has_value();
    m_errorColumn = valid ? -1 : std::max(0, error.column);
    m_edit->setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
    if (valid)
        m_error->hide();
    else
        showError(error.message);
    markErrorColumn();
    if (valid != wasValid)
        emit validityChanged(valid);
}

void ConditionEdit::showError(const QString &message)
{
    // The text with the offending character marked: the column is visible even in a long condition.
    const QString text = m_edit->text();
    const QString before = text.left(m_errorColumn).toHtmlEscaped();
    const QString at = m_errorColumn < text.size() ? QString(text.at(m_errorColumn)).toHtmlEscaped() : QStringLiteral("&nbsp;");
    const QString after = text.mid(m_errorColumn + 1).toHtmlEscaped();
    m_error->setText(QStringLiteral("<span style='color:#c0392b'>%1</span><br><code>%2<span style='background:#c0392b;color:white'>%3</span>%4</code>")
                         .arg(message.toHtmlEscaped(), before, at, after));
    m_error->show();
}

void ConditionEdit::markErrorColumn()
{
    QList<QInputMethodEvent::Attribute> attributes;
    if (m_errorColumn >= 0 && m_errorColumn < m_edit->text().size()) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0xc0, 0x39, 0x2b));
        format.setBackground(QColor(0xf5, 0xb7, 0xb1));
        attributes << QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, m_errorColumn - m_edit->cursorPosition(), 1, format);
    }
    // QLineEdit takes text formats only through an input-method event (no preedit text here).
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

} // namespace alertdeck::ui
