#pragma once

#include "core/decode/RawMessage.h"

#include <librdkafka/rdkafka.h>

namespace alertdeck::kafka {

// The headers of a consumed message, copied out of librdkafka's buffers (empty when it has none).
decode::MessageHeaders readHeaders(const rd_kafka_message_t *message);

} // namespace alertdeck::kafka
