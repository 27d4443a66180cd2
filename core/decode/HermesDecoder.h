#pragma once

#include "AlertDecoder.h"

namespace alertdeck::decode {

// SCiMMA Hermes messages (format "hermes"): JSON with title, topic, message_text, submitter,
// authors and structured data (event_id, targets, photometry, ...), sent on hermes.* topics.
class HermesDecoder final : public AlertDecoder
{
public:
    QString name() const override;
    bool recognizes(const RawMessage &message) const override;
    QVector<Alert> decode(const RawMessage &message) const override;
};

} // namespace alertdeck::decode
