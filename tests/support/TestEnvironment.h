#pragma once

#include <QString>

namespace alertdeck::test {

// Where the shared public alert corpus is, or an empty string when it is absent (the corpus lives
// outside the project and is never copied in; corpus tests skip, visibly, without it).
QString corpusDir();

// The bootstrap address of the real test broker's listener of this name ("plaintext", "scram", ...),
// as written by scripts/kafka-up, or an empty string when no broker runs.
QString brokerBootstrap(const QString &listener = QStringLiteral("plaintext"));

// Path of the built alertdeck-cli.
QString cliPath();

} // namespace alertdeck::test
