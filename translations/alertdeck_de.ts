<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertDeck</name>
    <message numerus="yes">
        <source>stream &quot;%1&quot; (%2) from %3, %n topic(s)</source>
        <translation>
            <numerusform>Stream „%1“ (%2) aus %3, %n Topic</numerusform>
            <numerusform>Stream „%1“ (%2) aus %3, %n Topics</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: %2</source>
        <translation>Stream „%1“: %2</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, key &quot;%2&quot;: %3</source>
        <translation>Stream „%1“, Schlüssel „%2“: %3</translation>
    </message>
    <message>
        <source>the Avro message holds no records</source>
        <translation>die Avro-Nachricht enthält keine Datensätze</translation>
    </message>
    <message>
        <source>Unreadable %1 message (%2 bytes)</source>
        <translation>Unlesbare %1-Nachricht (%2 Bytes)</translation>
    </message>
    <message>
        <source>Avro schema is not valid JSON: %1</source>
        <translation>Das Avro-Schema ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>invalid Avro schema: %1</source>
        <translation>ungültiges Avro-Schema: %1</translation>
    </message>
    <message>
        <source>no Avro schema with id %1 (schema directory &quot;%2&quot;, no schema registry configured)</source>
        <translation>kein Avro-Schema mit der ID %1 (Schemaverzeichnis „%2“, keine Schema Registry eingerichtet)</translation>
    </message>
    <message>
        <source>schema %1 from %2: %3</source>
        <translation>Schema %1 von %2: %3</translation>
    </message>
    <message>
        <source>decoder %1 failed: %2</source>
        <translation>Decoder %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>decoder %1 found no alert</source>
        <translation>Decoder %1 hat keinen Alarm gefunden</translation>
    </message>
    <message>
        <source>GCN binary packet has %1 bytes, not %2</source>
        <translation>Das binäre GCN-Paket hat %1 Bytes statt %2</translation>
    </message>
    <message>
        <source>unknown GCN notice type %1: common fields only</source>
        <translation>unbekannter GCN-Meldungstyp %1: nur die gemeinsamen Felder</translation>
    </message>
    <message>
        <source>invalid GCN circular JSON: %1</source>
        <translation>ungültiges JSON eines GCN-Circulars: %1</translation>
    </message>
    <message>
        <source>JSON holds no GCN circular</source>
        <translation>Das JSON enthält kein GCN-Circular</translation>
    </message>
    <message>
        <source>invalid GCN JSON: %1</source>
        <translation>ungültiges GCN-JSON: %1</translation>
    </message>
    <message>
        <source>GCN JSON notice is not a JSON object</source>
        <translation>Die GCN-JSON-Meldung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>GCN text notice without NOTICE_TYPE</source>
        <translation>GCN-Textmeldung ohne NOTICE_TYPE</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>invalid Hermes message: %1</source>
        <translation>ungültige Hermes-Nachricht: %1</translation>
    </message>
    <message>
        <source>GCN circular without NUMBER or SUBJECT</source>
        <translation>GCN-Circular ohne NUMBER oder SUBJECT</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty message)</source>
        <translation>(leere Nachricht)</translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>leere Nutzdaten</translation>
    </message>
    <message>
        <source>binary payload of %1 bytes in no known format</source>
        <translation>binäre Nutzdaten (%1 Bytes) in keinem bekannten Format</translation>
    </message>
    <message>
        <source>Rubin %1: %2-band %3 mag</source>
        <translation>Rubin %1: %2-Band %3 mag</translation>
    </message>
    <message>
        <source>empty VOEvent payload</source>
        <translation>leeres VOEvent</translation>
    </message>
    <message>
        <source>invalid VOEvent JSON: %1</source>
        <translation>ungültiges VOEvent-JSON: %1</translation>
    </message>
    <message>
        <source>invalid VOEvent XML at line %1: %2</source>
        <translation>ungültiges VOEvent-XML in Zeile %1: %2</translation>
    </message>
    <message>
        <source>XML document is not a VOEvent</source>
        <translation>Das XML-Dokument ist kein VOEvent</translation>
    </message>
    <message>
        <source>ZTF %1: %2-band %3 mag</source>
        <translation>ZTF %1: %2-Band %3 mag</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, config &quot;%2&quot;: %3</source>
        <translation>Stream „%1“, Einstellung „%2“: %3</translation>
    </message>
    <message>
        <source>cannot produce to &quot;%1&quot;: %2</source>
        <translation>an „%1“ kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>%1 messages still undelivered after %2 s</source>
        <translation>%1 Nachrichten nach %2 s noch nicht zugestellt</translation>
    </message>
    <message>
        <source>%1 messages not delivered: %2</source>
        <translation>%1 Nachrichten nicht zugestellt: %2</translation>
    </message>
    <message>
        <source>cannot start the mock Kafka cluster</source>
        <translation>der Mock-Kafka-Cluster kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>the environment variable %1 cannot be changed from here; set it in the shell that starts AlertDeck</source>
        <translation>die Umgebungsvariable %1 lässt sich hier nicht ändern; setzen Sie sie in der Shell, die AlertDeck startet</translation>
    </message>
    <message>
        <source>cannot query alert store %1: %2</source>
        <translation>Abfrage des Alarmspeichers %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot count alerts in %1: %2</source>
        <translation>Alarme in %1 können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>alert %1 is not in the store (removed by retention?)</source>
        <translation>Alarm %1 ist nicht im Speicher (durch die Aufbewahrungsregel entfernt?)</translation>
    </message>
    <message>
        <source>stored headers of alert %1 are damaged</source>
        <translation>die gespeicherten Header von Alarm %1 sind beschädigt</translation>
    </message>
    <message>
        <source>cannot open alert store %1: %2</source>
        <translation>der Alarmspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot store %1 alerts of stream %2: %3</source>
        <translation>%1 Alarme des Streams %2 können nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>alert store indexing postponed: %1</source>
        <translation>Indizierung des Alarmspeichers verschoben: %1</translation>
    </message>
    <message>
        <source>cannot apply retention to %1: %2</source>
        <translation>Aufbewahrungsregel für %1 nicht anwendbar: %2</translation>
    </message>
    <message>
        <source>cannot index alert store %1: %2</source>
        <translation>der Alarmspeicher %1 kann nicht indiziert werden: %2</translation>
    </message>
    <message>
        <source>cannot open payload file %1: %2</source>
        <translation>die Nutzdatendatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write payload file %1: %2</source>
        <translation>die Nutzdatendatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot flush payload file %1: %2</source>
        <translation>die Nutzdatendatei %1 kann nicht auf die Platte geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read payload file %1: %2</source>
        <translation>die Nutzdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>payload file %1 is shorter than recorded</source>
        <translation>die Nutzdatendatei %1 ist kürzer als verzeichnet</translation>
    </message>
    <message>
        <source>cannot prepare store query: %1</source>
        <translation>die Speicherabfrage kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>alert store %1 does not exist</source>
        <translation>der Alarmspeicher %1 existiert nicht</translation>
    </message>
    <message>
        <source>quiet hours &quot;%1&quot; are not of the form 22:00-07:00</source>
        <translation>die Ruhezeit „%1“ hat nicht die Form 22:00-07:00</translation>
    </message>
    <message>
        <source>quiet hours &quot;%1&quot; start and end at the same time</source>
        <translation>die Ruhezeit „%1“ beginnt und endet zur selben Zeit</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stream(s), no problems</source>
        <translation>
            <numerusform>%1: %n Stream, keine Probleme</numerusform>
            <numerusform>%1: %n Streams, keine Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Decode alert files and print one normalized alert per line as JSON.</source>
        <translation>Alarmdateien dekodieren und je Zeile einen normalisierten Alarm als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Payload format, or auto to detect.</source>
        <translation>Format der Nutzdaten, oder auto zum Erkennen.</translation>
    </message>
    <message>
        <source>Directory of Avro schemas by id.</source>
        <translation>Verzeichnis der Avro-Schemata nach ID.</translation>
    </message>
    <message>
        <source>Confluent Schema Registry URL.</source>
        <translation>URL der Confluent Schema Registry.</translation>
    </message>
    <message>
        <source>Alert files (.jsonl: one message per line).</source>
        <translation>Alarmdateien (.jsonl: eine Nachricht je Zeile).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Format „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>decode: no FILE given</source>
        <translation>decode: keine DATEI angegeben</translation>
    </message>
    <message>
        <source>decode alert files into normalized JSON lines</source>
        <translation>Alarmdateien in normalisierte JSON-Zeilen dekodieren</translation>
    </message>
    <message>
        <source>run the configured streams headless</source>
        <translation>die eingerichteten Streams ohne Oberfläche ausführen</translation>
    </message>
    <message>
        <source>publish alert files to a Kafka topic</source>
        <translation>Alarmdateien an ein Kafka-Topic senden</translation>
    </message>
    <message>
        <source>run the in-process mock Kafka cluster</source>
        <translation>den prozessinternen Mock-Kafka-Cluster ausführen</translation>
    </message>
    <message>
        <source>check, import or export a stream configuration</source>
        <translation>eine Stream-Konfiguration prüfen, importieren oder exportieren</translation>
    </message>
    <message>
        <source>store or remove a stream&apos;s secret in the keychain</source>
        <translation>das Geheimnis eines Streams im Schlüsselbund speichern oder entfernen</translation>
    </message>
    <message>
        <source>usage: alertdeck-cli COMMAND [options]   (COMMAND --help for its options)</source>
        <translation>Aufruf: alertdeck-cli BEFEHL [Optionen]   (BEFEHL --help zeigt seine Optionen)</translation>
    </message>
    <message>
        <source>alertdeck-cli: no command given</source>
        <translation>alertdeck-cli: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>alertdeck-cli: unknown command &quot;%1&quot;</source>
        <translation>alertdeck-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Run librdkafka&apos;s in-process mock Kafka cluster until interrupted; prints its bootstrap address first.</source>
        <translation>Den prozessinternen Mock-Kafka-Cluster von librdkafka bis zur Unterbrechung ausführen; gibt zuerst seine Bootstrap-Adresse aus.</translation>
    </message>
    <message>
        <source>Topics to create, comma-separated.</source>
        <translation>Anzulegende Topics, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Partitions per created topic.</source>
        <translation>Partitionen je angelegtem Topic.</translation>
    </message>
    <message>
        <source>Number of mock brokers.</source>
        <translation>Anzahl der Mock-Broker.</translation>
    </message>
    <message>
        <source>Also replay the bundled sample alerts into the cluster at a human pace.</source>
        <translation>Außerdem die mitgelieferten Beispielalarme in gemächlichem Tempo in den Cluster einspielen.</translation>
    </message>
    <message>
        <source>mock: --partitions and --brokers take a positive number</source>
        <translation>mock: --partitions und --brokers erwarten eine positive Zahl</translation>
    </message>
    <message>
        <source>cannot create topic &quot;%1&quot;: %2</source>
        <translation>das Topic „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Publish the messages in alert files to a Kafka topic.</source>
        <translation>Die Nachrichten aus Alarmdateien an ein Kafka-Topic senden.</translation>
    </message>
    <message>
        <source>Broker address.</source>
        <translation>Adresse des Brokers.</translation>
    </message>
    <message>
        <source>Topic to publish to.</source>
        <translation>Ziel-Topic.</translation>
    </message>
    <message>
        <source>Messages per second (default: as fast as possible).</source>
        <translation>Nachrichten pro Sekunde (Standard: so schnell wie möglich).</translation>
    </message>
    <message>
        <source>Add a Kafka header to every message (e.g. _format=voevent).</source>
        <translation>Jeder Nachricht einen Kafka-Header hinzufügen (z. B. _format=voevent).</translation>
    </message>
    <message>
        <source>Send the files this many times.</source>
        <translation>Die Dateien so oft senden.</translation>
    </message>
    <message>
        <source>sent %1 messages in %2 s (%3/s)</source>
        <translation>sent %1 messages in %2 s (%3/s)</translation>
    </message>
    <message>
        <source>Import a stream configuration</source>
        <translation>Stream-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Stream configurations (*.json);;All files (*)</source>
        <translation>Stream-Konfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 has no stream that can start:

