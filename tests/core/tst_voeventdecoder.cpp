#include "DecodeOne.h"
#include "core/decode/VoEventDecoder.h"

#include <QTest>

using alertdeck::decode::Alert;
using alertdeck::decode::RawMessage;
using alertdeck::decode::VoEventDecoder;

// Declared before the sample payloads: moc loses its place in multi-line raw strings.
class TestVoEventDecoder : public QObject
{
    Q_OBJECT
private slots:
    void recognizesXmlAndHopJson();
    void mapsSwiftBatPosition();
    void mapsLvcNoticeAndRoleTest();
    void convertsIceCubeFarPerYearToHz();
    void zeroPositionMeansNone();
    void readsHopJsonRendering();
    void brokenXmlKeepsWhatWasRead();
    void emptyAndNonVoEventPayloads();
    void sourceAndTypeFromIvorn_data();
    void sourceAndTypeFromIvorn();
};

namespace {

// Shaped like GCN Classic VOEvents; values invented for the tests.
const char kSwiftBat[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<voe:VOEvent ivorn="ivo://nasa.gsfc.gcn/SWIFT#BAT_GRB_Pos_1300001-042" role="observation" version="2.0"
    xmlns:voe="http://www.ivoa.net/xml/VOEvent/v2.0">
  <Who><AuthorIVORN>ivo://nasa.gsfc.tan/gcn</AuthorIVORN><Author><shortName>VO-GCN</shortName></Author></Who>
  <What>
    <Param name="Packet_Type" value="61" />
    <Param name="TrigID" value="1300001" ucd="meta.id" />
    <Param name="Rate_Signif" value="23.40" unit="sigma" ucd="stat.snr" />
    <Group name="Solution_Status"><Param name="Test_Submission" value="false" /></Group>
  </What>
  <WhereWhen><ObsDataLocation>
    <ObservatoryLocation id="GEOLUN" />
    <ObservationLocation>
      <AstroCoordSystem id="UTC-FK5-GEO" />
      <AstroCoords coord_system_id="UTC-FK5-GEO">
        <Time unit="s"><TimeInstant><ISOTime>2025-05-06T07:08:09.12</ISOTime></TimeInstant></Time>
        <Position2D unit="deg"><Name1>RA</Name1><Name2>Dec</Name2>
          <Value2><C1>123.4567</C1><C2>-12.3456</C2></Value2><Error2Radius>0.0500</Error2Radius>
        </Position2D>
      </AstroCoords>
    </ObservationLocation>
  </ObsDataLocation></WhereWhen>
  <Why importance="0.9"><Inference probability="0.9"><Name>GRB 250506</Name></Inference></Why>
</voe:VOEvent>
)";

const char kLvcTest[] = R"(<?xml version="1.0" ?>
<voe:VOEvent xmlns:voe="http://www.ivoa.net/xml/VOEvent/v2.0" version="2.0" role="test"
    ivorn="ivo://gwnet/LVC#MS250101x-2-Initial">
  <What>
    <Param name="Packet_Type" dataType="int" value="151"/>
    <Param name="GraceID" dataType="string" value="MS250101x" ucd="meta.id"/>
    <Param name="AlertType" dataType="string" value="Initial" ucd="meta.version"/>
    <Param name="FAR" dataType="float" value="3.5e-12" unit="Hz"/>
    <Group type="Classification"><Param name="Terrestrial" dataType="float" value="0.25"/></Group>
  </What>
  <WhereWhen><ObsDataLocation><ObservationLocation><AstroCoords coord_system_id="UTC-FK5-GEO">
    <Time><TimeInstant><ISOTime>2025-01-01T10:11:12.345678</ISOTime></TimeInstant></Time>
  </AstroCoords></ObservationLocation></ObsDataLocation></WhereWhen>
</voe:VOEvent>
)";

