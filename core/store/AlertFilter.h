#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace alertdeck::store {

// What the history table and `query local` ask the store for. Every condition given must hold;
// unset members do not filter. Values are always bound as SQL parameters, never pasted into SQL.
struct AlertFilter
{
    struct Cone
    {
        double ra = 0;
        double dec = 0;
        double radius = 0; // degrees
    };
    enum class Op { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };
    // A numeric field of the normalized record ("ra", "dec", "error_radius", "mag", "score", "far")
    // compared with a number; a null field fails the comparison, as in the router's conditions.
    struct Number
    {
        QString field;
        Op op = Op::Less;
        double value = 0;
    };

    std::optional<qint64> receivedFromMs, receivedToMs; // inclusive, ms since the epoch
    std::optional<qint64> timeFromMs, timeToMs;         // event time, inclusive
    QString stream;
    QString topic;
    QString source; // exact
    QString event;  // exact
    QString alertType; // ASCII case-insensitive ("retraction" finds "Retraction")
    QString text;   // substring of title, event or id; ASCII case-insensitive
    // Rows having any of these are left out (matched as the positive members above match).
    struct Exclusions
    {
        QStringList sources, events, alertTypes, texts;
    };
    Exclusions exclude;
    std::optional<Cone> cone;
    bool excludeTest = false;
    QVector<Number> numbers;

    static bool isNumberField(const QString &field);
    // No condition at all: every stored row matches (the store can then count by key range).
    bool isEmpty() const;
};

enum class SortOrder { Received, Time };

// Keyset position: a page continues strictly after the row this was taken from.
struct QueryCursor
{
    qint64 key = 0;
    qint64 timeKey = 0; // event time in ms (or the no-time marker); used by SortOrder::Time
};

} // namespace alertdeck::store
