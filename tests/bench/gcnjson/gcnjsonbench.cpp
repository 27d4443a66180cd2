// Times three ways of turning ~1 KB GCN unified-JSON notices into the fields AlertDeck shows:
// QJsonDocument + QJsonObject lookups, simdjson DOM + lookups (same fields), and the production
// GcnJsonDecoder (simdjson, full mapping), and the same behind DecoderRegistry's format detection.
// Prints BENCH/RATIO lines (CONTRACTS.md format).
// Usage: alertdeck-gcnjsonbench [NOTICES] (default 200000)

#include "core/decode/DecoderRegistry.h"
#include "core/decode/GcnJsonDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <simdjson.h>

#include <optional>

using alertdeck::decode::Alert;
using alertdeck::decode::DecoderRegistry;
using alertdeck::decode::GcnJsonDecoder;
using alertdeck::decode::RawMessage;

namespace {

// The fields both parsers extract, so they do the same work.
struct Fields
{
    QString id, time, alertType, tense, mission, instrument;
    std::optional<double> ra, dec, error, snr, far;
};

QByteArray notice(int index)
{
    QByteArray json = QStringLiteral(
        R"({"$schema":"https://gcn.nasa.gov/schema/main/gcn/notices/swift/bat/alert.schema.json",)"
        R"("mission":"Swift","instrument":"BAT","messenger":"EM","record_number":%1,)"
        R"("alert_datetime":"2025-02-%2T10:11:%3.123Z","alert_tense":"current","alert_type":"initial",)"
        R"("trigger_time":"2025-02-%2T10:10:%3.456Z","id":["%4"],"ra":%5,"dec":%6,"ra_dec_error":0.0512,)"
        R"("containment_probability":0.9,"systematic_included":true,"rate_snr":%7,"image_snr":12.5,)"
        R"("rate_energy_range":[15,350],"rate_duration":1.024,"classification":{"GRB":0.97},)"
        R"("additional_info":")")
                          .arg(index % 5 + 1)
                          .arg(index % 28 + 1, 2, 10, QLatin1Char('0'))
                          .arg(index % 60, 2, 10, QLatin1Char('0'))
                          .arg(1300000 + index)
                          .arg(double(index % 36000) / 100.0, 0, 'f', 4)
                          .arg(double(index % 18000) / 100.0 - 90.0, 0, 'f', 4)
                          .arg(6.0 + (index % 500) / 10.0, 0, 'f', 2)
                          .toUtf8();
    while (json.size() < 1000)
        json += "BAT rate trigger with an uncatalogued point source in the partially coded field. ";
    json += "\"}";
    return json;
}

Fields withQJson(const QByteArray &payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    auto number = [&](const char *key) -> std::optional<double> {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
    };
    return {object.value(QLatin1String("id")).toArray().first().toString(),
            object.value(QLatin1String("trigger_time")).toString(),
            object.value(QLatin1String("alert_type")).toString(),
            object.value(QLatin1String("alert_tense")).toString(),
            object.value(QLatin1String("mission")).toString(),
            object.value(QLatin1String("instrument")).toString(),
            number("ra"), number("dec"), number("ra_dec_error"), number("rate_snr"), number("far")};
}

Fields withSimdjson(simdjson::dom::parser &parser, const QByteArray &payload)
{
    simdjson::dom::object object;
    if (parser.parse(payload.constData(), size_t(payload.size())).get_object().get(object))
        return {};
    auto text = [&](const char *key) {
        std::string_view view;
        return object[key].get_string().get(view) ? QString() : QString::fromUtf8(view.data(), qsizetype(view.size()));
    };
    auto number = [&](const char *key) -> std::optional<double> {
        double value = 0;
        return object[key].get_double().get(value) ? std::nullopt : std::optional<double>(value);
    };
    std::string_view id;
    if (object["id"].at(0).get_string().get(id))
        id = {};
    return {QString::fromUtf8(id.data(), qsizetype(id.size())), text("trigger_time"), text("alert_type"),
            text("alert_tense"), text("mission"), text("instrument"), number("ra"), number("dec"),
            number("ra_dec_error"), number("rate_snr"), number("far")};
}

template <typename Decode>
double perSecond(const QVector<QByteArray> &notices, Decode decode, qint64 *checksum)
{
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &payload : notices)
        *checksum += decode(payload);
    return notices.size() / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    QVector<QByteArray> notices;
    notices.reserve(count);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        notices.append(notice(i));
        bytes += notices.last().size();
    }
    qint64 checksum = 0;
    simdjson::dom::parser parser;
    const GcnJsonDecoder decoder;
    const auto qjson = [](const QByteArray &p) { return qint64(withQJson(p).id.size()); };
    const auto simd = [&parser](const QByteArray &p) { return qint64(withSimdjson(parser, p).id.size()); };
    const auto full = [&decoder](const QByteArray &p) {
        RawMessage message;
        message.payload = p;
        return qint64(decoder.decode(message).first().id.size());
    };
    // One warm-up pass each, then the timed passes.
    perSecond(notices, qjson, &checksum);
    perSecond(notices, simd, &checksum);
    const double qjsonRate = perSecond(notices, qjson, &checksum);
    const double simdRate = perSecond(notices, simd, &checksum);
    const double decoderRate = perSecond(notices, full, &checksum);
    const DecoderRegistry registry;
    const auto detected = [&registry](const QByteArray &p) {
        RawMessage message;
        message.payload = p;
        return qint64(registry.decode(message).first().id.size());
    };
    const double registryRate = perSecond(notices, detected, &checksum);

    QTextStream out(stdout);
    out << "# " << count << " notices, mean " << bytes / count << " bytes, checksum " << checksum << "\n";
    out << "BENCH gcn_json_fields_qjsondocument " << qRound64(qjsonRate) << " notices/s\n";
    out << "BENCH gcn_json_fields_simdjson " << qRound64(simdRate) << " notices/s\n";
    out << "BENCH gcn_json_decoder " << qRound64(decoderRate) << " notices/s\n";
    out << "BENCH gcn_json_registry_auto " << qRound64(registryRate) << " notices/s\n";
    out << "RATIO gcn_json_simdjson_vs_qjsondocument " << QString::number(simdRate / qjsonRate, 'f', 2) << "\n";
    return 0;
}
