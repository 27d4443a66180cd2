#pragma once

#include "AlertDecoder.h"

namespace alertdeck::decode {

// Opaque payloads: format "text" (what nothing else recognizes, binary garbage included) or
// "hop.blob" (hop-client's Blob model). The first line becomes the title; nothing is dropped.
class PlainTextDecoder final : public AlertDecoder
{
public:
    explicit PlainTextDecoder(QString formatName);

    QString name() const override;
    bool recognizes(const RawMessage &message) const override;
    QVector<Alert> decode(const RawMessage &message) const override;

private:
    QString m_formatName;
};

} // namespace alertdeck::decode
