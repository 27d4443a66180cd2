#pragma once

#include <QByteArray>
#include <QString>

namespace alertdeck::decode {

// A payload as a person reads it: as text (JSON indented) and as a hex dump, both cut after
// 256 K characters/bytes with a note of what was left out. Made off the GUI thread: a Rubin
// alert's hex dump is ~400,000 characters.
struct PayloadText
{
    QString text;
    QString hex;
    bool binary = false; // reads only as hex (Avro, GCN binary packets)

    static PayloadText of(const QByteArray &payload);
    static bool looksLikeText(const QByteArray &payload);
};

} // namespace alertdeck::decode
