#pragma once

#include <QString>
#include <QTime>

#include <optional>

namespace alertdeck::ui {

// A daily span of local time in which the sound action stays silent, written "22:00-07:00"; a span
// whose end is before its start runs over midnight.
class QuietHours
{
public:
    // nullopt and a reason a person can act on when the text is not "HH:MM-HH:MM".
    static std::optional<QuietHours> parse(const QString &text, QString *error);

    bool contains(const QTime &time) const;
    QTime start() const { return m_start; }
    QTime end() const { return m_end; }

private:
    QTime m_start;
    QTime m_end;
};

} // namespace alertdeck::ui
