#pragma once

#include "core/store/AlertFilter.h"

#include <QCoreApplication>
#include <QString>

namespace alertdeck::ui {

// The filter bar's language, turned into a store query (README, "Filtering the table"):
//   free words and "quoted phrases"      title, event or id contains the text
//   source:IGWN  event:S250101a  type:Retraction  stream:GCN  topic:igwn.gwalert   (quotes allowed)
//   far<1e-8  mag<=19  ra>100  dec>=-30  err<0.5  score>0.9  (< <= > >= = != and ':' for =)
//   time>=2025-01-01  received<2025-01-02T12:00      ISO dates or times, UTC
//   cone:RA,DEC,RADIUS                               degrees
//   -test  -source:X  -event:X  -type:X  -word       leave out what matches
class FilterExpression
{
    Q_DECLARE_TR_FUNCTIONS(FilterExpression)
public:
    struct Result
    {
        store::AlertFilter filter;
        QString error;     // empty when the expression is valid
        int position = -1; // where the error is (0-based character index)
        bool ok() const { return error.isEmpty(); }
    };

    static Result parse(const QString &text);
    // The expression that shows every alert of one event: event:"NAME".
    static QString forEvent(const QString &event);
};

} // namespace alertdeck::ui
