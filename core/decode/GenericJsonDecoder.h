#pragma once

#include "AlertDecoder.h"

namespace alertdeck::decode {

// Any JSON no specific decoder claims: format "json" (auto-detection's fallback) or "hop.json"
// (hop-client's JSON model). The well-known id, name, position, time and magnitude keys of alert
// JSON (ZTF, Rubin, broker output) are picked up where present, so such alerts still show
// something useful.
class GenericJsonDecoder final : public AlertDecoder
{
public:
    explicit GenericJsonDecoder(QString formatName);

    QString name() const override;
    // Valid JSON only: this is a last resort, so a full parse is affordable.
    bool recognizes(const RawMessage &message) const override;
    QVector<Alert> decode(const RawMessage &message) const override;

private:
    QString m_formatName;
};

} // namespace alertdeck::decode
