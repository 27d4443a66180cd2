#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace alertdeck::decode {

// The normalized alert record of CONTRACTS.md: one shape for every stream and format, so the store,
// the router and the table never need to know where an alert came from.
// A null QString stands for JSON null; an empty optional likewise.
struct Alert
{
    QString id;
    QString format;
    QString source;
    QString event;
    QString alertType;
    QString time; // ISO-8601 UTC ending in "Z"
    std::optional<double> ra;
    std::optional<double> dec;
    std::optional<double> errorRadius; // degrees
    std::optional<double> mag;
    std::optional<double> score;
    std::optional<double> far; // Hz
    bool test = false;
    QString title;
    // Why the payload could not be decoded fully; the alert is kept (format "text"/"json") rather
    // than dropped, so nothing a stream sends is ever lost silently.
    QString decodeError;

    QJsonObject toJson() const;
    static Alert fromJson(const QJsonObject &object);
};

} // namespace alertdeck::decode

// Every member may be moved by memcpy, so a growing list of alerts reallocates instead of moving
// each record.
Q_DECLARE_TYPEINFO(alertdeck::decode::Alert, Q_RELOCATABLE_TYPE);