%2</source>
        <translation>%1 enthält keinen startfähigen Stream:

%2</translation>
    </message>
    <message>
        <source>Cannot make %1 the configuration: %2 exists or is not writable.</source>
        <translation>%1 kann nicht zur Konfiguration werden: %2 existiert bereits oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Watch live astronomical alert streams.</source>
        <translation>Astronomische Alarmströme live verfolgen.</translation>
    </message>
    <message>
        <source>Run an embedded mock Kafka cluster fed with the bundled sample alerts.</source>
        <translation>Einen eingebetteten Mock-Kafka-Cluster mit den mitgelieferten Beispielalarmen ausführen.</translation>
    </message>
    <message>
        <source>Use this stream configuration file.</source>
        <translation>Diese Stream-Konfigurationsdatei verwenden.</translation>
    </message>
    <message>
        <source>AlertDeck</source>
        <translation>AlertDeck</translation>
    </message>
    <message>
        <source>Cannot open the alert store:
%1</source>
        <translation>Der Alarmspeicher kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Cannot start the demo cluster:
%1</source>
        <translation>Der Demo-Cluster kann nicht gestartet werden:
%1</translation>
    </message>
    <message>
        <source>sky map: %1</source>
        <translation>Himmelskarte: %1</translation>
    </message>
    <message>
        <source>sky map: the second HDU is not a binary table</source>
        <translation>Himmelskarte: die zweite HDU ist keine Binärtabelle</translation>
    </message>
    <message>
        <source>sky map: pixel %1 is not a valid multi-order pixel</source>
        <translation>Himmelskarte: Pixel %1 ist kein gültiges Multi-Order-Pixel</translation>
    </message>
    <message>
        <source>sky map: the table has no pixels</source>
        <translation>Himmelskarte: die Tabelle enthält keine Pixel</translation>
    </message>
    <message>
        <source>, 90% area %1 deg²</source>
        <translation>, 90-%-Fläche %1 deg²</translation>
    </message>
    <message>
        <source>print per-stream and per-topic counts, rates and lag</source>
        <translation>Zahlen, Raten und Rückstand je Stream und Topic ausgeben</translation>
    </message>
    <message>
        <source>Replay a topic of this broker instead of files.</source>
        <translation>Ein Topic dieses Brokers statt Dateien erneut einspielen.</translation>
    </message>
    <message>
        <source>The topic to replay, from its beginning to its current end.</source>
        <translation>Das erneut einzuspielende Topic, vom Anfang bis zu seinem jetzigen Ende.</translation>
    </message>
    <message>
        <source>usage: replay --bootstrap HOST:PORT --topic T [--rate N] [--header K=V] (FILE... | --from-bootstrap HOST:PORT --from-topic T)</source>
        <translation>Aufruf: replay --bootstrap HOST:PORT --topic T [--rate N] [--header K=V] (DATEI... | --from-bootstrap HOST:PORT --from-topic T)</translation>
    </message>
    <message>
        <source>sending %1 forwards again that the outbox still holds</source>
        <translation>%1 Weiterleitungen aus dem Postausgang werden erneut gesendet</translation>
    </message>
    <message>
        <source>the forward outbox of stream &quot;%1&quot; cannot be read: %2</source>
        <translation>der Weiterleitungs-Postausgang von Stream „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>delivered forwards of stream &quot;%1&quot; stay in the outbox: %2</source>
        <translation>zugestellte Weiterleitungen von Stream „%1“ bleiben im Postausgang: %2</translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n weiteres Byte nicht gezeigt</numerusform>
            <numerusform>… %n weitere Bytes nicht gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more character(s) not shown</source>
        <translation>
            <numerusform>… %n weiteres Zeichen nicht gezeigt</numerusform>
            <numerusform>… %n weitere Zeichen nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>token endpoint refused the client credentials (HTTP %1 %2)</source>
        <translation>der Token-Endpunkt hat die Client-Zugangsdaten abgelehnt (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>token endpoint %1 not reachable: %2</source>
        <translation>der Token-Endpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>token endpoint %1 answered HTTP %2 %3</source>
        <translation>der Token-Endpunkt %1 antwortete mit HTTP %2 %3</translation>
    </message>
    <message>
        <source>the token from %1 was refused: %2</source>
        <translation>das Token von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>token endpoint %1 answered without an access_token</source>
        <translation>der Token-Endpunkt %1 antwortete ohne access_token</translation>
    </message>
    <message>
        <source>token endpoint %1 gave no expiry for its token (no expires_in, no exp claim)</source>
        <translation>der Token-Endpunkt %1 nannte keinen Ablauf für sein Token (weder expires_in noch exp)</translation>
    </message>
    <message>
        <source>token endpoint %1 issued a token that had already expired (%2 s ago)</source>
        <translation>der Token-Endpunkt %1 gab ein bereits abgelaufenes Token aus (vor %2 s)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain (Secret Service or KWallet) is reachable</source>
        <translation>kein D-Bus-Sitzungsbus, daher ist kein Schlüsselbund (Secret Service oder KWallet) erreichbar</translation>
    </message>
    <message>
        <source>no keychain is reachable: %1</source>
        <translation>kein Schlüsselbund erreichbar: %1</translation>
    </message>
    <message>
        <source>the keychain refused access to the entry &quot;%1&quot; (is it locked?): %2</source>
        <translation>der Schlüsselbund verweigerte den Zugriff auf den Eintrag „%1“ (ist er gesperrt?): %2</translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot;: %2</source>
        <translation>Schlüsselbundeintrag „%1“: %2</translation>
    </message>
    <message>
        <source>put it in an environment variable and refer to it in the configuration: &quot;%1&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}</source>
        <translation>legen Sie es in eine Umgebungsvariable und verweisen Sie in der Konfiguration darauf: &quot;%1&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot; takes its %2 from the keychain, but %3; %4</source>
        <translation>Stream „%1“ liest sein %2 aus dem Schlüsselbund, aber %3; %4</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: the environment variable %2 for its %3 is not set</source>
        <translation>Stream „%1“: die Umgebungsvariable %2 für sein %3 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: cannot read its %2 from the keychain: %3</source>
        <translation>Stream „%1“: sein %2 kann nicht aus dem Schlüsselbund gelesen werden: %3</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: no %2 stored in the keychain; store one (alertdeck-cli secret set &quot;%1&quot;, or Settings &gt; Credentials) or %3</source>
        <translation>Stream „%1“: kein %2 im Schlüsselbund gespeichert; speichern Sie eines (alertdeck-cli secret set &quot;%1&quot; oder Einstellungen &gt; Zugangsdaten) oder %3</translation>
    </message>
    <message>
        <source>forwards to stream &quot;%1&quot; cannot log in: %2</source>
        <translation>Weiterleitungen an Stream „%1“ können sich nicht anmelden: %2</translation>
    </message>
    <message numerus="yes">
        <source>forwarded %n message(s) to stream &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Meldung an Stream „%1“ weitergeleitet</numerusform>
            <numerusform>%n Meldungen an Stream „%1“ weitergeleitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forward to stream &quot;%1&quot; failed (%n attempt(s)): %2; the messages stay in the outbox and are sent again later</source>
        <translation>
            <numerusform>Weiterleitung an Stream „%1“ fehlgeschlagen (%n Versuch): %2; die Nachrichten bleiben im Postausgang und werden später erneut gesendet</numerusform>
            <numerusform>Weiterleitung an Stream „%1“ fehlgeschlagen (%n Versuche): %2; die Nachrichten bleiben im Postausgang und werden später erneut gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forward to stream &quot;%1&quot; failed (%n attempt(s)): %2</source>
        <translation>
            <numerusform>Weiterleitung an Stream „%1“ fehlgeschlagen (%n Versuch): %2</numerusform>
            <numerusform>Weiterleitung an Stream „%1“ fehlgeschlagen (%n Versuche): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the broker refused the login: %1</source>
        <translation>der Broker hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>no broker reachable for %1 s: %2</source>
        <translation>seit %1 s kein Broker erreichbar: %2</translation>
    </message>
    <message>
        <source>the forwards of stream &quot;%1&quot; cannot be discarded: %2</source>
        <translation>die Weiterleitungen von Stream „%1“ können nicht verworfen werden: %2</translation>
    </message>
    <message>
        <source>staged alerts from key %1 are damaged</source>
        <translation>die vorgemerkten Alarme ab Schlüssel %1 sind beschädigt</translation>
    </message>
    <message>
        <source>alerts %1 to %2 of the store could not be read and were set aside: %3</source>
        <translation>die Alarme %1 bis %2 des Speichers waren nicht lesbar und wurden beiseitegelegt: %3</translation>
    </message>
