#include "SecretStore.h"

namespace alertdeck::secrets {

QString SecretStore::streamKey(const QString &streamName)
{
    return QStringLiteral("stream/") + streamName;
}

QString SecretStore::tomKey(const QString &tomUrl)
{
    return QStringLiteral("tom/") + tomUrl;
}

} // namespace alertdeck::secrets
