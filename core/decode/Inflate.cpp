#include "Inflate.h"

#include <zlib.h>

#include <memory>

namespace alertdeck::decode {
namespace {

struct InflateEnd
{
    void operator()(z_stream *stream) const { inflateEnd(stream); }
};

} // namespace

bool isGzip(QByteArrayView data)
{
    return data.size() >= 3 && quint8(data[0]) == 0x1f && quint8(data[1]) == 0x8b && data[2] == 8;
}

std::optional<QByteArray> inflate(QByteArrayView compressed, DeflateFraming framing, qint64 maxSize)
{
    z_stream stream{};
    // Negative window bits: raw deflate; +16: gzip header and trailer.
    const int windowBits = framing == DeflateFraming::Raw ? -MAX_WBITS : MAX_WBITS + 16;
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return std::nullopt;
    const std::unique_ptr<z_stream, InflateEnd> guard(&stream);

    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (out.size() >= maxSize)
            return std::nullopt;
        const qint64 used = out.size();
        out.resize(qMin(maxSize, qMax<qint64>(4 * compressed.size(), used * 2 + 4096)));
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        stream.avail_out = uInt(out.size() - used);
        status = ::inflate(&stream, Z_NO_FLUSH);
        out.resize(qint64(stream.total_out));
        if (status != Z_OK && status != Z_STREAM_END)
            return std::nullopt;
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            return std::nullopt; // truncated input
    }
    return out;
}

} // namespace alertdeck::decode
