#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace alertdeck::config {

// Reads the Python literal subset a Django settings.py uses for ALERT_STREAMS: dicts, lists, tuples,
// strings (any quotes, prefixes, implicit concatenation), numbers, True/False/None and comments.
// Environment look-ups become markers the importer resolves, because what they mean depends on
// whether the key holds a secret:
//   os.getenv('X', d), os.environ.get('X', d), os.environ['X'] -> {"$env": "X", "$default": d or null}
//   a + b (string concatenation)                                -> {"$concat": [a, b]}
//   anything else (names, other calls, f-strings)               -> {"$unsupported": "<source text>"}
class PythonLiteral
{
public:
    struct Result
    {
        QJsonValue value;
        QString error; // with the line number; empty on success
    };

    // Parses the expression assigned to `name` at the top level of `source` (`NAME = ...`).
    static Result parseAssignment(const QString &source, const QString &name);

    static bool isEnv(const QJsonValue &value) { return value.toObject().contains(QStringLiteral("$env")); }
    static bool isConcat(const QJsonValue &value) { return value.toObject().contains(QStringLiteral("$concat")); }
    static bool isUnsupported(const QJsonValue &value) { return value.toObject().contains(QStringLiteral("$unsupported")); }
};

} // namespace alertdeck::config
