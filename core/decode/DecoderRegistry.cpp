#include "DecoderRegistry.h"

#include "DecodeSupport.h"
#include "GcnBinaryDecoder.h"
#include "GcnCircularDecoder.h"
#include "GcnJsonDecoder.h"
#include "GcnTextDecoder.h"
#include "GenericAvroDecoder.h"
#include "GenericJsonDecoder.h"
#include "HermesDecoder.h"
#include "HopCircularDecoder.h"
#include "PlainTextDecoder.h"
#include "RubinAvroDecoder.h"
#include "VoEventDecoder.h"
#include "ZtfAvroDecoder.h"

#include <QCoreApplication>

#include <exception>

namespace alertdeck::decode {
namespace {

const QString kJson = QStringLiteral("json");
const QString kText = QStringLiteral("text");
const QString kHopJson = QStringLiteral("hop.json");
const QString kHopBlob = QStringLiteral("hop.blob");
const QString kHopAvro = QStringLiteral("hop.avro");

// hop-client's `_format` header names its message model; the decoder that reads that model.
// "json", "blob" and "avro" are containers: what is inside may still be a format we know.
QString formatForHopModel(const QByteArray &model)
{
    if (model == "voevent")
        return QStringLiteral("gcn.voevent");
    if (model == "circular")
        return QStringLiteral("hop.circular");
    if (model == "gcntextnotice")
        return QStringLiteral("gcn.text");
    if (model == "json")
        return kHopJson;
    if (model == "blob")
        return kHopBlob;
    if (model == "avro")
        return kHopAvro;
    return {};
}

} // namespace

DecoderRegistry::DecoderRegistry() : DecoderRegistry(Options{}) {}

DecoderRegistry::DecoderRegistry(const Options &options)
{
    // Content sniffing tries these in order: the most specific signatures first.
    m_decoders.push_back(std::make_unique<RubinAvroDecoder>(options.schemaDir, options.schemaRegistryUrl));
    m_decoders.push_back(std::make_unique<ZtfAvroDecoder>());
    m_decoders.push_back(std::make_unique<GenericAvroDecoder>());
    m_decoders.push_back(std::make_unique<GcnBinaryDecoder>());
    // GCN JSON before VOEvent: notices are the bulk of the traffic, so they are recognized first.
    m_decoders.push_back(std::make_unique<GcnJsonDecoder>());
    m_decoders.push_back(std::make_unique<VoEventDecoder>());
    m_decoders.push_back(std::make_unique<GcnCircularDecoder>());
    m_decoders.push_back(std::make_unique<HermesDecoder>());
    m_decoders.push_back(std::make_unique<HopCircularDecoder>());
    m_decoders.push_back(std::make_unique<GcnTextDecoder>());
    // Never chosen by sniffing: only by name, hop header, or as the last resort below.
    m_decoders.push_back(std::make_unique<GenericJsonDecoder>(kHopJson));
    m_decoders.push_back(std::make_unique<PlainTextDecoder>(kHopBlob));
    m_decoders.push_back(std::make_unique<GenericJsonDecoder>(kJson));
    m_decoders.push_back(std::make_unique<PlainTextDecoder>(kText));
    for (const auto &decoder : m_decoders) {
        if (!isContainerFormat(decoder->name()))
            m_sniffers.push_back(decoder.get());
    }
}

DecoderRegistry::~DecoderRegistry() = default;

QStringList DecoderRegistry::formatNames() const
{
    QStringList names{QStringLiteral("auto")};
    for (const auto &decoder : m_decoders)
        names << decoder->name();
    return names;
}

bool DecoderRegistry::hasFormat(const QString &name) const
{
    return formatNames().contains(name);
}

const AlertDecoder *DecoderRegistry::byName(const QString &name) const
{
    for (const auto &decoder : m_decoders) {
        if (decoder->name() == name)
            return decoder.get();
    }
    return nullptr;
}

const AlertDecoder *DecoderRegistry::sniff(const RawMessage &message) const
{
    for (const AlertDecoder *decoder : m_sniffers) {
        if (decoder->recognizes(message))
            return decoder;
    }
    return nullptr;
}

bool DecoderRegistry::isContainerFormat(const QString &name)
{
    return name == kJson || name == kText || name == kHopJson || name == kHopBlob;
}

const AlertDecoder *DecoderRegistry::decoderFor(const RawMessage &message) const
{
    const QString hopFormat = formatForHopModel(message.header(QByteArrayLiteral("_format")).trimmed());
    if (!hopFormat.isEmpty()) {
        // A model's own decoder first, if the payload looks like that model at all; JSON, blob and
        // Avro messages wrap other formats (GCN JSON, circulars, notices, ZTF or Rubin records),
        // and a circular sent as JSON archive record is still a circular.
        const AlertDecoder *named = byName(hopFormat);
        const bool wrapper = isContainerFormat(hopFormat) || hopFormat == kHopAvro;
        if (named && !wrapper && named->recognizes(message))
            return named;
        if (const AlertDecoder *inner = sniff(message))
            return inner;
        if (named)
            return named;
    }
    if (!message.declaredFormat.isEmpty() && message.declaredFormat != QLatin1String("auto")) {
        if (const AlertDecoder *decoder = byName(message.declaredFormat))
            return decoder;
    }
    if (const AlertDecoder *decoder = sniff(message))
        return decoder;
    const AlertDecoder *json = byName(kJson);
    return json->recognizes(message) ? json : byName(kText);
}

QVector<Alert> DecoderRegistry::decode(const RawMessage &message) const
{
    const AlertDecoder *decoder = decoderFor(message);
    QVector<Alert> alerts;
    try {
        alerts = decoder->decode(message);
    } catch (const std::exception &error) {
        alerts = {support::undecodable(message, decoder->name(),
                                       QCoreApplication::translate("AlertDeck", "decoder %1 failed: %2")
                                           .arg(decoder->name(), QString::fromLocal8Bit(error.what())))};
    }
    if (alerts.isEmpty()) {
        alerts.append(support::undecodable(message, decoder->name(),
                                           QCoreApplication::translate("AlertDeck", "decoder %1 found no alert")
                                               .arg(decoder->name())));
    }
    return alerts;
}

} // namespace alertdeck::decode
