#include "HandlerTestReport.h"

#include "core/actions/CommandRunner.h"
#include "core/route/Condition.h"
#include "core/route/TopicRouter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alertdeck::ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("alertdeck::ui::HandlerTestReport", text);
}

HandlerTestReport::ActionResult evaluate(const config::HandlerAction &action, const decode::ReceivedAlert &alert)
{
    HandlerTestReport::ActionResult result{action, true, {}, {}, {}};
    if (!action.when.trimmed().isEmpty()) {
        route::ConditionError error;
        const std::optional<route::Condition> condition = route::Condition::parse(action.when, &error);
        if (!condition) {
            result.fires = false;
            result.reason = tr("the condition does not parse: %1").arg(error.message);
        } else if (!condition->matches(alert.alert)) {
            result.fires = false;
            result.reason = tr("the condition is false for this alert");
        }
    }
    if (result.fires && action.name == QLatin1String("command")) {
        // Exactly what the core's command runner passes: the same substitution, the same JSON line.
        QStringList argv;
        for (const QJsonValue &item : action.settings.value(QStringLiteral("argv")).toArray())
            argv << item.toString();
        result.argv = actions::CommandRunner::substitute(argv, alert);
        result.stdinJson = QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    return result;
}

} // namespace

QString HandlerTestReport::keyKind(const QString &key)
{
    if (key == QLatin1String("*"))
        return tr("every topic");
    return route::TopicRouter::isPattern(key) ? tr("pattern") : tr("exact topic");
}

HandlerTestReport HandlerTestReport::build(const config::TopicHandlers &handlers, const decode::ReceivedAlert &alert)
{
    HandlerTestReport report;
    report.topic = alert.topic;
    const route::TopicRouter router(handlers); // owns the handler `chosen` points into
    const config::TopicHandler *chosen = router.handlerFor(alert.topic);
    if (!chosen)
        return report;
    report.handlerKey = chosen->key;
    for (const config::TopicHandler &handler : handlers) {
        if (handler.key != chosen->key && route::TopicRouter({handler}).handlerFor(alert.topic))
            report.outranked << handler.key;
    }
    for (const config::HandlerAction &action : chosen->actions)
        report.actions << evaluate(action, alert);
    return report;
}

QString HandlerTestReport::toHtml() const
{
    QString html;
    if (handlerKey.isEmpty())
        return tr("<p>No handler key takes topic <b>%1</b>: the stream does not subscribe to it, nothing fires.</p>").arg(topic.toHtmlEscaped());
    html += tr("<p>Topic <b>%1</b> is handled by <b>%2</b> (%3).</p>").arg(topic.toHtmlEscaped(), handlerKey.toHtmlEscaped(), keyKind(handlerKey));
    for (const QString &key : outranked)
        html += tr("<p style='color:gray'>%1 (%2) matches too, but %3 takes precedence.</p>").arg(key.toHtmlEscaped(), keyKind(key), handlerKey.toHtmlEscaped());
    if (actions.isEmpty())
        html += tr("<p>The handler has no actions.</p>");
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const ActionResult &result = actions.at(i);
        const QString verdict = result.fires ? tr("<span style='color:#1e8449'>✔ fires</span>")
                                             : tr("<span style='color:#c0392b'>✘ does not fire: %1</span>").arg(result.reason.toHtmlEscaped());
        const QString when = result.action.when.isEmpty() ? tr("always") : tr("when <code>%1</code>").arg(result.action.when.toHtmlEscaped());
        html += tr("<p>%1. <b>%2</b> %3 — %4</p>").arg(i + 1).arg(result.action.name.toHtmlEscaped(), verdict, when);
        if (result.fires && result.action.name == QLatin1String("command")) {
            QStringList quoted;
            for (const QString &argument : result.argv)
                quoted << QStringLiteral("<code>[%1]</code>").arg(argument.toHtmlEscaped());
            html += tr("<p style='margin-left:24px'>argv: %1<br>stdin: <code>%2</code></p>")
                        .arg(quoted.join(QLatin1Char(' ')), QString::fromUtf8(result.stdinJson).trimmed().toHtmlEscaped());
        }
    }
    return html;
}

} // namespace alertdeck::ui
