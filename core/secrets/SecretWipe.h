#pragma once

#include <QByteArray>
#include <QString>

namespace alertdeck::secrets {

// Overwrites a secret's characters before the string lets go of them, so the freed heap does not
// keep the password. Only a buffer this string alone holds is overwritten: an implicitly shared
// one still belongs to another holder (and static data cannot be written). The string is empty after.
void wipe(QString &secret);
void wipe(QByteArray &secret);

} // namespace alertdeck::secrets
