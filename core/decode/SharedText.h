#pragma once

#include <QString>

namespace alertdeck::decode {

// The alerts of a batch share their stream, topic and name strings; comparing the shared data
// first spares the character-by-character comparison (3% of the store thread per alert).
inline bool sameText(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

} // namespace alertdeck::decode
