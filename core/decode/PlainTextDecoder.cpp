#include "PlainTextDecoder.h"

#include "DecodeSupport.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace alertdeck::decode {

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
        return {alert};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(message.payload.left(4096));
    alert.title = support::titleLine(text);
    if (utf8.hasError() || message.payload.contains('\0')) {
        alert.decodeError = QCoreApplication::translate("AlertDeck", "binary payload of %1 bytes in no known format")
                                .arg(message.payload.size());
    }
    return {alert};
}

} // namespace alertdeck::decode