const char kIceCube[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<voe:VOEvent ivorn="ivo://nasa.gsfc.gcn/AMON#ICECUBE_GOLD_Event2025-02-02T02:02:02.02_24_140001_012345678_1"
    role="observation" version="2.0" xmlns:voe="http://www.ivoa.net/xml/VOEvent/v2.0">
  <What>
    <Param name="run_id" value="140001" /><Param name="event_id" value="12345678" />
    <Param name="Rev" value="1" unit="dn" />
    <Param name="signalness" value="0.6500" unit="dn" />
    <Param name="FAR" value="3.1557600" unit="yr^-1" />
    <Group name="Trigger_ID"><Param name="Test" value="false" /></Group>
  </What>
  <WhereWhen><ObsDataLocation><ObservationLocation><AstroCoords coord_system_id="UTC-FK5-GEO">
    <Time unit="s"><TimeInstant><ISOTime>2025-02-02T02:02:02.02</ISOTime></TimeInstant></Time>
    <Position2D unit="deg"><Value2><C1>55.5</C1><C2>6.25</C2></Value2><Error2Radius>1.2500</Error2Radius></Position2D>
  </AstroCoords></ObservationLocation></ObsDataLocation></WhereWhen>
</voe:VOEvent>
)";

const char kGbmAlert[] = R"(<voe:VOEvent ivorn="ivo://nasa.gsfc.gcn/Fermi#GBM_Alert_2025-03-03T03:03:03.03_762000000_1-001"
    role="observation" version="2.0" xmlns:voe="http://www.ivoa.net/xml/VOEvent/v2.0">
  <What><Param name="TrigID" value="762000000" /><Param name="Trig_Signif" value="5.1" unit="sigma" /></What>
  <WhereWhen><ObsDataLocation><ObservationLocation><AstroCoords coord_system_id="UTC-FK5-GEO">
    <Time unit="s"><TimeInstant><ISOTime>2025-03-03T03:03:03.03</ISOTime></TimeInstant></Time>
    <Position2D unit="deg"><Value2><C1>0.0000</C1><C2>0.0000</C2></Value2><Error2Radius>0.0000</Error2Radius></Position2D>
  </AstroCoords></ObservationLocation></ObsDataLocation></WhereWhen>
</voe:VOEvent>)";

// hop-client's VOEvent model: the XML as nested JSON objects.
const char kHopJson[] = R"({"ivorn": "ivo://gwnet/LVC#S250404cd-1-Preliminary", "role": "observation", "version": "2.0",
  "Who": {"Date": "2025-04-04T04:05:00"},
  "What": {"Param": [{"name": "GraceID", "value": "S250404cd"}, {"name": "AlertType", "value": "Preliminary"},
                     {"name": "FAR", "value": "1.5e-9", "unit": "Hz"}],
           "Group": {"type": "Classification", "Param": [{"name": "Terrestrial", "value": "0.5"}]}},
  "WhereWhen": {"ObsDataLocation": {"ObservationLocation": {"AstroCoords": {
      "Time": {"TimeInstant": {"ISOTime": "2025-04-04T04:04:04.040404"}}}}}},
  "How": {}, "Why": {}})";

Alert decodeOne(const QByteArray &payload)
{
    return alertdeck::test::decodeOne(VoEventDecoder(), payload);
}

} // namespace

void TestVoEventDecoder::recognizesXmlAndHopJson()
{
    VoEventDecoder decoder;
    RawMessage message;
    for (const char *payload : {kSwiftBat, kGbmAlert, kHopJson}) {
        message.payload = payload;
        QVERIFY(decoder.recognizes(message));
    }
    message.payload = QByteArray("\xEF\xBB\xBF") + kGbmAlert;
    QVERIFY(decoder.recognizes(message));
    QCOMPARE(decodeOne(message.payload).source, QStringLiteral("Fermi-GBM"));
    message.payload = "<?xml version=\"1.0\"?><html/>";
    QVERIFY(!decoder.recognizes(message));
    message.payload = R"({"title": "not a VOEvent"})";
    QVERIFY(!decoder.recognizes(message));
}

