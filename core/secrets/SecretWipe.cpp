#include "SecretWipe.h"

#include <cstring>

namespace alertdeck::secrets {
namespace {

template <typename String>
void overwrite(String &secret)
{
    auto &data = secret.data_ptr();
    if (!secret.isEmpty() && data.isMutable() && !data.isShared()) {
        // volatile keeps the compiler from dropping stores to memory that is freed right after.
        volatile auto *bytes = reinterpret_cast<volatile unsigned char *>(data.data());
        for (qsizetype i = 0; i < secret.size() * qsizetype(sizeof(*data.data())); ++i)
            bytes[i] = 0;
    }
    secret.clear();
}

} // namespace

void wipe(QString &secret)
{
    overwrite(secret);
}

void wipe(QByteArray &secret)
{
    overwrite(secret);
}

} // namespace alertdeck::secrets
