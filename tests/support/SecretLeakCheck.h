#pragma once

#include <QString>
#include <QStringList>

namespace alertdeck::test {

// Searches every regular file under dir (recursively, hidden ones too) for each secret, as UTF-8 and as
// UTF-16 text. Returns one "file: secret #i" line per hit (the secret itself is not repeated).
QStringList findSecrets(const QString &dir, const QStringList &secrets);

} // namespace alertdeck::test
