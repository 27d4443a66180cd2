#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <utility>

namespace alertdeck::decode {

using MessageHeader = std::pair<QByteArray, QByteArray>;
using MessageHeaders = QVector<MessageHeader>;

// What a decoder gets: the bytes of one Kafka message (or one file) and what is known about them.
struct RawMessage
{
    QByteArray payload;
    MessageHeaders headers;
    QString topic;
    // The format a stream's configuration declares ("auto" or empty: detect).
    QString declaredFormat;

    // The value of the first header with this key, or a null QByteArray.
    QByteArray header(const QByteArray &key) const
    {
        for (const auto &[name, value] : headers) {
            if (name == key)
                return value;
        }
        return {};
    }
};

} // namespace alertdeck::decode
