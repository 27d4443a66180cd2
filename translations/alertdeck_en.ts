<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertDeck</name>
    <message numerus="yes">
        <source>stream &quot;%1&quot; (%2) from %3, %n topic(s)</source>
        <translation>
            <numerusform>stream &quot;%1&quot; (%2) from %3, %n topic</numerusform>
            <numerusform>stream &quot;%1&quot; (%2) from %3, %n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, key &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Avro message holds no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable %1 message (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro schema is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Avro schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Avro schema with id %1 (schema directory &quot;%2&quot;, no schema registry configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder %1 found no alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCN binary packet has %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown GCN notice type %1: common fields only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid GCN circular JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON holds no GCN circular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid GCN JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCN JSON notice is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCN text notice without NOTICE_TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Hermes message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCN circular without NUMBER or SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary payload of %1 bytes in no known format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubin %1: %2-band %3 mag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty VOEvent payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid VOEvent JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid VOEvent XML at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML document is not a VOEvent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZTF %1: %2-band %3 mag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, config &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot produce to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages still undelivered after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages not delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the mock Kafka cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 cannot be changed from here; set it in the shell that starts AlertDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot query alert store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count alerts in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 is not in the store (removed by retention?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored headers of alert %1 are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open alert store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store %1 alerts of stream %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert store indexing postponed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot apply retention to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot index alert store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open payload file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write payload file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush payload file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read payload file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload file %1 is shorter than recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare store query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert store %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet hours &quot;%1&quot; are not of the form 22:00-07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet hours &quot;%1&quot; start and end at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stream(s), no problems</source>
        <translation>
            <numerusform>%1: %n stream, no problems</numerusform>
            <numerusform>%1: %n streams, no problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Decode alert files and print one normalized alert per line as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format, or auto to detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of Avro schemas by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluent Schema Registry URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert files (.jsonl: one message per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode: no FILE given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode alert files into normalized JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the configured streams headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish alert files to a Kafka topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the in-process mock Kafka cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, import or export a stream configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store or remove a stream&apos;s secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: alertdeck-cli COMMAND [options]   (COMMAND --help for its options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alertdeck-cli: no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alertdeck-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run librdkafka&apos;s in-process mock Kafka cluster until interrupted; prints its bootstrap address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics to create, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions per created topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of mock brokers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also replay the bundled sample alerts into the cluster at a human pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mock: --partitions and --brokers take a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create topic &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the messages in alert files to a Kafka topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic to publish to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second (default: as fast as possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Kafka header to every message (e.g. _format=voevent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the files this many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 messages in %2 s (%3/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a stream configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream configurations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stream that can start:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 the configuration: %2 exists or is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch live astronomical alert streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an embedded mock Kafka cluster fed with the bundled sample alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this stream configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the alert store:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the demo cluster:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sky map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sky map: the second HDU is not a binary table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sky map: pixel %1 is not a valid multi-order pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sky map: the table has no pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 90% area %1 deg²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print per-stream and per-topic counts, rates and lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a topic of this broker instead of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic to replay, from its beginning to its current end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: replay --bootstrap HOST:PORT --topic T [--rate N] [--header K=V] (FILE... | --from-bootstrap HOST:PORT --from-topic T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending %1 forwards again that the outbox still holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forward outbox of stream &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered forwards of stream &quot;%1&quot; stay in the outbox: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n more byte not shown</numerusform>
            <numerusform>… %n more bytes not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more character(s) not shown</source>
        <translation>
            <numerusform>… %n more character not shown</numerusform>
            <numerusform>… %n more characters not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>token endpoint refused the client credentials (HTTP %1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token endpoint %1 not reachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token endpoint %1 answered HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token from %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token endpoint %1 answered without an access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token endpoint %1 gave no expiry for its token (no expires_in, no exp claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token endpoint %1 issued a token that had already expired (%2 s ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain (Secret Service or KWallet) is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access to the entry &quot;%1&quot; (is it locked?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put it in an environment variable and refer to it in the configuration: &quot;%1&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot; takes its %2 from the keychain, but %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: the environment variable %2 for its %3 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: cannot read its %2 from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: no %2 stored in the keychain; store one (alertdeck-cli secret set &quot;%1&quot;, or Settings &gt; Credentials) or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwards to stream &quot;%1&quot; cannot log in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>forwarded %n message(s) to stream &quot;%1&quot;</source>
        <translation>
            <numerusform>forwarded %n message to stream &quot;%1&quot;</numerusform>
            <numerusform>forwarded %n messages to stream &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forward to stream &quot;%1&quot; failed (%n attempt(s)): %2; the messages stay in the outbox and are sent again later</source>
        <translation>
            <numerusform>forward to stream &quot;%1&quot; failed (%n attempt): %2; the messages stay in the outbox and are sent again later</numerusform>
            <numerusform>forward to stream &quot;%1&quot; failed (%n attempts): %2; the messages stay in the outbox and are sent again later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forward to stream &quot;%1&quot; failed (%n attempt(s)): %2</source>
        <translation>
            <numerusform>forward to stream &quot;%1&quot; failed (%n attempt): %2</numerusform>
            <numerusform>forward to stream &quot;%1&quot; failed (%n attempts): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the broker refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no broker reachable for %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forwards of stream &quot;%1&quot; cannot be discarded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged alerts from key %1 are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts %1 to %2 of the store could not be read and were set aside: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterExpression</name>
    <message>
        <source>the quote opened here is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing after &apos;%1%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or time (2025-01-31 or 2025-01-31T12:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare %1 with &lt;, &lt;=, &gt; or &gt;=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cone is RA,DEC,RADIUS in degrees, e.g. cone:150.2,-12.5,2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; can only leave out text, test alerts, source, event or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is matched with &apos;:&apos; (e.g. %1:X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (source, event, type, stream, topic, ra, dec, err, mag, score, far, time, received, cone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadTree</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>XML error at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has no structure to show; see the raw payload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::actions::AlertForwarder</name>
    <message>
        <source>no configured stream is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward to stream &quot;%1&quot; postponed: %2; the messages stay in the outbox and are sent again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::cli</name>
    <message>
        <source>not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with the stream configuration. Actions:
  check [FILE]              validate a configuration
  import FILE [--out FILE]  convert a TOM settings.py (ALERT_STREAMS) or hop-client auth.toml
  export [FILE]             write an ALERT_STREAMS snippet for a TOM&apos;s settings.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, import or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file (default: the user&apos;s); for import, the file to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: write the configuration to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config check [FILE] | config import FILE [--out FILE] | config export [FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no valid stream named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no valid active stream to listen to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the configured streams and their topic handlers (like tom-alertstreams&apos; readstreams).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only this stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start partitions without stored offsets at their beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop once every assigned partition is at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each alert as a normalized JSON line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert store file (default: the user&apos;s data directory, or $ALERTDECK_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of Avro schemas by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen: --max takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store, remove or look for a stream&apos;s secret (its password or client secret) in the keychain.
  set NAME      read the secret from the first line of stdin and store it
  remove NAME   remove the stored secret
  status NAME   print &quot;set&quot; or &quot;not set&quot; (never the secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME is a TOM&apos;s URL (its API token), not a stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, remove or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: expected set|remove|status NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: %1; use an environment variable reference ({&quot;env&quot;: &quot;VARIABLE&quot;}) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: no secret on stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print per-stream and per-topic counts, rates and consumer lag every few seconds (like LSST&apos;s monitorStream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor only this stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count from the beginning of each partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a last report and stop once every partition is at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the monitor&apos;s offsets (default: a temporary file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: --interval takes a number of seconds above 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::cli::ListenSession</name>
    <message>
        <source>%1 %2[%3]@%4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alerts, %2 errors, %3 alerts/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] no heartbeat on %2 for more than %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::cli::MonitorReport</name>
    <message>
        <source>%1 %2 alerts (+%3, %4/s) lag %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::config</name>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of seconds above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings, the program first (no shell is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time range such as &quot;22:00-07:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {&quot;env&quot;: &quot;VARIABLE&quot;} or a URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::config::ActionSettingsValidator</name>
    <message>
        <source>unknown action &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a condition text such as &quot;mag &lt; 19.5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key for a &quot;%1&quot; action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for a &quot;%1&quot; action but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;once_per_event&quot; and &quot;retraction_of_acted&quot; apply to notify, sound, command, forward, webhook and tom, not to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::config::AlertStreamsExporter</name>
    <message>
        <source>stream &quot;%1&quot;: tom-alertstreams has no class for %2 streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, key &quot;%2&quot;: tom-alertstreams has no such option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, config &quot;%2&quot;: Hopskotch streams in tom-alertstreams take no Kafka properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: the secret in the keychain is not exported; set %2 for the TOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, topic &quot;%2&quot;: AlertDeck actions are exported as the tom-alertstreams alert_logger handler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::config::AlertStreamsImporter</name>
    <message>
        <source>ALERT_STREAMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT_STREAMS is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT_STREAMS entry %1: class &quot;%2&quot; has no AlertDeck equivalent (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tom-alertstreams stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such option for a %1 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is written literally in settings.py; it is not copied into the configuration (store it in the keychain or use an environment variable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python handler &quot;%1&quot; is not run by AlertDeck; the topic&apos;s alerts go to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, %2: value of environment variable %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 is not set and has no default; fill it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be evaluated here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::config::HopAuthImporter</name>
    <message>
        <source>line %1: table %2 is not an [[auth]] entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not a TOML &quot;key = value&quot; line this importer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no [[auth]] entry found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: stream &quot;%2&quot; (%3) for user %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the password of stream &quot;%2&quot; is not copied into the configuration; store it in the keychain or set %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: stream &quot;%2&quot;: key &quot;%3&quot; has no AlertDeck equivalent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::config::PythonLiteral</name>
    <message>
        <source>no &quot;%1 = ...&quot; assignment found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::config::Reader</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only string keys are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad \%1 escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::config::StreamConfigFile</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must be a JSON object with a &quot;streams&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no &quot;version&quot;: read as version 0 and migrated to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer AlertDeck (version %1); this one reads up to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;store&quot;: &quot;%1&quot; must be a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;store&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;store&quot;: unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::config::StreamConfigValidator</name>
    <message>
        <source>a stream without a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another stream has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected gcn, hopskotch or kafka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key for a %1 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for a %1 stream but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret must not be written in the file; store it in the keychain or use {&quot;env&quot;: &quot;VARIABLE&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {&quot;env&quot;: &quot;VARIABLE&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of topic names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must look like kafka://host[:port]/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopskotch group ids must start with the username and a dash (&quot;%1-...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, number or boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map a topic to a list of actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 actions per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topics to subscribe to (give topic_handlers or topics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::AvroBinaryDecoder</name>
    <message>
        <source>Avro data corrupt at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input ends inside a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number longer than ten bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length of %1 bytes where %2 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more values than the input can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum index %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block of %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>union branch %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::AvroContainer</name>
    <message>
        <source>not an Avro container file (no &quot;Obj\x01&quot; magic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro container header truncated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro container header has no avro.schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro codec &quot;%1&quot; is not supported (only null and deflate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro container block truncated after %1 records: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro container block after %1 records has a wrong sync marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro container block after %1 records does not inflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro record %1 is corrupt: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::GenericAvroDecoder</name>
    <message>
        <source>Avro record %1 (%2 fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::RubinAvroDecoder</name>
    <message>
        <source>neither an Avro container nor a Confluent-framed Avro message (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes left over after the record: message does not match schema %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::SchemaRegistryClient</name>
    <message>
        <source>schema registry %1 sent no schema for id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema registry %1 unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema registry %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema registry %1 answered %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::demo::DemoFeed</name>
    <message>
        <source>the demo sample &quot;%1&quot; is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo script has no messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::engine::AlertEngine</name>
    <message>
        <source>old alerts could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store alerts of stream &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::engine::StoreWriter</name>
    <message>
        <source>the alert store is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::kafka</name>
    <message>
        <source>authentication failed for stream &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: cannot reach the broker at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: the broker at %2 did not answer within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::kafka::ConnectionProbe</name>
    <message>
        <source>stream &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::kafka::StreamWorker</name>
    <message>
        <source>stream &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: cannot subscribe: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot; stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed for stream &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: no broker reachable at %2 (retrying): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: topic &quot;%2&quot; does not exist on the broker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::kafka::TopicReader</name>
    <message>
        <source>cannot read topic &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the offsets of topic &quot;%1&quot; partition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic &quot;%1&quot;: no message for %2 s before the end of %3 partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading topic &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::route::ConditionParser</name>
    <message>
        <source>the condition is empty at column %1; write e.g. mag &lt; 19.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at column %2; join conditions with &apos;and&apos; or &apos;or&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2 is not a number (write e.g. 19.5 or 3.17e-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text starting at column %1 has no closing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2: write &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;=&apos; at column %1: write &apos;==&apos; to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;!&apos; at column %1: write &apos;not&apos; or &apos;!=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition is nested too deeply at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; at column %1 to close the &apos;(&apos; at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name, &apos;not&apos; or &apos;(&apos; at column %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; at column %2; did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; at column %2; the fields are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a comparison at column %2, such as &lt; 19.5, == &quot;IGWN&quot;, ~ &quot;^S25&quot; or in [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a comparison operator at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos; at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is true or false; compare it with == or != (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;~&apos; needs a text field, but &apos;%1&apos; is not text (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a regular expression in quotes at column %1, e.g. &quot;^S25&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;[&apos; after &apos;in&apos; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is true or false; use == instead of &apos;in&apos; (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; at column %1 in the list opened at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a number; expected a number at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is text; put the value at column %2 in quotes: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is text; expected a quoted value at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is true or false; expected true or false at column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::secrets::StreamSecretMover</name>
    <message>
        <source>stream &quot;%1&quot;: its secret could not be read from the keychain entry of its former name &quot;%2&quot;, so it stays there: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: no secret was stored under its former name &quot;%2&quot;; store one on the Credentials page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: its secret could not be stored in the keychain, so it stays under its former name &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: its secret could not be stored in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry of &quot;%1&quot;, a stream name no longer used, could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ActionEditor</name>
    <message>
        <source>Show the alert in the alert table (and keep it in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the alert in the history without showing it in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one line per alert to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification; bursts are grouped into one summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound, at most one every few seconds, never in quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a program (no shell): {id} {ra} {dec} {event} {topic} ... become arguments, the alert&apos;s JSON goes to its standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce the alert to a topic of a configured stream, at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST the alert&apos;s JSON to a URL (Slack/Mattermost payload optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the topic as the stream&apos;s heartbeat: show its liveness, alarm when it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the alert to a TOM Toolkit as a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first alert of each event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only retractions of events already acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 22:00-07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and arguments
(one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/usr/local/bin/followup
{event}
{ra}
{dec}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most running at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Filter001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hooks.example.org/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack/Mattermost payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm after silence of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOM URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://tom.example.org/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action has no settings of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds (*.wav *.ogg *.oga *.flac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ActionEditor::ActionEditor</name>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ActionLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ActionLogPanel</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every line of the action log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::AlertSoundPlayer</name>
    <message>
        <source>Sound not played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound not played: the file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Multimedia (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: Qt Multimedia finds no audio output and neither paplay nor aplay is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Qt Multimedia finds no audio output (no PulseAudio server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert sounds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Multimedia cannot play %1; trying the system player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound not played: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::AlertTableModel</name>
    <message>
        <source>Retraction of %1. Double-click to show every alert of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraction of %1 (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by Received or Time; the filter bar narrows by this column (see Help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::AlertTablePanel</name>
    <message>
        <source>Filter: text, source:IGWN far&lt;1e-8 mag&lt;19 -test type:Retraction (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match title, event or id. Fields: source, event, type, stream, topic (with &apos;:&apos;), ra, dec, err, mag, score, far (with &lt; &lt;= &gt; &gt;= = !=), time and received (ISO dates), cone:RA,DEC,R. A leading &apos;-&apos; leaves out: -test, -source:X, -type:X, -word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the newest alert and follow new ones (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new ↓</source>
        <translation>
            <numerusform>%Ln new ↓</numerusform>
            <numerusform>%Ln new ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every alert of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notified alert (stream %1, topic %2, partition %3, offset %4) is not in the store: removed by retention, or never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test alerts are shown again: the notified alert is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; hid the notified alert: it was cleared to show the alert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ConditionEdit</name>
    <message>
        <source>always (e.g. far &lt; 3.17e-8 and not test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1
Operators: &lt; &lt;= &gt; &gt;= == != ~ (regular expression) in [...], and, or, not, ( )</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ConnectionTestPanel</name>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to list topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: the broker lists %n topic(s).</source>
        <translation>
            <numerusform>Connected in %1 ms: the broker lists %n topic.</numerusform>
            <numerusform>Connected in %1 ms: the broker lists %n topics.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::CredentialsPage</name>
    <message>
        <source>Store in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret for the selected stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (GCN client secrets, SCRAM passwords) are kept in the system keychain, never in the configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available: %1. Streams can read their secret from an environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. Streams can read their secret from an environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot;: the keychain refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::DesktopNotifier</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1 (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: RA %1°, Dec %2° (±%3°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: RA %1°, Dec %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification service and no system tray: desktop notifications are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot;: nothing on %2 since %3 (alarm after %4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot;: nothing on %2 yet (alarm after %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heartbeat from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::DetailPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexagesimal (hh:mm:ss ±dd:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA (deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec (deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA, Dec (sexagesimal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error radius (deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAR (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert names no web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / K or Ctrl+Down / Ctrl+Up: next / previous alert
Ctrl+C: copy the selected alert as JSON    Ctrl+Shift+C: copy its coordinates
Ctrl+F: filter    Ctrl+P: pause all streams    Ctrl+B: show or hide the streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::HandlerListEditor</name>
    <message>
        <source>Edit in detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions, separated by commas: table, store, log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::HandlerTestReport</name>
    <message>
        <source>the condition does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition is false for this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No handler key takes topic &lt;b&gt;%1&lt;/b&gt;: the stream does not subscribe to it, nothing fires.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Topic &lt;b&gt;%1&lt;/b&gt; is handled by &lt;b&gt;%2&lt;/b&gt; (%3).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 (%2) matches too, but %3 takes precedence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The handler has no actions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1e8449&apos;&gt;✔ fires&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;✘ does not fire: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1. &lt;b&gt;%2&lt;/b&gt; %3 — %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-left:24px&apos;&gt;argv: %1&lt;br&gt;stdin: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::HandlersDialog</name>
    <message>
        <source>Topic handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic handlers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each topic the stream &lt;b&gt;%1&lt;/b&gt; subscribes to is taken by one handler key: an exact topic beats a pattern such as &lt;code&gt;hermes.*&lt;/code&gt;, a pattern beats &lt;code&gt;*&lt;/code&gt;. The key&apos;s actions run in order, each only when its condition holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic, pattern (hermes.*) or *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test on selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert selected: select one in the alert table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which handler and actions would fire for the selected alert, and what a command would receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — topic %2, offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — when %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or add a handler key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream has a handler for &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert in the alert table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix before saving:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::MainWindow</name>
    <message>
        <source>AlertDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide test alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy alert as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These streams were not started:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no streams running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) live</source>
        <translation>
            <numerusform>%n stream live</numerusform>
            <numerusform>%n streams live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) paused</source>
        <translation>
            <numerusform>%n stream paused</numerusform>
            <numerusform>%n streams paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) failing</source>
        <translation>
            <numerusform>%n stream failing</numerusform>
            <numerusform>%n streams failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) stored</source>
        <translation>
            <numerusform>%n alert stored</numerusform>
            <numerusform>%n alerts stored</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 alerts/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure streams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &amp;handlers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (View › Action log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot;: no heartbeat on %2 for over %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Waiting Forwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stream &quot;%1&quot; still owes its forward targets %n message(s). Discard them? They will not be sent.</source>
        <translation>
            <numerusform>Stream &quot;%1&quot; still owes its forward targets %n message. Discard it? It will not be sent.</numerusform>
            <numerusform>Stream &quot;%1&quot; still owes its forward targets %n messages. Discard them? They will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamForm</name>
    <message>
        <source>Start this stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCN Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCiMMA Hopskotch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the stream&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or read it from this environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics shown in the table, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic handlers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamSidebar</name>
    <message>
        <source>59 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the selected stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected stream; its offsets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Waiting Forwards…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamStatusModel</name>
    <message numerus="yes">
        <source>%1: %2, %n message(s) received, undecodable: %3</source>
        <translation>
            <numerusform>%1: %2, %n message received, undecodable: %3</numerusform>
            <numerusform>%1: %2, %n messages received, undecodable: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, heartbeat silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat %1: silent, none received (alarm after %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat %1: none received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat %1: silent, last one %2 (alarm after %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat %1: last one %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwards waiting in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamsController</name>
    <message>
        <source>Stream configuration applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamsDialog</name>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a TOM settings.py (ALERT_STREAMS) or a hop-client auth.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as an ALERT_STREAMS snippet for a TOM&apos;s settings.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOM settings or hop auth (*.py *.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stream needs its secret: type it in the Secret field, store it on the Credentials page or name an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems of this stream first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of stream &quot;%1&quot; found in the file goes to the keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stream(s) to %1.</source>
        <translation>
            <numerusform>Exported %n stream to %1.</numerusform>
            <numerusform>Exported %n streams to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), first: %1</source>
        <translation>
            <numerusform>Not saved: %n problem, first: %1</numerusform>
            <numerusform>Not saved: %n problems, first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, but the secrets of %1 were not stored: no keychain is available. Use an environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set; type it to store it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the keychain did not follow: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::TrayIcon</name>
    <message>
        <source>Show AlertDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>AlertDeck: %n unseen alert(s)</source>
        <translation>
            <numerusform>AlertDeck: %n unseen alert</numerusform>
            <numerusform>AlertDeck: %n unseen alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>AlertDeck: no unseen alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::WelcomePanel</name>
    <message>
        <source>Welcome to AlertDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDeck shows live alerts from GCN, SCiMMA Hopskotch, Rubin, ZTF and any Kafka stream as they arrive. No stream is configured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the bundled sample alerts (GW, GRB, neutrino, X-ray, Rubin, ZTF) arrive from a built-in Kafka cluster. No account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to GCN Kafka, Hopskotch or your own broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an AlertDeck stream configuration file (JSON; alertdeck-cli config import converts TOM and hop-client settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
