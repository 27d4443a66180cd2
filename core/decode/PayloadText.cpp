#include "PayloadText.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace alertdeck::decode {
namespace {

// A Rubin alert with cutouts is ~80 KB; more is not read by eye. Not a static member of the struct:
// lupdate 6.4 never finishes a file whose translated message names the struct's member.
constexpr qsizetype kLimit = 256 * 1024;

// Offset, sixteen bytes in hex, and the printable ones as text: how hexdump -C shows a payload.
QString hexDump(const QByteArray &bytes)
{
    QString dump;
    dump.reserve(bytes.size() * 4 + 16);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        const QByteArray chunk = bytes.mid(line, 16);
        QString ascii;
        dump += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        for (int i = 0; i < 16; ++i) {
            dump += i < chunk.size() ? QStringLiteral("%1 ").arg(uchar(chunk.at(i)), 2, 16, QLatin1Char('0')) : QStringLiteral("   ");
            if (i == 7)
                dump += QLatin1Char(' ');
            if (i < chunk.size())
                ascii += chunk.at(i) >= 0x20 && chunk.at(i) < 0x7f ? QLatin1Char(chunk.at(i)) : QLatin1Char('.');
        }
        dump += QStringLiteral(" |%1|\n").arg(ascii);
    }
    return dump;
}

QString hexText(const QByteArray &payload)
{
    QString text = hexDump(payload.left(kLimit));
    if (payload.size() > kLimit)
        text += QLatin1Char('\n')
            + QCoreApplication::translate("AlertDeck", "… %n more byte(s) not shown", nullptr, int(payload.size() - kLimit));
    return text;
}

// Formatted whole (JSON cut in the middle would not parse), then cut: an IGWN alert carries its
// sky map as a few hundred KB of base64.
QString readableText(const QByteArray &payload)
{
    const QJsonDocument json = QJsonDocument::fromJson(payload);
    QString text = json.isNull() ? QString::fromUtf8(payload) : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    if (text.size() > kLimit) {
        const qsizetype rest = text.size() - kLimit;
        text.truncate(kLimit);
        text += QLatin1Char('\n') + QCoreApplication::translate("AlertDeck", "… %n more character(s) not shown", nullptr, int(rest));
    }
    return text;
}

} // namespace

bool PayloadText::looksLikeText(const QByteArray &payload)
{
    // Control characters other than tab, newline, carriage return and escape mean binary: Avro
    // containers open with "Obj\x01", Confluent framing with a zero byte, gzip with 0x1f.
    const QByteArray head = payload.left(4096);
    return std::none_of(head.cbegin(), head.cend(), [](char c) {
        const auto byte = uchar(c);
        return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != 0x1b && byte != '\f';
    });
}

PayloadText PayloadText::of(const QByteArray &payload)
{
    PayloadText result;
    result.binary = !looksLikeText(payload);
    result.text = readableText(payload);
    result.hex = hexText(payload);
    return result;
}

} // namespace alertdeck::decode
