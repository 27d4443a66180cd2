#include "MessageHeaders.h"

namespace alertdeck::kafka {

decode::MessageHeaders readHeaders(const rd_kafka_message_t *message)
{
    decode::MessageHeaders headers;
    rd_kafka_headers_t *raw = nullptr;
    if (rd_kafka_message_headers(message, &raw) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return headers;
    const char *name = nullptr;
    const void *value = nullptr;
    size_t size = 0;
    for (size_t i = 0; rd_kafka_header_get_all(raw, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR; ++i)
        headers.append({QByteArray(name), QByteArray(static_cast<const char *>(value), qsizetype(size))});
    return headers;
}

} // namespace alertdeck::kafka
