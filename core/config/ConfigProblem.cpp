#include "ConfigProblem.h"

#include <QCoreApplication>

namespace alertdeck::config {

QString ConfigProblem::toString() const
{
    if (stream.isEmpty())
        return message;
    if (key.isEmpty())
        return QCoreApplication::translate("AlertDeck", "stream \"%1\": %2").arg(stream, message);
    return QCoreApplication::translate("AlertDeck", "stream \"%1\", key \"%2\": %3").arg(stream, key, message);
}

} // namespace alertdeck::config
