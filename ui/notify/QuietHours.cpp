#include "QuietHours.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace alertdeck::ui {

std::optional<QuietHours> QuietHours::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    QuietHours hours;
    if (match.hasMatch()) {
        hours.m_start = QTime(match.captured(1).toInt(), match.captured(2).toInt());
        hours.m_end = QTime(match.captured(3).toInt(), match.captured(4).toInt());
    }
    if (!hours.m_start.isValid() || !hours.m_end.isValid()) {
        if (error)
            *error = QCoreApplication::translate("AlertDeck", "quiet hours \"%1\" are not of the form 22:00-07:00").arg(text);
        return std::nullopt;
    }
    if (hours.m_start == hours.m_end) {
        if (error)
            *error = QCoreApplication::translate("AlertDeck", "quiet hours \"%1\" start and end at the same time").arg(text);
        return std::nullopt;
    }
    return hours;
}

bool QuietHours::contains(const QTime &time) const
{
    if (m_start < m_end)
        return time >= m_start && time < m_end;
    return time >= m_start || time < m_end;
}

} // namespace alertdeck::ui
