#pragma once

#include "core/decode/AvroSchema.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace alertdeck::test {

struct AvroSampleSizes
{
    int cutoutBytes = 26'000; // per stamp; three stamps make a Rubin alert ~80 KB like real ones
    int previousSources = 12;
};

// Makes the project's own ZTF-like and Rubin-like alerts, with the reduced schemas under
// resources/schemas/ (rubin/<id>.avsc: schema ids 1000 = lsst.v10_0 field names, 400 = the pre-v7
// names ELAsTiCC uses; ztf/alert.avsc), as container files or Confluent-framed messages.
// Values are a function of the alert's index, so a test can say what decoding must give.
class AvroSampleWriter
{
public:
    enum class Codec { Null, Deflate };

    using Sizes = AvroSampleSizes;

    // <source dir>/resources/schemas, from ALERTDECK_SOURCE_DIR (set for every test) or a path given.
    explicit AvroSampleWriter(const QString &schemaDir = defaultSchemaDir());
    static QString defaultSchemaDir();

    QString schemaDir() const { return m_schemaDir; }
    // The schema in <schemaDir>/<relativePath>; null (and a warning) when it cannot be read.
    std::shared_ptr<const decode::AvroSchema> schema(const QString &relativePath) const;
    std::shared_ptr<const decode::AvroSchema> rubinSchema(int schemaId) const;
    std::shared_ptr<const decode::AvroSchema> ztfSchema() const;

    // One alert's values. Rubin alerts carry the keys of every supported naming (alertId and
    // diaSourceId, midPointTai and midpointMjdTai, ...); each schema writes the ones it has.
    static QVariantMap rubinAlert(int index, const Sizes &sizes = {});
    static QVariantMap ztfAlert(int index, const Sizes &sizes = {});

    // Encodings; empty (and a warning) when the value does not fit the schema.
    static QByteArray datum(const decode::AvroSchema &schema, const QVariant &value);
    static QByteArray container(const decode::AvroSchema &schema, const QVariantList &records,
                                Codec codec = Codec::Null);
    static QByteArray confluent(int schemaId, const QByteArray &datum);

    QByteArray rubinConfluent(int index, int schemaId = 1000, const Sizes &sizes = {}) const;
    QByteArray rubinContainer(int index, int schemaId = 1000, const Sizes &sizes = {}) const;
    QByteArray ztfContainer(int index, const Sizes &sizes = {}) const;

    // Many binary messages in one file: each as a 4-byte big-endian length and the bytes.
    static QByteArray frame(const QByteArray &message);
    static QList<QByteArray> unframe(const QByteArray &frames);

private:
    QString m_schemaDir;
};

} // namespace alertdeck::test
