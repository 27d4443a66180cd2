#pragma once

#include "core/decode/ReceivedAlert.h"

namespace alertdeck::test {

// Payloads of the kinds the detail pane shows, each distinct by `index` (it is the notice's id,
// trigger number or Avro alert id): a ~1.5 KB GCN Kafka JSON notice, a ~5 KB IGWN-style VOEvent,
// and a Rubin-sized (~80 KB with cutouts) Avro container made by AvroSampleWriter.
QByteArray gcnJsonNotice(int index);
QByteArray voEventNotice(int index);
QByteArray rubinAvroAlert(int index);

// `payload` decoded as a stream would, as the alert the store is given: its first record, from
// topic `topic` at `offset` of partition 0, with a header naming the sample.
decode::ReceivedAlert sampleAlert(const QByteArray &payload, const QString &topic, qint64 offset);

} // namespace alertdeck::test
