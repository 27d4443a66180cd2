#pragma once

#include <QString>
#include <QVector>

namespace alertdeck::config {

// One thing wrong with a stream configuration, named so a person can find it.
struct ConfigProblem
{
    QString stream; // empty: the file as a whole
    QString key;    // empty: the stream as a whole
    QString message;

    QString toString() const;
};

using ConfigProblems = QVector<ConfigProblem>;

} // namespace alertdeck::config
