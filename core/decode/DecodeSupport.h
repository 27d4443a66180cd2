#pragma once

#include "Alert.h"
#include "RawMessage.h"

#include <QByteArrayView>
#include <QString>
#include <QVector>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace alertdeck::decode::support {

// The first `bytes` bytes of a payload, without copying: what content sniffing looks at.
inline QByteArrayView head(const QByteArray &payload, qsizetype bytes)
{
    return QByteArrayView(payload).first(std::min(payload.size(), bytes));
}

// Substring search for sniffing, which looks at a kilobyte or so of every message. glibc's memmem
// is several times faster here than QByteArrayView::contains or std::string_view::find, which stop
// at every quote of the JSON (measured with alertdeck-gcnjsonbench).
inline bool contains(QByteArrayView haystack, std::string_view needle)
{
    return ::memmem(haystack.data(), size_t(haystack.size()), needle.data(), needle.size()) != nullptr;
}

// The id of an alert whose payload carries none of its own: the hop-client `_id` header when the
// message came through Hopskotch, else the format plus a hash of the payload (stable: the same bytes
// always give the same id).
QString fallbackId(const RawMessage &message, const QString &format);

// A record for a payload that could not be read (fully); `error` is already translated.
Alert undecodable(const RawMessage &message, const QString &format, const QString &error);

// The usual decode result, one alert, moved in: `return {alert};` would copy it (an initializer
// list's elements are const), which cost ~1% of a stream thread's time.
inline QVector<Alert> one(Alert &&alert)
{
    QVector<Alert> alerts;
    alerts.append(std::move(alert));
    return alerts;
}

// "INITIAL", "initial" and "Initial" are one alert type; the table and the router see "Initial".
// Multi-word types keep their inner capitals ("EarlyWarning").
QString alertTypeCase(const QString &type);

// First non-empty line of a text, trimmed and cut to a sensible title length.
QString titleLine(const QString &text);

// Source names built from mission and instrument ("Fermi" + "GBM" -> "Fermi-GBM").
QString joinSource(const QString &mission, const QString &instrument);

// The event a GCN Circular is about, from its subject: "GRB 180116A: Fermi GBM ..." -> "GRB 180116A",
// "LIGO/Virgo S200129m: ..." -> "S200129m", "GRB980329 VLA observations" -> "GRB 980329".
QString eventFromSubject(const QString &subject);

// One id per circular whichever way it arrived (archive JSON, hop, mail text).
QString circularId(const QString &number);

} // namespace alertdeck::decode::support