</context>
<context>
    <name>FilterExpression</name>
    <message>
        <source>the quote opened here is not closed</source>
        <translation>das hier geöffnete Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a value is missing after &apos;%1%2&apos;</source>
        <translation>nach „%1%2“ fehlt ein Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or time (2025-01-31 or 2025-01-31T12:00)</source>
        <translation>„%1“ ist kein Datum und keine Uhrzeit (2025-01-31 oder 2025-01-31T12:00)</translation>
    </message>
    <message>
        <source>compare %1 with &lt;, &lt;=, &gt; or &gt;=</source>
        <translation>%1 mit &lt;, &lt;=, &gt; oder &gt;= vergleichen</translation>
    </message>
    <message>
        <source>a cone is RA,DEC,RADIUS in degrees, e.g. cone:150.2,-12.5,2</source>
        <translation>ein Kegel ist RA,DEC,RADIUS in Grad, z. B. cone:150.2,-12.5,2</translation>
    </message>
    <message>
        <source>&apos;-&apos; can only leave out text, test alerts, source, event or type</source>
        <translation>„-“ kann nur Text, Testalarme, source, event oder type ausschließen</translation>
    </message>
    <message>
        <source>%1 is matched with &apos;:&apos; (e.g. %1:X)</source>
        <translation>%1 wird mit „:“ verglichen (z. B. %1:X)</translation>
    </message>
    <message>
        <source>%1 cannot be negated</source>
        <translation>%1 lässt sich nicht verneinen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (source, event, type, stream, topic, ra, dec, err, mag, score, far, time, received, cone)</source>
        <translation>unbekanntes Feld „%1“ (source, event, type, stream, topic, ra, dec, err, mag, score, far, time, received, cone)</translation>
    </message>
</context>
<context>
    <name>PayloadTree</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>XML-Fehler in Zeile %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation>JSON-Fehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>The payload has no structure to show; see the raw payload.</source>
        <translation>Die Nutzdaten haben keine darstellbare Struktur; siehe Rohdaten.</translation>
    </message>
</context>
<context>
    <name>alertdeck::actions::AlertForwarder</name>
    <message>
        <source>no configured stream is named &quot;%1&quot;</source>
        <translation>kein eingerichteter Stream heißt „%1“</translation>
    </message>
    <message>
        <source>forward to stream &quot;%1&quot; postponed: %2; the messages stay in the outbox and are sent again later</source>
        <translation>Weiterleitung an Stream „%1“ zurückgestellt: %2; die Nachrichten bleiben im Postausgang und werden später erneut gesendet</translation>
    </message>
</context>
<context>
    <name>alertdeck::cli</name>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>importiert: %1</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Work with the stream configuration. Actions:
  check [FILE]              validate a configuration
  import FILE [--out FILE]  convert a TOM settings.py (ALERT_STREAMS) or hop-client auth.toml
  export [FILE]             write an ALERT_STREAMS snippet for a TOM&apos;s settings.py</source>
        <translation>Mit der Stream-Konfiguration arbeiten. Aktionen:
  check [DATEI]               eine Konfiguration prüfen
  import DATEI [--out DATEI]  eine TOM-settings.py (ALERT_STREAMS) oder hop-client-auth.toml umwandeln
  export [DATEI]              einen ALERT_STREAMS-Abschnitt für die settings.py eines TOM schreiben</translation>
    </message>
    <message>
        <source>check, import or export</source>
        <translation>check, import oder export</translation>
    </message>
    <message>
        <source>Configuration file (default: the user&apos;s); for import, the file to convert.</source>
        <translation>Konfigurationsdatei (Standard: die des Benutzers); bei import die umzuwandelnde Datei.</translation>
    </message>
    <message>
        <source>import: write the configuration to this file instead of stdout.</source>
        <translation>import: die Konfiguration in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>usage: config check [FILE] | config import FILE [--out FILE] | config export [FILE]</source>
        <translation>Aufruf: config check [DATEI] | config import DATEI [--out DATEI] | config export [DATEI]</translation>
    </message>
    <message>
        <source>%1: no valid stream named &quot;%2&quot;</source>
        <translation>%1: kein gültiger Stream namens „%2“</translation>
    </message>
    <message>
        <source>%1: no valid active stream to listen to</source>
        <translation>%1: kein gültiger aktiver Stream zum Mithören</translation>
    </message>
    <message>
        <source>Run the configured streams and their topic handlers (like tom-alertstreams&apos; readstreams).</source>
        <translation>Die eingerichteten Streams mit ihren Topic-Handlern ausführen (wie readstreams von tom-alertstreams).</translation>
    </message>
    <message>
        <source>Stream configuration file.</source>
        <translation>Stream-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Run only this stream.</source>
        <translation>Nur diesen Stream ausführen.</translation>
    </message>
    <message>
        <source>Start partitions without stored offsets at their beginning.</source>
        <translation>Partitionen ohne gespeicherten Offset am Anfang beginnen.</translation>
    </message>
    <message>
        <source>Stop once every assigned partition is at its end.</source>
        <translation>Anhalten, sobald jede zugewiesene Partition an ihrem Ende ist.</translation>
    </message>
    <message>
        <source>Stop after N alerts.</source>
        <translation>Nach N Alarmen anhalten.</translation>
    </message>
    <message>
        <source>Print each alert as a normalized JSON line.</source>
        <translation>Jeden Alarm als normalisierte JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Alert store file (default: the user&apos;s data directory, or $ALERTDECK_DATA_DIR).</source>
        <translation>Datei des Alarmspeichers (Standard: das Datenverzeichnis des Benutzers oder $ALERTDECK_DATA_DIR).</translation>
    </message>
    <message>
        <source>Directory of Avro schemas by id.</source>
        <translation>Verzeichnis der Avro-Schemata nach ID.</translation>
    </message>
    <message>
        <source>listen: --max takes a positive number</source>
        <translation>listen: --max erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>Store, remove or look for a stream&apos;s secret (its password or client secret) in the keychain.
  set NAME      read the secret from the first line of stdin and store it
  remove NAME   remove the stored secret
  status NAME   print &quot;set&quot; or &quot;not set&quot; (never the secret)</source>
        <translation>Das Geheimnis eines Streams (Passwort oder Client-Secret) im Schlüsselbund speichern, entfernen oder nachsehen.
  set NAME      das Geheimnis aus der ersten Zeile der Standardeingabe lesen und speichern
  remove NAME   das gespeicherte Geheimnis entfernen
  status NAME   „set“ oder „not set“ ausgeben (nie das Geheimnis)</translation>
    </message>
    <message>
        <source>NAME is a TOM&apos;s URL (its API token), not a stream.</source>
        <translation>NAME ist die URL eines TOM (sein API-Token), kein Stream.</translation>
    </message>
    <message>
        <source>set, remove or status</source>
        <translation>set, remove oder status</translation>
    </message>
    <message>
        <source>The stream&apos;s name.</source>
        <translation>Der Name des Streams.</translation>
    </message>
    <message>
        <source>secret: expected set|remove|status NAME</source>
        <translation>secret: set|remove|status NAME erwartet</translation>
    </message>
    <message>
        <source>secret: %1; use an environment variable reference ({&quot;env&quot;: &quot;VARIABLE&quot;}) instead</source>
        <translation>secret: %1; verwenden Sie stattdessen einen Verweis auf eine Umgebungsvariable ({&quot;env&quot;: &quot;VARIABLE&quot;})</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>secret: no secret on stdin</source>
        <translation>secret: kein Geheimnis auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Print per-stream and per-topic counts, rates and consumer lag every few seconds (like LSST&apos;s monitorStream).</source>
        <translation>Alle paar Sekunden Zahlen, Raten und Consumer-Rückstand je Stream und Topic ausgeben (wie monitorStream von LSST).</translation>
    </message>
    <message>
        <source>Monitor only this stream.</source>
        <translation>Nur diesen Stream beobachten.</translation>
    </message>
    <message>
        <source>Seconds between reports.</source>
        <translation>Sekunden zwischen den Berichten.</translation>
    </message>
    <message>
        <source>Count from the beginning of each partition.</source>
        <translation>Ab dem Anfang jeder Partition zählen.</translation>
    </message>
    <message>
        <source>Print a last report and stop once every partition is at its end.</source>
        <translation>Einen letzten Bericht ausgeben und anhalten, sobald jede Partition an ihrem Ende ist.</translation>
    </message>
    <message>
        <source>Where to keep the monitor&apos;s offsets (default: a temporary file).</source>
        <translation>Wo die Offsets des Monitors liegen (Standard: eine temporäre Datei).</translation>
    </message>
    <message>
        <source>monitor: --interval takes a number of seconds above 0</source>
        <translation>monitor: --interval erwartet eine Anzahl Sekunden über 0</translation>
    </message>
</context>
<context>
    <name>alertdeck::cli::ListenSession</name>
    <message>
        <source>%1 %2[%3]@%4: %5</source>
        <translation>%1 %2[%3]@%4: %5</translation>
    </message>
    <message>
        <source>%1 alerts, %2 errors, %3 alerts/s</source>
        <translation>%1 alerts, %2 errors, %3 alerts/s</translation>
    </message>
    <message>
        <source>[%1] no heartbeat on %2 for more than %3 s</source>
        <translation>[%1] kein Herzschlag auf %2 seit mehr als %3 s</translation>
    </message>
</context>
<context>
    <name>alertdeck::cli::MonitorReport</name>
    <message>
        <source>%1 %2 alerts (+%3, %4/s) lag %5</source>
        <translation>%1 %2 Alarme (+%3, %4/s) Rückstand %5</translation>
    </message>
</context>
<context>
    <name>alertdeck::config</name>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a number of seconds above 0</source>
        <translation>muss eine Anzahl Sekunden über 0 sein</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>must be a list of strings, the program first (no shell is used)</source>
        <translation>muss eine Liste von Texten sein, das Programm zuerst (es wird keine Shell verwendet)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be a time range such as &quot;22:00-07:00&quot;</source>
        <translation>muss ein Zeitraum wie „22:00-07:00“ sein</translation>
    </message>
    <message>
        <source>must be {&quot;env&quot;: &quot;VARIABLE&quot;} or a URL</source>
        <translation>muss {&quot;env&quot;: &quot;VARIABLE&quot;} oder eine URL sein</translation>
    </message>
