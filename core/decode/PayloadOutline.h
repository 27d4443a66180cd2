#pragma once

#include "ReceivedAlert.h"

#include <QUrl>

#include <vector>

namespace alertdeck::decode {

class DecoderRegistry;

// One row of an outline: a key, its value as shown, and the rows under it.
struct OutlineNode
{
    QString key;
    QString value;
    std::vector<OutlineNode> children;
};

// The full decoded content of an alert's payload as a key/value tree of plain data, so it can be
// made on any thread (the detail pane's tree model is made from it on the GUI thread): JSON objects
// and arrays, VOEvent (or any) XML elements with their attributes, every record of an Avro message
// as the Avro decoders read it, and the "KEY: value" lines of GCN text notices. Also finds the web
// page an alert points to (GraceDB, the GCN event page), since the normalized record has none.
struct PayloadOutline
{
    std::vector<OutlineNode> nodes;
    QUrl url;      // the alert's most page-like link; empty when it has none
    QString error; // why (part of) the payload could not be shown as a tree

    static PayloadOutline of(const DecoderRegistry &decoders, const ReceivedAlert &alert);
};

} // namespace alertdeck::decode
