#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace alertdeck::decode {

// What the VOEvent decoder reads from a packet, whichever encoding it came in (XML, or the JSON
// rendering hop-client's VOEvent model sends). Only the first ObservationLocation counts.
struct VoEventFields
{
    struct Param
    {
        QString value;
        QString unit;
        QString ucd;
    };

    QString ivorn;
    QString role;
    QString isoTime;
    std::optional<double> c1;
    std::optional<double> c2;
    std::optional<double> errorRadius;
    QString positionUnit;
    QString authorShortName;
    QString inferenceName;
    QString whatDescription;
    // Params by name, the first of each name (GCN repeats a few names inside groups).
    QHash<QString, Param> params;
    // The first Param carrying a photometric magnitude (Gaia, ASAS-SN name theirs freely).
    std::optional<double> magnitude;
    QString readError;

    void addParam(const QString &name, const Param &param);
};

} // namespace alertdeck::decode
