#pragma once

#include <QJsonObject>
#include <QString>

namespace alertdeck::test {

// The text of a file scripts/kafka-up wrote into the test broker's directory (token-endpoint,
// token-requests.log, ...), trimmed; empty when there is none.
QString brokerFile(const QString &name);
// From kafka-up's "name:secret[:...]" lists (scram-users, oauth-clients): the secret of `name`.
QString brokerSecret(const QString &file, const QString &name);
// Writes {"streams": [stream]} to path; returns path, or an empty string when it cannot be written.
QString writeStreamConfig(const QString &path, const QJsonObject &stream);

} // namespace alertdeck::test
