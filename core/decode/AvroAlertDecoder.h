#pragma once

#include "AlertDecoder.h"
#include "AvroDatum.h"
#include "AvroSchemaCache.h"

#include <QJsonArray>

#include <optional>
#include <vector>

namespace alertdeck::decode {

// What the Avro decoders share: reading the records of a message (gzip-wrapped or not), turning
// each into an alert, and keeping what could not be read as an alert with decodeError.
class AvroAlertDecoder : public AlertDecoder
{
public:
    QString name() const override { return m_format; }
    QVector<Alert> decode(const RawMessage &message) const override;

    // Every record of a payload this decoder reads, as JSON (bytes as {"$bytes": size}): what the
    // detail pane shows. `error` says why (part of) the payload could not be read.
    struct Tree
    {
        QJsonArray records;
        QString error;
    };
    Tree decodeTree(const QByteArray &payload) const;

protected:
    struct Records
    {
        std::vector<AvroDatum> records;
        QString error; // set when some or all of the message could not be read
    };

    AvroAlertDecoder(const QString &format, const QString &source);

    // Container files by default; the Rubin decoder adds the Confluent wire format.
    virtual Records read(const QByteArray &payload) const;
    virtual Alert toAlert(const AvroDatum &datum) const = 0;

    // The payload, inflated when it is gzip-compressed.
    static QByteArray unwrapped(const QByteArray &payload);
    // The schema a container message declares, or null when it is not a readable container.
    std::shared_ptr<const AvroSchema> containerSchema(const QByteArray &payload) const;
    // An alert of this decoder's format with id, format and source filled in.
    Alert newAlert(const QString &id) const;

    static std::optional<double> number(const AvroValue *value);
    static QString text(const AvroValue *value);

    mutable AvroSchemaCache m_schemas;

private:
    Alert undecodable(const RawMessage &message, const QString &error) const;

    QString m_format;
    QString m_source;
};

} // namespace alertdeck::decode
