#pragma once

#include "AlertDecoder.h"

namespace alertdeck::decode {

// GCN Circulars as hop-client sends them (format "hop.circular", `_format: circular`): the JSON
// {"header": {title, number, subject, date, from}, "body": ...} of its GCNCircular model, or the
// plain mail text it is made from ("TITLE:", "NUMBER:", "SUBJECT:", "DATE:", "FROM:", body).
class HopCircularDecoder final : public AlertDecoder
{
public:
    QString name() const override;
    bool recognizes(const RawMessage &message) const override;
    QVector<Alert> decode(const RawMessage &message) const override;
};

} // namespace alertdeck::decode
