#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace alertdeck::decode {

// zlib decompression of the two framings alerts arrive in: raw deflate (the Avro "deflate" codec)
// and gzip files (e.g. ELAsTiCC's alert_*.avro.gz). Qt's qUncompress handles neither.
// nullopt when the data is not valid or would expand beyond maxSize.
enum class DeflateFraming { Raw, Gzip };
std::optional<QByteArray> inflate(QByteArrayView compressed, DeflateFraming framing,
                                  qint64 maxSize = qint64(256) << 20);

bool isGzip(QByteArrayView data);

} // namespace alertdeck::decode