</context>
<context>
    <name>alertdeck::config::ActionSettingsValidator</name>
    <message>
        <source>unknown action &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Aktion „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>must be a condition text such as &quot;mag &lt; 19.5&quot;</source>
        <translation>muss eine Bedingung wie „mag &lt; 19.5“ sein</translation>
    </message>
    <message>
        <source>unknown key for a &quot;%1&quot; action</source>
        <translation>unbekannter Schlüssel für eine „%1“-Aktion</translation>
    </message>
    <message>
        <source>required for a &quot;%1&quot; action but missing</source>
        <translation>für eine „%1“-Aktion nötig, fehlt aber</translation>
    </message>
    <message>
        <source>&quot;once_per_event&quot; and &quot;retraction_of_acted&quot; apply to notify, sound, command, forward, webhook and tom, not to &quot;%1&quot;</source>
        <translation>„once_per_event“ und „retraction_of_acted“ gelten für notify, sound, command, forward, webhook und tom, nicht für „%1“</translation>
    </message>
</context>
<context>
    <name>alertdeck::config::AlertStreamsExporter</name>
    <message>
        <source>stream &quot;%1&quot;: tom-alertstreams has no class for %2 streams</source>
        <translation>Stream „%1“: tom-alertstreams hat keine Klasse für %2-Streams</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, key &quot;%2&quot;: tom-alertstreams has no such option</source>
        <translation>Stream „%1“, Schlüssel „%2“: tom-alertstreams kennt diese Option nicht</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, config &quot;%2&quot;: Hopskotch streams in tom-alertstreams take no Kafka properties</source>
        <translation>Stream „%1“, Einstellung „%2“: Hopskotch-Streams in tom-alertstreams nehmen keine Kafka-Eigenschaften</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: the secret in the keychain is not exported; set %2 for the TOM</source>
        <translation>Stream „%1“: das Geheimnis im Schlüsselbund wird nicht exportiert; setzen Sie %2 für das TOM</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, topic &quot;%2&quot;: AlertDeck actions are exported as the tom-alertstreams alert_logger handler</source>
        <translation>Stream „%1“, Topic „%2“: AlertDeck-Aktionen werden als Handler alert_logger von tom-alertstreams exportiert</translation>
    </message>
</context>
<context>
    <name>alertdeck::config::AlertStreamsImporter</name>
    <message>
        <source>ALERT_STREAMS: %1</source>
        <translation>ALERT_STREAMS: %1</translation>
    </message>
    <message>
        <source>ALERT_STREAMS is not a list</source>
        <translation>ALERT_STREAMS ist keine Liste</translation>
    </message>
    <message>
        <source>ALERT_STREAMS entry %1: class &quot;%2&quot; has no AlertDeck equivalent (known: %3)</source>
        <translation>ALERT_STREAMS-Eintrag %1: die Klasse „%2“ hat keine Entsprechung in AlertDeck (bekannt: %3)</translation>
    </message>
    <message>
        <source>not a tom-alertstreams stream key</source>
        <translation>kein Stream-Schlüssel von tom-alertstreams</translation>
    </message>
    <message>
        <source>no such option for a %1 stream</source>
        <translation>diese Option gibt es für einen %1-Stream nicht</translation>
    </message>
    <message>
        <source>the secret is written literally in settings.py; it is not copied into the configuration (store it in the keychain or use an environment variable)</source>
        <translation>das Geheimnis steht im Klartext in settings.py; es wird nicht in die Konfiguration übernommen (speichern Sie es im Schlüsselbund oder verwenden Sie eine Umgebungsvariable)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment look-up</source>
        <translation>„%1“ ist kein Zugriff auf die Umgebung</translation>
    </message>
    <message>
        <source>Python handler &quot;%1&quot; is not run by AlertDeck; the topic&apos;s alerts go to the table</source>
        <translation>Der Python-Handler „%1“ wird von AlertDeck nicht ausgeführt; die Alarme des Topics kommen in die Tabelle</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, %2: value of environment variable %3</source>
        <translation>Stream „%1“, %2: Wert der Umgebungsvariable %3</translation>
    </message>
    <message>
        <source>environment variable %1 is not set and has no default; fill it in</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt und hat keinen Standardwert; tragen Sie sie ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be evaluated here</source>
        <translation>„%1“ lässt sich hier nicht auswerten</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;, %2: %3</source>
        <translation>Stream „%1“, %2: %3</translation>
    </message>
</context>
<context>
    <name>alertdeck::config::HopAuthImporter</name>
    <message>
        <source>line %1: table %2 is not an [[auth]] entry</source>
        <translation>Zeile %1: die Tabelle %2 ist kein [[auth]]-Eintrag</translation>
    </message>
    <message>
        <source>line %1: not a TOML &quot;key = value&quot; line this importer reads</source>
        <translation>Zeile %1: keine TOML-Zeile „key = value“, die dieser Import liest</translation>
    </message>
    <message>
        <source>no [[auth]] entry found</source>
        <translation>kein [[auth]]-Eintrag gefunden</translation>
    </message>
    <message>
        <source>line %1: stream &quot;%2&quot; (%3) for user %4 at %5</source>
        <translation>Zeile %1: Stream „%2“ (%3) für Benutzer %4 bei %5</translation>
    </message>
    <message>
        <source>line %1: the password of stream &quot;%2&quot; is not copied into the configuration; store it in the keychain or set %3</source>
        <translation>Zeile %1: das Passwort des Streams „%2“ wird nicht in die Konfiguration übernommen; speichern Sie es im Schlüsselbund oder setzen Sie %3</translation>
    </message>
    <message>
        <source>line %1: stream &quot;%2&quot;: key &quot;%3&quot; has no AlertDeck equivalent</source>
        <translation>Zeile %1: Stream „%2“: der Schlüssel „%3“ hat keine Entsprechung in AlertDeck</translation>
    </message>
</context>
<context>
    <name>alertdeck::config::PythonLiteral</name>
    <message>
        <source>no &quot;%1 = ...&quot; assignment found</source>
        <translation>keine Zuweisung „%1 = ...“ gefunden</translation>
    </message>
</context>
<context>
    <name>alertdeck::config::Reader</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>only string keys are supported</source>
        <translation>nur Text-Schlüssel werden unterstützt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>„,“ oder „%1“ erwartet</translation>
    </message>
    <message>
        <source>bad \%1 escape</source>
        <translation>ungültige Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener Text</translation>
    </message>
    <message>
        <source>bad number</source>
        <translation>ungültige Zahl</translation>
    </message>
