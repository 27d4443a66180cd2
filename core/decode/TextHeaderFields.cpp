#include "TextHeaderFields.h"

#include <QRegularExpression>

namespace alertdeck::decode {

TextHeaderFields::TextHeaderFields(const QString &text, bool stopAtBlank)
{
    static const QRegularExpression keyLine(QStringLiteral(R"(^([A-Z][A-Z0-9_ ]*[A-Z0-9]):\s?(.*)$)"));
    QString lastKey;
    qsizetype offset = 0;
    while (offset <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), offset);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(offset, end - offset).remove(QLatin1Char('\r'));
        offset = end + 1;
        if (line.trimmed().isEmpty()) {
            if (stopAtBlank && !m_values.isEmpty())
                return;
            continue;
        }
        const QRegularExpressionMatch match = keyLine.match(line);
        if (match.hasMatch()) {
            lastKey = match.captured(1);
            const QString value = match.captured(2).trimmed();
            auto existing = m_values.find(lastKey);
            if (existing == m_values.end())
                m_values.insert(lastKey, value);
            else
                *existing += QLatin1Char('\n') + value;
        } else if (!lastKey.isEmpty() && line.front().isSpace()) {
            m_values[lastKey] += QLatin1Char('\n') + line.trimmed();
        } else if (stopAtBlank) {
            return;
        }
    }
}

QString TextHeaderFields::value(const QString &key) const
{
    return m_values.value(key).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace alertdeck::decode
