// The plain outline the detail pane's Content tab is made from (made off the GUI thread): XML
// elements with attributes and text, GCN text lines with continuations, JSON with exact longs,
// the alert's web page, and the errors of payloads that do not parse.
#include "core/decode/DecoderRegistry.h"
#include "core/decode/PayloadOutline.h"
#include "core/decode/PayloadText.h"

#include <QTest>

using namespace alertdeck;

namespace {

decode::PayloadOutline outlineOf(const QByteArray &payload)
{
    static const decode::DecoderRegistry decoders;
    decode::ReceivedAlert alert;
    alert.payload = payload;
    return decode::PayloadOutline::of(decoders, alert);
}

const decode::OutlineNode *child(const std::vector<decode::OutlineNode> &nodes, const QString &key)
{
    const auto found = std::find_if(nodes.begin(), nodes.end(), [&](const decode::OutlineNode &node) { return node.key == key; });
    return found == nodes.end() ? nullptr : &*found;
}

} // namespace

class TestPayloadOutline : public QObject
{
    Q_OBJECT
private slots:
    void xmlElementsAttributesAndText();
    void xmlErrorIsReported();
    void gcnTextLinesWithContinuations();
    void jsonLongsStayExact();
    void pageLikeLinkWins();
    void payloadWithoutStructure();
    void textAndHexForms();
};

void TestPayloadOutline::xmlElementsAttributesAndText()
{
    const decode::PayloadOutline outline = outlineOf(
        "<?xml version=\"1.0\"?>\n<voe:VOEvent xmlns:voe=\"http://www.ivoa.net/xml/VOEvent/v2.0\" role=\"test\"><What>"
        "<Param name=\"FAR\" value=\"1e-9\" unit=\"Hz\"/>"
        "<Group name=\"Props\"><Param name=\"HasNS\" value=\"0.9\"/></Group></What>"
        "<How><Description>  A candidate  </Description></How></voe:VOEvent>");
    QVERIFY2(outline.error.isEmpty(), qPrintable(outline.error));
    QCOMPARE(outline.nodes.size(), size_t(1));
    const decode::OutlineNode &root = outline.nodes.front();
    QCOMPARE(root.key, QStringLiteral("VOEvent")); // local names, as the pane always showed them
    QCOMPARE(child(root.children, QStringLiteral("@role"))->value, QStringLiteral("test"));
    const decode::OutlineNode *what = child(root.children, QStringLiteral("What"));
    QVERIFY(what);
    const decode::OutlineNode *far = child(what->children, QStringLiteral("Param FAR"));
    QVERIFY(far);
    QCOMPARE(far->value, QStringLiteral("1e-9"));
    QCOMPARE(child(far->children, QStringLiteral("@unit"))->value, QStringLiteral("Hz"));
    const decode::OutlineNode *group = child(what->children, QStringLiteral("Group Props"));
    QVERIFY(group);
    QCOMPARE(child(group->children, QStringLiteral("Param HasNS"))->value, QStringLiteral("0.9"));
    const decode::OutlineNode *how = child(root.children, QStringLiteral("How"));
    QCOMPARE(child(how->children, QStringLiteral("Description"))->value, QStringLiteral("A candidate"));
}

void TestPayloadOutline::xmlErrorIsReported()
{
    const decode::PayloadOutline outline = outlineOf("<VOEvent><What><Param name=\"a\" value=\"1\"/></VOEvent>");
    QVERIFY2(outline.error.startsWith(QStringLiteral("XML error at line 1")), qPrintable(outline.error));
    // What was read before the error is still shown.
    QCOMPARE(outline.nodes.size(), size_t(1));
    QVERIFY(child(outline.nodes.front().children, QStringLiteral("What")));
}

void TestPayloadOutline::gcnTextLinesWithContinuations()
{
    const decode::PayloadOutline outline = outlineOf("TITLE:           GCN/SWIFT NOTICE\n"
                                                     "COMMENTS:        first part\n"
                                                     "                 second part\n"
                                                     "GRB_RA:          123.4d\n");
    QVERIFY2(outline.error.isEmpty(), qPrintable(outline.error));
    QCOMPARE(outline.nodes.size(), size_t(3));
    QCOMPARE(child(outline.nodes, QStringLiteral("COMMENTS"))->value, QStringLiteral("first part second part"));
    QCOMPARE(child(outline.nodes, QStringLiteral("GRB_RA"))->value, QStringLiteral("123.4d"));
}

void TestPayloadOutline::jsonLongsStayExact()
{
    const decode::PayloadOutline outline = outlineOf(R"({"candid": 2468013579246801357, "mag": 18.25, "ids": [1, 2]})");
    QCOMPARE(outline.nodes.size(), size_t(1));
    const decode::OutlineNode &message = outline.nodes.front();
    QCOMPARE(message.value, QStringLiteral("{3 field(s)}"));
    QCOMPARE(child(message.children, QStringLiteral("candid"))->value, QStringLiteral("2468013579246801357"));
    QCOMPARE(child(message.children, QStringLiteral("mag"))->value, QStringLiteral("18.25"));
    QCOMPARE(child(message.children, QStringLiteral("ids"))->children.size(), size_t(2));
}

void TestPayloadOutline::pageLikeLinkWins()
{
    const decode::PayloadOutline outline = outlineOf(
        R"({"a_file": "https://example.org/map.fits", "event_page": "https://gracedb.ligo.org/S1/view/"})");
    QCOMPARE(outline.url, QUrl(QStringLiteral("https://gracedb.ligo.org/S1/view/")));
}

void TestPayloadOutline::payloadWithoutStructure()
{
    QVERIFY(!outlineOf("just some words").error.isEmpty());
    QVERIFY(outlineOf("{\"broken\": ").error.startsWith(QStringLiteral("JSON error at byte")));
}

void TestPayloadOutline::textAndHexForms()
{
    const decode::PayloadText json = decode::PayloadText::of(R"({"a":1})");
    QVERIFY(!json.binary);
    QCOMPARE(json.text, QStringLiteral("{\n    \"a\": 1\n}\n"));
    QVERIFY2(json.hex.startsWith(QStringLiteral("00000000  7b 22 61 22 3a 31 7d")), qPrintable(json.hex));
    QVERIFY(json.hex.endsWith(QStringLiteral("|{\"a\":1}|\n")));

    const decode::PayloadText binary = decode::PayloadText::of(QByteArray("Obj\x01", 4) + QByteArray(300 * 1024, 'x'));
    QVERIFY(binary.binary);
    // Cut after 256 KB with a note of what was left out.
    QVERIFY2(binary.hex.endsWith(QStringLiteral("… 45060 more byte(s) not shown")), qPrintable(binary.hex.right(60)));
}

QTEST_GUILESS_MAIN(TestPayloadOutline)
#include "tst_payloadoutline.moc"