void TestVoEventDecoder::mapsSwiftBatPosition()
{
    const Alert alert = decodeOne(kSwiftBat);
    QCOMPARE(alert.format, QStringLiteral("gcn.voevent"));
    QCOMPARE(alert.id, QStringLiteral("ivo://nasa.gsfc.gcn/SWIFT#BAT_GRB_Pos_1300001-042"));
    QCOMPARE(alert.source, QStringLiteral("Swift-BAT"));
    QCOMPARE(alert.alertType, QStringLiteral("Position"));
    QCOMPARE(alert.event, QStringLiteral("GRB 250506"));
    QCOMPARE(alert.time, QStringLiteral("2025-05-06T07:08:09.12Z"));
    QCOMPARE(*alert.ra, 123.4567);
    QCOMPARE(*alert.dec, -12.3456);
    QCOMPARE(*alert.errorRadius, 0.05);
    QCOMPARE(*alert.score, 23.4);
    QVERIFY(!alert.test);
    QVERIFY(alert.decodeError.isEmpty());
}

void TestVoEventDecoder::mapsLvcNoticeAndRoleTest()
{
    const Alert alert = decodeOne(kLvcTest);
    QCOMPARE(alert.source, QStringLiteral("IGWN"));
    QCOMPARE(alert.event, QStringLiteral("MS250101x"));
    QCOMPARE(alert.alertType, QStringLiteral("Initial"));
    QCOMPARE(*alert.far, 3.5e-12);
    QCOMPARE(*alert.score, 0.75);
    QCOMPARE(alert.time, QStringLiteral("2025-01-01T10:11:12.345678Z"));
    QVERIFY(alert.test);
    QVERIFY(!alert.ra);
}

void TestVoEventDecoder::convertsIceCubeFarPerYearToHz()
{
    const Alert alert = decodeOne(kIceCube);
    QCOMPARE(alert.source, QStringLiteral("IceCube"));
    // 3.15576 per Julian year (31557600 s) is 1e-7 per second.
    QCOMPARE(*alert.far, 1e-7);
    QCOMPARE(*alert.score, 0.65);
    QCOMPARE(alert.alertType, QStringLiteral("Update"));
    QCOMPARE(alert.event, QStringLiteral("140001_12345678"));
    QCOMPARE(*alert.errorRadius, 1.25);
}

void TestVoEventDecoder::zeroPositionMeansNone()
{
    const Alert alert = decodeOne(kGbmAlert);
    QCOMPARE(alert.source, QStringLiteral("Fermi-GBM"));
    QCOMPARE(alert.alertType, QStringLiteral("Alert"));
    QVERIFY(!alert.ra && !alert.dec && !alert.errorRadius);
    QCOMPARE(alert.event, QStringLiteral("762000000"));
}

void TestVoEventDecoder::readsHopJsonRendering()
{
    const Alert alert = decodeOne(kHopJson);
    QCOMPARE(alert.format, QStringLiteral("gcn.voevent"));
    QCOMPARE(alert.id, QStringLiteral("ivo://gwnet/LVC#S250404cd-1-Preliminary"));
    QCOMPARE(alert.event, QStringLiteral("S250404cd"));
    QCOMPARE(alert.alertType, QStringLiteral("Preliminary"));
    QCOMPARE(*alert.far, 1.5e-9);
    QCOMPARE(*alert.score, 0.5);
    QCOMPARE(alert.time, QStringLiteral("2025-04-04T04:04:04.040404Z"));
    QVERIFY(!alert.test);
}