</context>
<context>
    <name>alertdeck::config::StreamConfigFile</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the file must be a JSON object with a &quot;streams&quot; array</source>
        <translation>die Datei muss ein JSON-Objekt mit einem Array „streams“ sein</translation>
    </message>
    <message>
        <source>the file has no &quot;version&quot;: read as version 0 and migrated to version %1</source>
        <translation>die Datei hat keine „version“: als Version 0 gelesen und auf Version %1 umgestellt</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number</source>
        <translation>„version“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>written by a newer AlertDeck (version %1); this one reads up to version %2</source>
        <translation>von einem neueren AlertDeck geschrieben (Version %1); dieses liest bis Version %2</translation>
    </message>
    <message>
        <source>&quot;store&quot;: &quot;%1&quot; must be a whole number of at least 0</source>
        <translation>„store“: „%1“ muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>&quot;store&quot; must be an object</source>
        <translation>„store“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;store&quot;: unknown key &quot;%1&quot;</source>
        <translation>„store“: unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::config::StreamConfigValidator</name>
    <message>
        <source>a stream without a &quot;name&quot;</source>
        <translation>ein Stream ohne „name“</translation>
    </message>
    <message>
        <source>another stream has the same name</source>
        <translation>ein anderer Stream hat denselben Namen</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected gcn, hopskotch or kafka)</source>
        <translation>unbekannte Art „%1“ (erwartet: gcn, hopskotch oder kafka)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>unknown key for a %1 stream</source>
        <translation>unbekannter Schlüssel für einen %1-Stream</translation>
    </message>
    <message>
        <source>required for a %1 stream but missing</source>
        <translation>für einen %1-Stream nötig, fehlt aber</translation>
    </message>
    <message>
        <source>a secret must not be written in the file; store it in the keychain or use {&quot;env&quot;: &quot;VARIABLE&quot;}</source>
        <translation>ein Geheimnis darf nicht in der Datei stehen; speichern Sie es im Schlüsselbund oder verwenden Sie {&quot;env&quot;: &quot;VARIABLE&quot;}</translation>
    </message>
    <message>
        <source>must be {&quot;env&quot;: &quot;VARIABLE&quot;}</source>
        <translation>muss {&quot;env&quot;: &quot;VARIABLE&quot;} sein</translation>
    </message>
    <message>
        <source>must be a list of topic names</source>
        <translation>muss eine Liste von Topic-Namen sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must look like kafka://host[:port]/</source>
        <translation>muss wie kafka://host[:port]/ aussehen</translation>
    </message>
    <message>
        <source>Hopskotch group ids must start with the username and a dash (&quot;%1-...&quot;)</source>
        <translation>Hopskotch-Gruppen-IDs müssen mit dem Benutzernamen und einem Bindestrich beginnen („%1-...“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT</source>
        <translation>„%1“ ist nicht HOST:PORT</translation>
    </message>
    <message>
        <source>must be a string, number or boolean</source>
        <translation>muss ein Text, eine Zahl oder ein Wahrheitswert sein</translation>
    </message>
    <message>
        <source>must map a topic to a list of actions</source>
        <translation>muss ein Topic auf eine Liste von Aktionen abbilden</translation>
    </message>
    <message>
        <source>at most %1 actions per topic</source>
        <translation>höchstens %1 Aktionen je Topic</translation>
    </message>
    <message>
        <source>no topics to subscribe to (give topic_handlers or topics)</source>
        <translation>keine Topics zum Abonnieren (topic_handlers oder topics angeben)</translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::AvroBinaryDecoder</name>
    <message>
        <source>Avro data corrupt at byte %1: %2</source>
        <translation>Avro-Daten bei Byte %1 beschädigt: %2</translation>
    </message>
    <message>
        <source>input ends inside a number</source>
        <translation>die Eingabe endet mitten in einer Zahl</translation>
    </message>
    <message>
        <source>a number longer than ten bytes</source>
        <translation>eine Zahl länger als zehn Bytes</translation>
    </message>
    <message>
        <source>a length of %1 bytes where %2 remain</source>
        <translation>eine Länge von %1 Bytes, wo nur %2 übrig sind</translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels</source>
        <translation>Werte tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more values than the input can hold</source>
        <translation>mehr Werte, als die Eingabe enthalten kann</translation>
    </message>
    <message>
        <source>enum index %1 out of range</source>
        <translation>Enum-Index %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>a block of %1 items</source>
        <translation>ein Block mit %1 Einträgen</translation>
    </message>
    <message>
        <source>union branch %1 out of range</source>
        <translation>Union-Zweig %1 außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::AvroContainer</name>
    <message>
        <source>not an Avro container file (no &quot;Obj\x01&quot; magic)</source>
        <translation>keine Avro-Containerdatei (keine Kennung „Obj\x01“)</translation>
    </message>
    <message>
        <source>Avro container header truncated: %1</source>
        <translation>Kopf der Avro-Containerdatei abgeschnitten: %1</translation>
    </message>
    <message>
        <source>Avro container header has no avro.schema</source>
        <translation>der Kopf der Avro-Containerdatei hat kein avro.schema</translation>
    </message>
    <message>
        <source>Avro codec &quot;%1&quot; is not supported (only null and deflate)</source>
        <translation>der Avro-Codec „%1“ wird nicht unterstützt (nur null und deflate)</translation>
    </message>
    <message>
        <source>Avro container block truncated after %1 records: %2</source>
        <translation>Avro-Containerblock nach %1 Datensätzen abgeschnitten: %2</translation>
    </message>
    <message>
        <source>Avro container block after %1 records has a wrong sync marker</source>
        <translation>der Avro-Containerblock nach %1 Datensätzen hat eine falsche Sync-Markierung</translation>
    </message>
    <message>
        <source>Avro container block after %1 records does not inflate</source>
        <translation>der Avro-Containerblock nach %1 Datensätzen lässt sich nicht entpacken</translation>
    </message>
    <message>
        <source>Avro record %1 is corrupt: %2</source>
        <translation>Avro-Datensatz %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::GenericAvroDecoder</name>
    <message>
        <source>Avro record %1 (%2 fields)</source>
        <translation>Avro-Datensatz %1 (%2 Felder)</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::RubinAvroDecoder</name>
    <message>
        <source>neither an Avro container nor a Confluent-framed Avro message (%1 bytes)</source>
        <translation>weder ein Avro-Container noch eine Avro-Nachricht im Confluent-Format (%1 Bytes)</translation>
    </message>
    <message>
        <source>schema %1: %2</source>
        <translation>Schema %1: %2</translation>
    </message>
    <message>
        <source>%1 bytes left over after the record: message does not match schema %2</source>
        <translation>%1 Bytes nach dem Datensatz übrig: die Nachricht passt nicht zu Schema %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::decode::SchemaRegistryClient</name>
    <message>
        <source>schema registry %1 sent no schema for id %2</source>
        <translation>die Schema Registry %1 hat kein Schema für die ID %2 geliefert</translation>
    </message>
    <message>
        <source>schema registry %1 unreachable: %2</source>
        <translation>die Schema Registry %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>schema registry %1 timed out</source>
        <translation>Zeitüberschreitung bei der Schema Registry %1</translation>
    </message>
    <message>
        <source>schema registry %1 answered %2 for %3</source>
        <translation>die Schema Registry %1 antwortete %2 auf %3</translation>
    </message>
</context>
<context>
    <name>alertdeck::demo::DemoFeed</name>
    <message>
        <source>the demo sample &quot;%1&quot; is missing from this build</source>
        <translation>das Demo-Beispiel „%1“ fehlt in diesem Build</translation>
    </message>
    <message>
        <source>the demo script has no messages</source>
        <translation>das Demo-Skript enthält keine Nachrichten</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>alertdeck::engine::AlertEngine</name>
    <message>
        <source>old alerts could not be removed: %1</source>
        <translation>alte Alarme konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>cannot store alerts of stream &quot;%1&quot;: %2</source>
        <translation>Alarme des Streams „%1“ können nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::engine::StoreWriter</name>
    <message>
        <source>the alert store is not open</source>
        <translation>der Alarmspeicher ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>alertdeck::kafka</name>
    <message>
        <source>authentication failed for stream &quot;%1&quot;: %2</source>
        <translation>Anmeldung für Stream „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: cannot reach the broker at %2: %3</source>
        <translation>Stream „%1“: der Broker unter %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: the broker at %2 did not answer within %3 s</source>
        <translation>Stream „%1“: der Broker unter %2 hat nicht innerhalb von %3 s geantwortet</translation>
    </message>
</context>
<context>
    <name>alertdeck::kafka::ConnectionProbe</name>
    <message>
        <source>stream &quot;%1&quot;: %2</source>
        <translation>Stream „%1“: %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::kafka::StreamWorker</name>
    <message>
        <source>stream &quot;%1&quot;: %2</source>
        <translation>Stream „%1“: %2</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: cannot subscribe: %2</source>
        <translation>Stream „%1“: Abonnieren nicht möglich: %2</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot; stopped: %2</source>
        <translation>Stream „%1“ gestoppt: %2</translation>
    </message>
    <message>
        <source>authentication failed for stream &quot;%1&quot;: %2</source>
        <translation>Anmeldung für Stream „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: no broker reachable at %2 (retrying): %3</source>
        <translation>Stream „%1“: kein Broker unter %2 erreichbar (neuer Versuch folgt): %3</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: topic &quot;%2&quot; does not exist on the broker</source>
        <translation>Stream „%1“: das Topic „%2“ gibt es auf dem Broker nicht</translation>
    </message>
</context>
<context>
    <name>alertdeck::kafka::TopicReader</name>
    <message>
        <source>cannot read topic &quot;%1&quot;: %2</source>
        <translation>das Topic „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the offsets of topic &quot;%1&quot; partition %2</source>
        <translation>die Offsets von Topic „%1“, Partition %2 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot;: no message for %2 s before the end of %3 partitions</source>
        <translation>Topic „%1“: %2 s lang keine Nachricht vor dem Ende von %3 Partitionen</translation>
    </message>
    <message>
        <source>reading topic &quot;%1&quot;: %2</source>
        <translation>beim Lesen von Topic „%1“: %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::route::ConditionParser</name>
    <message>
        <source>the condition is empty at column %1; write e.g. mag &lt; 19.5</source>
        <translation>die Bedingung ist bei Spalte %1 leer; schreiben Sie z. B. mag &lt; 19.5</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at column %2; join conditions with &apos;and&apos; or &apos;or&apos;</source>
        <translation>unerwartetes „%1“ bei Spalte %2; verbinden Sie Bedingungen mit „and“ oder „or“</translation>
    </message>
    <message>
        <source>end of condition</source>
        <translation>Ende der Bedingung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2 is not a number (write e.g. 19.5 or 3.17e-8)</source>
        <translation>„%1“ bei Spalte %2 ist keine Zahl (schreiben Sie z. B. 19.5 oder 3.17e-8)</translation>
    </message>
    <message>
        <source>the text starting at column %1 has no closing %2</source>
        <translation>dem Text ab Spalte %1 fehlt das schließende %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2: write &apos;%3&apos;</source>
        <translation>„%1“ bei Spalte %2: schreiben Sie „%3“</translation>
    </message>
    <message>
        <source>&apos;=&apos; at column %1: write &apos;==&apos; to compare</source>
        <translation>„=“ bei Spalte %1: zum Vergleichen „==“ schreiben</translation>
    </message>
    <message>
        <source>&apos;!&apos; at column %1: write &apos;not&apos; or &apos;!=&apos;</source>
        <translation>„!“ bei Spalte %1: „not“ oder „!=“ schreiben</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at column %2</source>
        <translation>unerwartetes Zeichen „%1“ bei Spalte %2</translation>
    </message>
    <message>
        <source>the condition is nested too deeply at column %1</source>
        <translation>die Bedingung ist bei Spalte %1 zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; at column %1 to close the &apos;(&apos; at column %2</source>
        <translation>„)“ bei Spalte %1 erwartet, um die „(“ bei Spalte %2 zu schließen</translation>
    </message>
    <message>
        <source>expected a field name, &apos;not&apos; or &apos;(&apos; at column %1, found &apos;%2&apos;</source>
        <translation>bei Spalte %1 einen Feldnamen, „not“ oder „(“ erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; at column %2; did you mean &apos;%3&apos;?</source>
        <translation>unbekanntes Feld „%1“ bei Spalte %2; meinten Sie „%3“?</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; at column %2; the fields are %3</source>
        <translation>unbekanntes Feld „%1“ bei Spalte %2; die Felder sind %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a comparison at column %2, such as &lt; 19.5, == &quot;IGWN&quot;, ~ &quot;^S25&quot; or in [...]</source>
        <translation>„%1“ braucht bei Spalte %2 einen Vergleich wie &lt; 19.5, == &quot;IGWN&quot;, ~ &quot;^S25&quot; oder in [...]</translation>
    </message>
    <message>
        <source>expected a comparison operator at column %1</source>
        <translation>bei Spalte %1 einen Vergleichsoperator erwartet</translation>
    </message>
    <message>
        <source>expected a field name at column %1</source>
        <translation>bei Spalte %1 einen Feldnamen erwartet</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos; at column %2</source>
        <translation>unbekannter Operator „%1“ bei Spalte %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is true or false; compare it with == or != (column %2)</source>
        <translation>„%1“ ist wahr oder falsch; vergleichen Sie mit == oder != (Spalte %2)</translation>
    </message>
    <message>
        <source>&apos;~&apos; needs a text field, but &apos;%1&apos; is not text (column %2)</source>
        <translation>„~“ braucht ein Textfeld, aber „%1“ ist kein Text (Spalte %2)</translation>
    </message>
    <message>
        <source>expected a regular expression in quotes at column %1, e.g. &quot;^S25&quot;</source>
        <translation>bei Spalte %1 einen regulären Ausdruck in Anführungszeichen erwartet, z. B. &quot;^S25&quot;</translation>
    </message>
    <message>
        <source>invalid regular expression at column %1: %2</source>
        <translation>ungültiger regulärer Ausdruck bei Spalte %1: %2</translation>
    </message>
    <message>
        <source>expected &apos;[&apos; after &apos;in&apos; at column %1</source>
        <translation>„[“ nach „in“ bei Spalte %1 erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is true or false; use == instead of &apos;in&apos; (column %2)</source>
        <translation>„%1“ ist wahr oder falsch; verwenden Sie == statt „in“ (Spalte %2)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; at column %1 in the list opened at column %2</source>
        <translation>„,“ oder „]“ bei Spalte %1 in der bei Spalte %2 geöffneten Liste erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a number; expected a number at column %2</source>
        <translation>„%1“ ist eine Zahl; bei Spalte %2 eine Zahl erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is text; put the value at column %2 in quotes: &quot;%3&quot;</source>
        <translation>„%1“ ist Text; setzen Sie den Wert bei Spalte %2 in Anführungszeichen: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is text; expected a quoted value at column %2</source>
        <translation>„%1“ ist Text; bei Spalte %2 einen Wert in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is true or false; expected true or false at column %2</source>
        <translation>„%1“ ist wahr oder falsch; bei Spalte %2 true oder false erwartet</translation>
    </message>
</context>
<context>
    <name>alertdeck::secrets::StreamSecretMover</name>
    <message>
        <source>stream &quot;%1&quot;: its secret could not be read from the keychain entry of its former name &quot;%2&quot;, so it stays there: %3</source>
        <translation>Stream „%1“: sein Geheimnis konnte nicht aus dem Schlüsselbund-Eintrag seines früheren Namens „%2“ gelesen werden und bleibt deshalb dort: %3</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: no secret was stored under its former name &quot;%2&quot;; store one on the Credentials page</source>
        <translation>Stream „%1“: unter seinem früheren Namen „%2“ war kein Geheimnis abgelegt; speichern Sie eines auf der Seite „Zugangsdaten“</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: its secret could not be stored in the keychain, so it stays under its former name &quot;%2&quot;: %3</source>
        <translation>Stream „%1“: sein Geheimnis konnte nicht im Schlüsselbund abgelegt werden und bleibt deshalb unter seinem früheren Namen „%2“: %3</translation>
    </message>
    <message>
        <source>stream &quot;%1&quot;: its secret could not be stored in the keychain: %2</source>
        <translation>Stream „%1“: sein Geheimnis konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <source>the keychain entry of &quot;%1&quot;, a stream name no longer used, could not be removed: %2</source>
        <translation>der Schlüsselbund-Eintrag von „%1“, einem nicht mehr verwendeten Stream-Namen, konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ActionEditor</name>
    <message>
        <source>Show the alert in the alert table (and keep it in the history).</source>
        <translation>Den Alarm in der Alarmtabelle zeigen (und im Verlauf behalten).</translation>
    </message>
    <message>
        <source>Keep the alert in the history without showing it in the table.</source>
        <translation>Den Alarm im Verlauf behalten, ohne ihn in der Tabelle zu zeigen.</translation>
    </message>
    <message>
        <source>Write one line per alert to the log.</source>
        <translation>Je Alarm eine Zeile ins Protokoll schreiben.</translation>
    </message>
    <message>
        <source>Show a desktop notification; bursts are grouped into one summary.</source>
        <translation>Eine Desktop-Benachrichtigung zeigen; Schübe werden zu einer Zusammenfassung gebündelt.</translation>
    </message>
    <message>
        <source>Play a sound, at most one every few seconds, never in quiet hours.</source>
        <translation>Einen Ton abspielen, höchstens alle paar Sekunden, nie in der Ruhezeit.</translation>
    </message>
    <message>
        <source>Run a program (no shell): {id} {ra} {dec} {event} {topic} ... become arguments, the alert&apos;s JSON goes to its standard input.</source>
        <translation>Ein Programm ausführen (ohne Shell): {id} {ra} {dec} {event} {topic} ... werden Argumente, das JSON des Alarms geht an seine Standardeingabe.</translation>
    </message>
    <message>
        <source>Produce the alert to a topic of a configured stream, at least once.</source>
        <translation>Den Alarm mindestens einmal an ein Topic eines eingerichteten Streams senden.</translation>
    </message>
    <message>
        <source>POST the alert&apos;s JSON to a URL (Slack/Mattermost payload optional).</source>
        <translation>Das JSON des Alarms per POST an eine URL senden (wahlweise im Slack/Mattermost-Format).</translation>
    </message>
    <message>
        <source>Treat the topic as the stream&apos;s heartbeat: show its liveness, alarm when it stops.</source>
        <translation>Das Topic als Herzschlag des Streams behandeln: Lebenszeichen zeigen, Alarm geben, wenn es ausbleibt.</translation>
    </message>
    <message>
        <source>Hand the alert to a TOM Toolkit as a target.</source>
        <translation>Den Alarm als Target an ein TOM Toolkit übergeben.</translation>
    </message>
    <message>
        <source>Only the first alert of each event</source>
        <translation>Nur der erste Alarm jedes Ereignisses</translation>
    </message>
    <message>
        <source>Only retractions of events already acted on</source>
        <translation>Nur Rücknahmen von Ereignissen, auf die schon reagiert wurde</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wenn:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Dringlichkeit:</translation>
    </message>
    <message>
        <source>Shown for:</source>
        <translation>Anzeigedauer:</translation>
    </message>
    <message>
        <source>Sound file:</source>
        <translation>Tondatei:</translation>
    </message>
    <message>
        <source>the bundled chime</source>
        <translation>der mitgelieferte Gong</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Ruhezeit:</translation>
    </message>
    <message>
        <source>e.g. 22:00-07:00</source>
        <translation>z. B. 22:00-07:00</translation>
    </message>
    <message>
        <source>Program and arguments
(one per line):</source>
        <translation>Programm und Argumente
(eines je Zeile):</translation>
    </message>
    <message>
        <source>/usr/local/bin/followup
{event}
{ra}
{dec}</source>
        <translation>/usr/local/bin/followup
{event}
{ra}
{dec}</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>At most running at once:</source>
        <translation>Höchstens gleichzeitig:</translation>
    </message>
    <message>
        <source>To stream:</source>
        <translation>An Stream:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>e.g. Filter001</source>
        <translation>z. B. Filter001</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>https://hooks.example.org/...</source>
        <translation>https://hooks.example.org/...</translation>
    </message>
    <message>
        <source>Slack/Mattermost payload</source>
        <translation>Slack/Mattermost-Format</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Alarm after silence of:</source>
        <translation>Alarm nach Stille von:</translation>
    </message>
    <message>
        <source>TOM URL:</source>
        <translation>TOM-URL:</translation>
    </message>
    <message>
        <source>https://tom.example.org/</source>
        <translation>https://tom.example.org/</translation>
    </message>
    <message>
        <source>Existing target:</source>
        <translation>Vorhandenes Target:</translation>
    </message>
    <message>
        <source>This action has no settings of its own.</source>
        <translation>Diese Aktion hat keine eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Alarmton</translation>
    </message>
    <message>
        <source>Sounds (*.wav *.ogg *.oga *.flac)</source>
        <translation>Töne (*.wav *.ogg *.oga *.flac)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ActionEditor::ActionEditor</name>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Unbekannte Aktion „%1“.</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ActionLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ActionLogPanel</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every line of the action log</source>
        <translation>Alle Zeilen des Aktionsprotokolls entfernen</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::AlertSoundPlayer</name>
    <message>
        <source>Sound not played: %1</source>
        <translation>Ton nicht abgespielt: %1</translation>
    </message>
    <message>
        <source>Sound not played: the file %1 does not exist</source>
        <translation>Ton nicht abgespielt: die Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>Qt Multimedia (%1)</source>
        <translation>Qt Multimedia (%1)</translation>
    </message>
    <message>
        <source>none: Qt Multimedia finds no audio output and neither paplay nor aplay is installed</source>
        <translation>keine: Qt Multimedia findet keine Audioausgabe, und weder paplay noch aplay ist installiert</translation>
    </message>
    <message>
        <source>%1: Qt Multimedia finds no audio output (no PulseAudio server)</source>
        <translation>%1: Qt Multimedia findet keine Audioausgabe (kein PulseAudio-Server)</translation>
    </message>
    <message>
        <source>Alert sounds: %1</source>
        <translation>Alarmtöne: %1</translation>
    </message>
    <message>
        <source>Qt Multimedia cannot play %1; trying the system player</source>
        <translation>Qt Multimedia kann %1 nicht abspielen; versuche den Systemplayer</translation>
    </message>
    <message>
        <source>Sound not played: cannot write %1</source>
        <translation>Ton nicht abgespielt: %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::AlertTableModel</name>
    <message>
        <source>Retraction of %1. Double-click to show every alert of %1.</source>
        <translation>Rücknahme von %1. Doppelklick zeigt jeden Alarm von %1.</translation>
    </message>
    <message>
        <source>Retraction of %1 (test)</source>
        <translation>Rücknahme von %1 (Test)</translation>
    </message>
    <message>
        <source>Retraction of %1</source>
        <translation>Rücknahme von %1</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (Test)</translation>
    </message>
    <message>
        <source>Sort by Received or Time; the filter bar narrows by this column (see Help)</source>
        <translation>Nach „Empfangen“ oder „Zeit“ sortieren; die Filterleiste grenzt nach dieser Spalte ein (siehe Hilfe)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>RA</source>
        <translation>RA</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Mag</source>
        <translation>Mag</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>FAR</source>
        <translation>FAR</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::AlertTablePanel</name>
    <message>
        <source>Filter: text, source:IGWN far&lt;1e-8 mag&lt;19 -test type:Retraction (Ctrl+F)</source>
        <translation>Filter: Text, source:IGWN far&lt;1e-8 mag&lt;19 -test type:Retraction (Strg+F)</translation>
    </message>
    <message>
        <source>Words match title, event or id. Fields: source, event, type, stream, topic (with &apos;:&apos;), ra, dec, err, mag, score, far (with &lt; &lt;= &gt; &gt;= = !=), time and received (ISO dates), cone:RA,DEC,R. A leading &apos;-&apos; leaves out: -test, -source:X, -type:X, -word.</source>
        <translation>Wörter passen auf Titel, Ereignis oder ID. Felder: source, event, type, stream, topic (mit „:“), ra, dec, err, mag, score, far (mit &lt; &lt;= &gt; &gt;= = !=), time und received (ISO-Daten), cone:RA,DEC,R. Ein vorangestelltes „-“ schließt aus: -test, -source:X, -type:X, -wort.</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Go to the newest alert and follow new ones (End)</source>
        <translation>Zum neuesten Alarm springen und neuen folgen (Ende)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Save current filter</source>
        <translation>Aktuellen Filter speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new ↓</source>
        <translation>
            <numerusform>%Ln neuer ↓</numerusform>
            <numerusform>%Ln neue ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 alerts</source>
        <translation>%L1 Alarme</translation>
    </message>
    <message>
        <source>Show every alert of %1</source>
        <translation>Jeden Alarm von %1 zeigen</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>Nur %1 zeigen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>The notified alert (stream %1, topic %2, partition %3, offset %4) is not in the store: removed by retention, or never stored.</source>
        <translation>Der gemeldete Alarm (Stream %1, Topic %2, Partition %3, Offset %4) ist nicht im Speicher: durch die Aufbewahrungsregeln entfernt oder nie gespeichert.</translation>
    </message>
    <message>
        <source>Test alerts are shown again: the notified alert is one.</source>
        <translation>Testalarme werden wieder angezeigt: Der gemeldete Alarm ist einer.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; hid the notified alert: it was cleared to show the alert.</source>
        <translation>Der Filter „%1“ verbarg den gemeldeten Alarm und wurde geleert, um ihn anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ConditionEdit</name>
    <message>
        <source>always (e.g. far &lt; 3.17e-8 and not test)</source>
        <translation>immer (z. B. far &lt; 3.17e-8 and not test)</translation>
    </message>
    <message>
        <source>Fields: %1
Operators: &lt; &lt;= &gt; &gt;= == != ~ (regular expression) in [...], and, or, not, ( )</source>
        <translation>Felder: %1
Operatoren: &lt; &lt;= &gt; &gt;= == != ~ (regulärer Ausdruck) in [...], and, or, not, ( )</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::ConnectionTestPanel</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Topic hinzufügen</translation>
    </message>
    <message>
        <source>Test the connection to list topics</source>
        <translation>Verbindung testen, um die Topics aufzulisten</translation>
    </message>
    <message>
        <source>Broker topics:</source>
        <translation>Topics des Brokers:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: the broker lists %n topic(s).</source>
        <translation>
            <numerusform>In %1 ms verbunden: der Broker nennt %n Topic.</numerusform>
            <numerusform>In %1 ms verbunden: der Broker nennt %n Topics.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::CredentialsPage</name>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>New secret for the selected stream</source>
        <translation>Neues Geheimnis für den gewählten Stream</translation>
    </message>
    <message>
        <source>Secrets (GCN client secrets, SCRAM passwords) are kept in the system keychain, never in the configuration file.</source>
        <translation>Geheimnisse (GCN-Client-Secrets, SCRAM-Passwörter) liegen im Schlüsselbund des Systems, nie in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>The keychain is not available: %1. Streams can read their secret from an environment variable instead.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1. Streams können ihr Geheimnis stattdessen aus einer Umgebungsvariable lesen.</translation>
    </message>
    <message>
        <source>No keychain is available. Streams can read their secret from an environment variable instead.</source>
        <translation>Kein Schlüsselbund verfügbar. Streams können ihr Geheimnis stattdessen aus einer Umgebungsvariable lesen.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>from environment variable %1</source>
        <translation>aus der Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot;: the keychain refused: %2</source>
        <translation>Stream „%1“: der Schlüsselbund hat abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::DesktopNotifier</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>Type: %1 (test)</source>
        <translation>Typ: %1 (Test)</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Position: RA %1°, Dec %2° (±%3°)</source>
        <translation>Position: RA %1°, Dec %2° (±%3°)</translation>
    </message>
    <message>
        <source>Position: RA %1°, Dec %2°</source>
        <translation>Position: RA %1°, Dec %2°</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Desktop notification failed: %1</source>
        <translation>Desktop-Benachrichtigung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No notification service and no system tray: desktop notifications are not shown.</source>
        <translation>Kein Benachrichtigungsdienst und keine Systemablage: Desktop-Benachrichtigungen werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>%1 new alerts</source>
        <translation>%1 neue Alarme</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot;: nothing on %2 since %3 (alarm after %4 s).</source>
        <translation>Stream „%1“: nichts auf %2 seit %3 (Alarm nach %4 s).</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot;: nothing on %2 yet (alarm after %3 s).</source>
        <translation>Stream „%1“: noch nichts auf %2 (Alarm nach %3 s).</translation>
    </message>
    <message>
        <source>No heartbeat from %1</source>
        <translation>Kein Heartbeat von %1</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::DetailPanel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>Koordinaten kopieren</translation>
    </message>
    <message>
        <source>Sexagesimal (hh:mm:ss ±dd:mm:ss)</source>
        <translation>Sexagesimal (hh:mm:ss ±dd:mm:ss)</translation>
    </message>
    <message>
        <source>Decimal degrees</source>
        <translation>Dezimalgrad</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Webseite öffnen</translation>
    </message>
    <message>
        <source>Show as hex</source>
        <translation>Hexadezimal zeigen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation>Alarmtyp</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>RA (deg)</source>
        <translation>RA (Grad)</translation>
    </message>
    <message>
        <source>Dec (deg)</source>
        <translation>Dec (Grad)</translation>
    </message>
    <message>
        <source>RA, Dec (sexagesimal)</source>
        <translation>RA, Dec (sexagesimal)</translation>
    </message>
    <message>
        <source>Error radius (deg)</source>
        <translation>Fehlerradius (Grad)</translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation>Helligkeit (mag)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>FAR (Hz)</source>
        <translation>FAR (Hz)</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Testalarm</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Decode error</source>
        <translation>Dekodierfehler</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation>Größe der Nutzdaten</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>This alert names no web page.</source>
        <translation>Dieser Alarm nennt keine Webseite.</translation>
    </message>
    <message>
        <source>Select an alert to see it in full.</source>
        <translation>Wählen Sie einen Alarm, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>J / K or Ctrl+Down / Ctrl+Up: next / previous alert
Ctrl+C: copy the selected alert as JSON    Ctrl+Shift+C: copy its coordinates
Ctrl+F: filter    Ctrl+P: pause all streams    Ctrl+B: show or hide the streams</source>
        <translation>J / K oder Strg+Ab / Strg+Auf: nächster / vorheriger Alarm
Strg+C: gewählten Alarm als JSON kopieren    Strg+Umschalt+C: seine Koordinaten kopieren
Strg+F: filtern    Strg+P: alle Streams anhalten    Strg+B: Streams zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::HandlerListEditor</name>
    <message>
        <source>Edit in detail…</source>
        <translation>Im Einzelnen bearbeiten…</translation>
    </message>
    <message>
        <source>Topic or pattern</source>
        <translation>Topic oder Muster</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Actions, separated by commas: table, store, log…</source>
        <translation>Aktionen, durch Kommas getrennt: table, store, log…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::HandlerTestReport</name>
    <message>
        <source>the condition does not parse: %1</source>
        <translation>die Bedingung ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the condition is false for this alert</source>
        <translation>die Bedingung ist für diesen Alarm falsch</translation>
    </message>
    <message>
        <source>every topic</source>
        <translation>jedes Topic</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>exact topic</source>
        <translation>genaues Topic</translation>
    </message>
    <message>
        <source>&lt;p&gt;No handler key takes topic &lt;b&gt;%1&lt;/b&gt;: the stream does not subscribe to it, nothing fires.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Handler-Schlüssel nimmt das Topic &lt;b&gt;%1&lt;/b&gt;: der Stream abonniert es nicht, nichts wird ausgelöst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Topic &lt;b&gt;%1&lt;/b&gt; is handled by &lt;b&gt;%2&lt;/b&gt; (%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Topic &lt;b&gt;%1&lt;/b&gt; wird von &lt;b&gt;%2&lt;/b&gt; (%3) behandelt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 (%2) matches too, but %3 takes precedence.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;%1 (%2) passt auch, aber %3 hat Vorrang.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The handler has no actions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Handler hat keine Aktionen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1e8449&apos;&gt;✔ fires&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1e8449&apos;&gt;✔ wird ausgelöst&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;✘ does not fire: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;✘ wird nicht ausgelöst: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>when &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>wenn &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1. &lt;b&gt;%2&lt;/b&gt; %3 — %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1. &lt;b&gt;%2&lt;/b&gt; %3 — %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-left:24px&apos;&gt;argv: %1&lt;br&gt;stdin: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-left:24px&apos;&gt;argv: %1&lt;br&gt;stdin: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::HandlersDialog</name>
    <message>
        <source>Topic handlers</source>
        <translation>Topic-Handler</translation>
    </message>
    <message>
        <source>Topic handlers — %1</source>
        <translation>Topic-Handler — %1</translation>
    </message>
    <message>
        <source>Each topic the stream &lt;b&gt;%1&lt;/b&gt; subscribes to is taken by one handler key: an exact topic beats a pattern such as &lt;code&gt;hermes.*&lt;/code&gt;, a pattern beats &lt;code&gt;*&lt;/code&gt;. The key&apos;s actions run in order, each only when its condition holds.</source>
        <translation>Jedes Topic, das der Stream &lt;b&gt;%1&lt;/b&gt; abonniert, wird von einem Handler-Schlüssel genommen: ein genaues Topic schlägt ein Muster wie &lt;code&gt;hermes.*&lt;/code&gt;, ein Muster schlägt &lt;code&gt;*&lt;/code&gt;. Die Aktionen des Schlüssels laufen der Reihe nach, jede nur, wenn ihre Bedingung gilt.</translation>
    </message>
    <message>
        <source>Action settings</source>
        <translation>Einstellungen der Aktion</translation>
    </message>
    <message>
        <source>Handler keys</source>
        <translation>Handler-Schlüssel</translation>
    </message>
    <message>
        <source>topic, pattern (hermes.*) or *</source>
        <translation>Topic, Muster (hermes.*) oder *</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Actions, in order</source>
        <translation>Aktionen, der Reihe nach</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test on selected alert</source>
        <translation>Am gewählten Alarm testen</translation>
    </message>
    <message>
        <source>No alert selected: select one in the alert table first.</source>
        <translation>Kein Alarm gewählt: wählen Sie zuerst einen in der Alarmtabelle.</translation>
    </message>
    <message>
        <source>Which handler and actions would fire for the selected alert, and what a command would receive.</source>
        <translation>Welcher Handler und welche Aktionen für den gewählten Alarm ausgelöst würden und was ein Befehl erhielte.</translation>
    </message>
    <message>
        <source>%1 — topic %2, offset %3</source>
        <translation>%1 — Topic %2, Offset %3</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>%1 — when %2</source>
        <translation>%1 — wenn %2</translation>
    </message>
    <message>
        <source>Select or add a handler key.</source>
        <translation>Wählen Sie einen Handler-Schlüssel oder fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <source>Actions for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Aktionen für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>The stream has a handler for &quot;%1&quot; already.</source>
        <translation>Der Stream hat schon einen Handler für „%1“.</translation>
    </message>
    <message>
        <source>Select an alert in the alert table first.</source>
        <translation>Wählen Sie zuerst einen Alarm in der Alarmtabelle.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To fix before saving:
</source>
        <translation>Vor dem Speichern zu beheben:
</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::MainWindow</name>
    <message>
        <source>AlertDeck</source>
        <translation>AlertDeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Streams</source>
        <translation>&amp;Streams</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Hide test alerts</source>
        <translation>Testalarme ausblenden</translation>
    </message>
    <message>
        <source>Pause streams</source>
        <translation>Streams anhalten</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation>Nächster Alarm</translation>
    </message>
    <message>
        <source>Previous alert</source>
        <translation>Vorheriger Alarm</translation>
    </message>
    <message>
        <source>Copy alert as JSON</source>
        <translation>Alarm als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>Koordinaten kopieren</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Stream configuration</source>
        <translation>Stream-Konfiguration</translation>
    </message>
    <message>
        <source>These streams were not started:

%1</source>
        <translation>Diese Streams wurden nicht gestartet:

%1</translation>
    </message>
    <message>
        <source>no streams running</source>
        <translation>keine Streams aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) live</source>
        <translation>
            <numerusform>%n Stream live</numerusform>
            <numerusform>%n Streams live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) paused</source>
        <translation>
            <numerusform>%n Stream angehalten</numerusform>
            <numerusform>%n Streams angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) failing</source>
        <translation>
            <numerusform>%n Stream mit Fehler</numerusform>
            <numerusform>%n Streams mit Fehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) stored</source>
        <translation>
            <numerusform>%n Alarm gespeichert</numerusform>
            <numerusform>%n Alarme gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 alerts/s</source>
        <translation>%1 Alarme/s</translation>
    </message>
    <message>
        <source>&amp;Configure streams…</source>
        <translation>Streams &amp;einrichten…</translation>
    </message>
    <message>
        <source>Topic &amp;handlers…</source>
        <translation>Topic-&amp;Handler…</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Aktionsprotokoll</translation>
    </message>
    <message>
        <source>%1 (View › Action log)</source>
        <translation>%1 (Ansicht › Aktionsprotokoll)</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot;: no heartbeat on %2 for over %3 s</source>
        <translation>Stream „%1“: seit über %3 s kein Heartbeat auf %2</translation>
    </message>
    <message>
        <source>Discard Waiting Forwards</source>
        <translation>Wartende Weiterleitungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Stream &quot;%1&quot; still owes its forward targets %n message(s). Discard them? They will not be sent.</source>
        <translation>
            <numerusform>Stream „%1“ schuldet seinen Weiterleitungszielen noch %n Meldung. Verwerfen? Sie wird nicht gesendet.</numerusform>
            <numerusform>Stream „%1“ schuldet seinen Weiterleitungszielen noch %n Meldungen. Verwerfen? Sie werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamForm</name>
    <message>
        <source>Start this stream</source>
        <translation>Diesen Stream starten</translation>
    </message>
    <message>
        <source>GCN Kafka</source>
        <translation>GCN Kafka</translation>
    </message>
    <message>
        <source>SCiMMA Hopskotch</source>
        <translation>SCiMMA Hopskotch</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Security protocol:</source>
        <translation>Sicherheitsprotokoll:</translation>
    </message>
    <message>
        <source>SASL mechanism:</source>
        <translation>SASL-Mechanismus:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation>Gruppen-ID:</translation>
    </message>
    <message>
        <source>derived from the stream&apos;s name</source>
        <translation>aus dem Namen des Streams abgeleitet</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>or read it from this environment variable</source>
        <translation>oder aus dieser Umgebungsvariable lesen</translation>
    </message>
    <message>
        <source>Secret variable:</source>
        <translation>Variable des Geheimnisses:</translation>
    </message>
    <message>
        <source>topics shown in the table, separated by commas</source>
        <translation>in der Tabelle gezeigte Topics, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <source>Topic handlers:</source>
        <translation>Topic-Handler:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamSidebar</name>
    <message>
        <source>59 min ago</source>
        <translation>vor 59 min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the selected stream</source>
        <translation>Den gewählten Stream starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause or resume the selected stream</source>
        <translation>Den gewählten Stream anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the selected stream; its offsets are kept</source>
        <translation>Den gewählten Stream stoppen; seine Offsets bleiben gespeichert</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Discard Waiting Forwards…</source>
        <translation>Wartende Weiterleitungen verwerfen …</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamStatusModel</name>
    <message numerus="yes">
        <source>%1: %2, %n message(s) received, undecodable: %3</source>
        <translation>
            <numerusform>%1: %2, %n Nachricht empfangen, nicht dekodierbar: %3</numerusform>
            <numerusform>%1: %2, %n Nachrichten empfangen, nicht dekodierbar: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>%1, heartbeat silent</source>
        <translation>%1, Heartbeat ausgeblieben</translation>
    </message>
    <message>
        <source>Heartbeat %1: silent, none received (alarm after %2 s)</source>
        <translation>Heartbeat %1: ausgeblieben, noch keiner empfangen (Alarm nach %2 s)</translation>
    </message>
    <message>
        <source>Heartbeat %1: none received yet</source>
        <translation>Heartbeat %1: noch keiner empfangen</translation>
    </message>
    <message>
        <source>Heartbeat %1: silent, last one %2 (alarm after %3 s)</source>
        <translation>Heartbeat %1: ausgeblieben, letzter %2 (Alarm nach %3 s)</translation>
    </message>
    <message>
        <source>Heartbeat %1: last one %2</source>
        <translation>Heartbeat %1: letzter %2</translation>
    </message>
    <message>
        <source>Forwards waiting in the outbox: %1</source>
        <translation>Weiterleitungen im Postausgang: %1</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamsController</name>
    <message>
        <source>Stream configuration applied.</source>
        <translation>Stream-Konfiguration übernommen.</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::StreamsDialog</name>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a TOM settings.py (ALERT_STREAMS) or a hop-client auth.toml</source>
        <translation>Eine TOM-settings.py (ALERT_STREAMS) oder eine hop-client-auth.toml importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export as an ALERT_STREAMS snippet for a TOM&apos;s settings.py</source>
        <translation>Als ALERT_STREAMS-Abschnitt für die settings.py eines TOM exportieren</translation>
    </message>
    <message>
        <source>Import streams</source>
        <translation>Streams importieren</translation>
    </message>
    <message>
        <source>TOM settings or hop auth (*.py *.toml);;All files (*)</source>
        <translation>TOM-Einstellungen oder hop-Anmeldung (*.py *.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export streams</source>
        <translation>Streams exportieren</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <source>The keychain entry could not be read: %1</source>
        <translation>Der Eintrag im Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This stream needs its secret: type it in the Secret field, store it on the Credentials page or name an environment variable.</source>
        <translation>Dieser Stream braucht sein Geheimnis: tippen Sie es ins Feld „Geheimnis“, speichern Sie es auf der Seite „Zugangsdaten“ oder nennen Sie eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>Neuer Stream</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> Kopie</translation>
    </message>
    <message>
        <source>Fix the problems of this stream first.</source>
        <translation>Beheben Sie zuerst die Probleme dieses Streams.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>The secret of stream &quot;%1&quot; found in the file goes to the keychain when you save.</source>
        <translation>Das in der Datei gefundene Geheimnis des Streams „%1“ kommt beim Speichern in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stream(s) to %1.</source>
        <translation>
            <numerusform>%n Stream nach %1 exportiert.</numerusform>
            <numerusform>%n Streams nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), first: %1</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Problem, zuerst: %1</numerusform>
            <numerusform>Nicht gespeichert: %n Probleme, zuerst: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, but the secrets of %1 were not stored: no keychain is available. Use an environment variable instead.</source>
        <translation>Gespeichert, aber die Geheimnisse von %1 wurden nicht abgelegt: kein Schlüsselbund verfügbar. Verwenden Sie stattdessen eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>not set; type it to store it in the keychain</source>
        <translation>nicht gesetzt; eingeben, um es im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>Saved, but the keychain did not follow: %1</source>
        <translation>Gespeichert, aber der Schlüsselbund konnte nicht folgen: %1</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::TrayIcon</name>
    <message>
        <source>Show AlertDeck</source>
        <translation>AlertDeck zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>AlertDeck: %n unseen alert(s)</source>
        <translation>
            <numerusform>AlertDeck: %n ungesehener Alarm</numerusform>
            <numerusform>AlertDeck: %n ungesehene Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>AlertDeck: no unseen alerts</source>
        <translation>AlertDeck: keine ungesehenen Alarme</translation>
    </message>
</context>
<context>
    <name>alertdeck::ui::WelcomePanel</name>
    <message>
        <source>Welcome to AlertDeck</source>
        <translation>Willkommen bei AlertDeck</translation>
    </message>
    <message>
        <source>AlertDeck shows live alerts from GCN, SCiMMA Hopskotch, Rubin, ZTF and any Kafka stream as they arrive. No stream is configured yet.</source>
        <translation>AlertDeck zeigt Alarme von GCN, SCiMMA Hopskotch, Rubin, ZTF und jedem Kafka-Stream live, sobald sie eintreffen. Noch ist kein Stream eingerichtet.</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>Watch the bundled sample alerts (GW, GRB, neutrino, X-ray, Rubin, ZTF) arrive from a built-in Kafka cluster. No account needed.</source>
        <translation>Die mitgelieferten Beispielalarme (GW, GRB, Neutrino, Röntgen, Rubin, ZTF) aus einem eingebauten Kafka-Cluster eintreffen sehen. Kein Konto nötig.</translation>
    </message>
    <message>
        <source>Add a stream…</source>
        <translation>Stream hinzufügen…</translation>
    </message>
    <message>
        <source>Connect to GCN Kafka, Hopskotch or your own broker.</source>
        <translation>Mit GCN Kafka, Hopskotch oder Ihrem eigenen Broker verbinden.</translation>
    </message>
    <message>
        <source>Import a configuration…</source>
        <translation>Konfiguration importieren…</translation>
    </message>
    <message>
        <source>Use an AlertDeck stream configuration file (JSON; alertdeck-cli config import converts TOM and hop-client settings).</source>
        <translation>Eine Stream-Konfigurationsdatei von AlertDeck verwenden (JSON; alertdeck-cli config import wandelt TOM- und hop-client-Einstellungen um).</translation>
    </message>
</context>
</TS>
