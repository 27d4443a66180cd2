#pragma once

#include "core/config/HandlerAction.h"
#include "core/decode/ReceivedAlert.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace alertdeck::actions {

// One action the core does not run itself (notify, sound, tom): which stream and handler key asked
// for it, the action with its settings, and the alert it fired for. Handed on in batches.
struct ActionRequest
{
    QString stream;
    QString handlerKey;
    config::HandlerAction action;
    decode::ReceivedAlert alert;
};

using ActionRequests = QVector<ActionRequest>;

} // namespace alertdeck::actions

Q_DECLARE_METATYPE(alertdeck::actions::ActionRequests)