void TestVoEventDecoder::brokenXmlKeepsWhatWasRead()
{
    const QByteArray whole(kSwiftBat);
    const QByteArray broken = whole.left(whole.indexOf("</AstroCoords>")) + "<C1>oops</Value2>";
    const Alert alert = decodeOne(broken);
    QVERIFY(alert.decodeError.contains(QStringLiteral("XML")));
    QCOMPARE(alert.id, QStringLiteral("ivo://nasa.gsfc.gcn/SWIFT#BAT_GRB_Pos_1300001-042"));
    QCOMPARE(alert.time, QStringLiteral("2025-05-06T07:08:09.12Z"));
    QCOMPARE(*alert.ra, 123.4567);
}

void TestVoEventDecoder::emptyAndNonVoEventPayloads()
{
    const Alert empty = decodeOne(QByteArray());
    QVERIFY(!empty.decodeError.isEmpty());
    QVERIFY(!empty.id.isEmpty());
    const Alert other = decodeOne("<?xml version=\"1.0\"?><rss><channel/></rss>");
    QVERIFY(!other.decodeError.isEmpty());
    QCOMPARE(other.format, QStringLiteral("gcn.voevent"));
    const Alert garbage = decodeOne(QByteArray("\x00\xff<<<", 5));
    QVERIFY(!garbage.decodeError.isEmpty());
    QVERIFY(!garbage.id.isEmpty());
}

void TestVoEventDecoder::sourceAndTypeFromIvorn_data()
{
    QTest::addColumn<QString>("ivorn");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("alertType");
    QTest::newRow("XRT") << QStringLiteral("ivo://nasa.gsfc.gcn/SWIFT#XRT_Pos_1300004-001") << QStringLiteral("Swift-XRT")
                         << QStringLiteral("Position");
    QTest::newRow("UVOT") << QStringLiteral("ivo://nasa.gsfc.gcn/SWIFT#UVOT_Pos_1300004-002") << QStringLiteral("Swift-UVOT")
                          << QStringLiteral("Position");
    QTest::newRow("GBM ground") << QStringLiteral("ivo://nasa.gsfc.gcn/Fermi#GBM_Gnd_Pos_2025-01-01T00:00:00.00_1_2-3")
                                << QStringLiteral("Fermi-GBM") << QStringLiteral("Ground Position");
    QTest::newRow("LAT") << QStringLiteral("ivo://nasa.gsfc.gcn/Fermi#LAT_Monitor_2025-01-01T00:00:00.00_1-2")
                         << QStringLiteral("Fermi-LAT") << QStringLiteral("Monitor");
    QTest::newRow("INTEGRAL") << QStringLiteral("ivo://nasa.gsfc.gcn/INTEGRAL#Weak_Pos_010001-0-1")
                              << QStringLiteral("INTEGRAL") << QStringLiteral("Weak Position");
    QTest::newRow("AMON, not IceCube") << QStringLiteral("ivo://nasa.gsfc.gcn/AMON#HAWC_Burst_2025-01-01")
                                       << QStringLiteral("AMON") << QString();
    QTest::newRow("other broker's alerts") << QStringLiteral("ivo://example.org/alerts#X1") << QStringLiteral("alerts")
                                           << QString();
}

void TestVoEventDecoder::sourceAndTypeFromIvorn()
{
    QFETCH(QString, ivorn);
    QFETCH(QString, source);
    QFETCH(QString, alertType);
    const QByteArray packet = "<voe:VOEvent xmlns:voe=\"http://www.ivoa.net/xml/VOEvent/v2.0\" role=\"observation\" "
                              "version=\"2.0\" ivorn=\"" + ivorn.toUtf8() + "\"><What/></voe:VOEvent>";
    const Alert alert = decodeOne(packet);
    QCOMPARE(alert.id, ivorn);
    QCOMPARE(alert.source, source);
    QCOMPARE(alert.alertType, alertType);
    QVERIFY(alert.decodeError.isEmpty());
}

QTEST_GUILESS_MAIN(TestVoEventDecoder)
#include "tst_voeventdecoder.moc"
