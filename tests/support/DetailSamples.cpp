#include "DetailSamples.h"

#include "AvroSampleWriter.h"
#include "core/decode/DecoderRegistry.h"

namespace alertdeck::test {

QByteArray gcnJsonNotice(int index)
{
    // The shape of a GCN Kafka notice (Swift BAT GUANO), padded with the localization's fields.
    QByteArray notice = QStringLiteral(R"({"$schema": "https://gcn.nasa.gov/schema/v4.1.0/gcn/notices/swift/bat/guano.schema.json",
 "mission": "Swift", "instrument": "BAT", "messenger": "EM", "record_number": 1,
 "alert_datetime": "2025-03-01T10:%1:00.000Z", "alert_tense": "current", "alert_type": "initial",
 "trigger_time": "2025-03-01T10:%1:00.000Z", "follow_up_event": "S250301ab", "follow_up_type": "GW",
 "data_archive_page": "https://gcn.nasa.gov/missions/swift/guano/%2",
 "id": [%2], "ra": 123.456, "dec": -45.678, "ra_dec_error": 0.05, "containment_probability": 0.9,
 "systematic_included": true, "rate_snr": 7.2, "rate_duration": 4.096, "rate_energy_range": [15, 350],
 "classification": {"GRB": 0.92, "SGR": 0.05, "Noise": 0.03},
 "far": 1.2e-7, "healpix_url": "https://gcn.nasa.gov/missions/swift/guano/%2/skymap.fits.gz",
 "additional_info": "Swift BAT GUANO localization of a sub-threshold transient, notice %2 of the test set."})")
                             .arg(index % 60, 2, 10, QLatin1Char('0'))
                             .arg(index)
                             .toUtf8();
    return notice;
}

QByteArray voEventNotice(int index)
{
    QString params;
    for (int i = 0; i < 40; ++i)
        params += QStringLiteral("      <Param name=\"Extra%1\" dataType=\"float\" value=\"%2\" ucd=\"misc\" unit=\"\">"
                                 "<Description>Extra parameter %1 of the test notice</Description></Param>\n")
                      .arg(i)
                      .arg(i * 0.5);
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<voe:VOEvent xmlns:voe="http://www.ivoa.net/xml/VOEvent/v2.0" role="observation" version="2.0"
  ivorn="ivo://gwnet/LVC#S250301%1-1-Preliminary">
  <Who><AuthorIVORN>ivo://gwnet/LVC</AuthorIVORN><Date>2025-03-01T10:00:00</Date></Who>
  <What>
    <Param name="GraceID" dataType="string" value="S250301%1" ucd="meta.id"/>
    <Param name="AlertType" dataType="string" value="Preliminary" ucd="meta.version"/>
    <Param name="EventPage" dataType="string" value="https://gracedb.ligo.org/superevents/S250301%1/view/"/>
    <Param name="FAR" dataType="float" value="9.1e-14" ucd="arith.rate;stat.falsealarm" unit="Hz"/>
    <Group name="Properties" type="Properties">
%2    </Group>
  </What>
  <WhereWhen><ObsDataLocation><ObservationLocation><AstroCoords coord_system_id="UTC-FK5-GEO">
    <Time unit="s"><TimeInstant><ISOTime>2025-03-01T09:59:58.000</ISOTime></TimeInstant></Time>
  </AstroCoords></ObservationLocation></ObsDataLocation></WhereWhen>
  <How><Description>Candidate gravitational wave event %1 of the test set</Description></How>
</voe:VOEvent>
)")
        .arg(index)
        .arg(params)
        .toUtf8();
}

QByteArray rubinAvroAlert(int index)
{
    return AvroSampleWriter().rubinContainer(index);
}

decode::ReceivedAlert sampleAlert(const QByteArray &payload, const QString &topic, qint64 offset)
{
    static const decode::DecoderRegistry decoders;
    decode::ReceivedAlert received;
    received.headers = {{"sample", topic.toUtf8()}};
    received.alert = decoders.decode({payload, received.headers, topic, QString()}).value(0);
    received.stream = QStringLiteral("samples");
    received.topic = topic;
    received.partition = 0;
    received.offset = offset;
    received.receivedMs = 1740823200000 + offset * 1000;
    received.payload = payload;
    return received;
}

} // namespace alertdeck::test
