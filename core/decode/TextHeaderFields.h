#pragma once

#include <QHash>
#include <QString>

namespace alertdeck::decode {

// "KEY: value" header lines as GCN text notices and plain-text circulars write them. A line that
// starts with white space continues the previous key; repeated keys (COMMENTS) are joined.
class TextHeaderFields
{
public:
    // Reads key lines from the start of `text` until the first blank line when `stopAtBlank`
    // (circular headers), else through the whole text (notices).
    TextHeaderFields(const QString &text, bool stopAtBlank);

    QString value(const QString &key) const; // first line of the value, trimmed

private:
    QHash<QString, QString> m_values;
};

} // namespace alertdeck::decode
