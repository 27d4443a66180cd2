#pragma once

#include "AlertDecoder.h"

namespace alertdeck::decode {

// GCN Classic text notices (format "gcn.text"): "KEY: value" lines with indented continuations,
// as mailed by GCN and carried by hop-client's GCNTextNotice model.
class GcnTextDecoder final : public AlertDecoder
{
public:
    QString name() const override;
    bool recognizes(const RawMessage &message) const override;
    QVector<Alert> decode(const RawMessage &message) const override;
};

} // namespace alertdeck::decode
