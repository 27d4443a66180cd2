#pragma once

#include <QByteArrayList>
#include <QString>

namespace alertdeck::decode {

// Splits an alert file into the Kafka messages it stands for: a ".jsonl" file is one message per
// non-empty line; any other file (JSON, XML, text, an Avro container) is one message.
class MessageFile
{
public:
    static bool read(const QString &path, QByteArrayList *messages, QString *error);
};

} // namespace alertdeck::decode
