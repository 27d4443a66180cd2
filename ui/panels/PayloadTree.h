#pragma once

#include "core/decode/ReceivedAlert.h"

#include <QUrl>

#include <memory>

class QStandardItemModel;

namespace alertdeck::decode {
class DecoderRegistry;
}

namespace alertdeck::ui {

// The full decoded content of an alert's payload as a key/value tree: JSON objects and arrays,
// VOEvent (or any) XML elements with their attributes, every record of an Avro message as the
// core's Avro decoders read it, and the "KEY: value" lines of GCN text notices. Also finds the
// web page an alert points to (GraceDB, the GCN event page), since the normalized record has none.
class PayloadTree
{
public:
    explicit PayloadTree(const decode::DecoderRegistry &decoders);

    struct Result
    {
        std::unique_ptr<QStandardItemModel> model;
        QUrl url;         // the alert's most page-like link; empty when it has none
        QString error;    // why (part of) the payload could not be shown as a tree
    };
    Result build(const decode::ReceivedAlert &alert) const;

private:
    const decode::DecoderRegistry &m_decoders;
};

} // namespace alertdeck::ui
