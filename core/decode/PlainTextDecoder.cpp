#include "PlainTextDecoder.h"

#include "DecodeSupport.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace alertdeck::decode {
namespace {

// Text has no C0 control bytes besides tab, line feeds and form feed; binary almost always does.
bool hasControlBytes(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f')
            return true;
    }
    return false;
}

} // namespace

PlainTextDecoder::PlainTextDecoder(QString formatName) : m_formatName(std::move(formatName)) {}

QString PlainTextDecoder::name() const
{
    return m_formatName;
}

bool PlainTextDecoder::recognizes(const RawMessage &) const
{
    return true;
}

QVector<Alert> PlainTextDecoder::decode(const RawMessage &message) const
{
    Alert alert;
    alert.format = m_formatName;
    alert.id = support::fallbackId(message, m_formatName);
    if (message.payload.isEmpty()) {
        alert.title = QCoreApplication::translate("AlertDeck", "(empty message)");
        alert.decodeError = QCoreApplication::translate("AlertDeck", "empty payload");
        return support::one(std::move(alert));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(message.payload.left(4096));
    alert.title = support::titleLine(text);
    if (utf8.hasError() || hasControlBytes(message.payload.left(4096))) {
        alert.decodeError = QCoreApplication::translate("AlertDeck", "binary payload of %1 bytes in no known format")
                                .arg(message.payload.size());
    }
    return support::one(std::move(alert));
}

} // namespace alertdeck::decode
