#pragma once

#include "AlertDecoder.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace alertdeck::decode {

// Chooses the decoder for a message and runs it: the hop-client `_format` header first, then the
// stream's declared format, then content sniffing; what no decoder recognizes becomes a "json" or
// "text" alert with a decode error. Thread-safe after construction (decoders are const).
class DecoderRegistry
{
public:
    struct Options
    {
        // Where Rubin/Confluent-framed Avro schemas are found by id ("<id>.avsc" / "<id>.json").
        QString schemaDir;
        // A Confluent Schema Registry base URL, used when the schema is not in schemaDir.
        QString schemaRegistryUrl;
    };

    DecoderRegistry();
    explicit DecoderRegistry(const Options &options);
    ~DecoderRegistry();
    DecoderRegistry(const DecoderRegistry &) = delete;
    DecoderRegistry &operator=(const DecoderRegistry &) = delete;

    // "auto" plus every decoder's name, for --format and the stream dialogs.
    QStringList formatNames() const;
    bool hasFormat(const QString &name) const;

    // Never throws and never returns an empty list: undecodable input is kept as one alert with
    // decodeError set.
    QVector<Alert> decode(const RawMessage &message) const;

    // The decoder decode() would use for this message.
    const AlertDecoder *decoderFor(const RawMessage &message) const;

private:
    const AlertDecoder *byName(const QString &name) const;
    const AlertDecoder *sniff(const RawMessage &message) const;
    // Formats that say how a payload is wrapped, not what it is; never chosen by sniffing.
    static bool isContainerFormat(const QString &name);

    std::vector<std::unique_ptr<AlertDecoder>> m_decoders;
    // The decoders content sniffing tries, in order (every decoder but the container formats).
    std::vector<const AlertDecoder *> m_sniffers;
};

} // namespace alertdeck::decode
