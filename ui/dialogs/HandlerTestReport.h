#pragma once

#include "core/config/HandlerAction.h"
#include "core/decode/ReceivedAlert.h"

#include <QStringList>

namespace alertdeck::ui {

// What the topic handlers of a stream would do with one alert: which handler key takes its topic
// (exact > pattern > "*", as the core's TopicRouter decides), which of its actions fire, and what a
// command action would receive. For the dialog's "Test on selected alert".
struct HandlerTestReport
{
    struct ActionResult
    {
        config::HandlerAction action;
        bool fires = false;
        QString reason;         // why it does not fire (a false or broken condition), else empty
        QStringList argv;       // command actions: the exact argument vector
        QByteArray stdinJson;   // command actions: what the program reads on stdin
    };

    QString topic;
    QString handlerKey;         // empty: no key takes the topic
    QStringList outranked;      // other keys matching the topic, which the chosen one beats
    QVector<ActionResult> actions;

    static HandlerTestReport build(const config::TopicHandlers &handlers, const decode::ReceivedAlert &alert);
    QString toHtml() const;

    static QString keyKind(const QString &key);
};

} // namespace alertdeck::ui
