#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <cstring>
#include <utility>

namespace alertdeck::decode {

using MessageHeader = std::pair<QByteArray, QByteArray>;

// Spare capacity a payload may be given when it is copied in: the JSON parser reads whole 64-byte
// blocks and, given this much room after the bytes, parses them where they are instead of copying
// each payload into a padded buffer of its own first.
constexpr qsizetype kPayloadPadding = 64;

// A copy of `size` bytes with kPayloadPadding spare capacity.
inline QByteArray paddedPayload(const char *data, qsizetype size)
{
    // Allocated at its final capacity in one step (reserve() went through Qt's general reallocation,
    // ~3% of decoding a notice), then cut to the payload's size; the padding stays allocated.
    QByteArray payload(size + kPayloadPadding, Qt::Uninitialized);
    std::memcpy(payload.data(), data, size_t(size));
    payload.truncate(size);
    return payload;
}
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
