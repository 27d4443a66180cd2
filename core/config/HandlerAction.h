#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace alertdeck::config {

// One action of a topic handler: its name, its optional condition on the normalized record, and its
// own settings (the whole JSON object, so actions added later keep their keys).
struct HandlerAction
{
    QString name;
    QString when;
    QJsonObject settings;
};

using HandlerActions = QVector<HandlerAction>;

// A topic handler key (exact topic, glob pattern such as "hermes.*", a "^regex", or "*") with its actions.
struct TopicHandler
{
    QString key;
    HandlerActions actions;
};

using TopicHandlers = QVector<TopicHandler>;

} // namespace alertdeck::config
