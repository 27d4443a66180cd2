#include "VoEventFields.h"

namespace alertdeck::decode {

void VoEventFields::addParam(const QString &name, const Param &param)
{
    if (!magnitude && param.ucd == QLatin1String("phot.mag")) {
        bool ok = false;
        const double value = param.value.toDouble(&ok);
        if (ok)
            magnitude = value;
    }
    if (!name.isEmpty() && !params.contains(name))
        params.insert(name, param);
}

} // namespace alertdeck::decode
