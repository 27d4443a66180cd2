#pragma once

#include "core/config/HandlerAction.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace alertdeck::route {

// Finds the handler of a topic with tom-alertstreams' precedence: an exact topic key beats a pattern
// ("hermes.*" glob or "^regex"), a pattern beats "*"; between two matching patterns the longer
// (more specific) key wins. One router belongs to one stream worker (its cache is not shared).
class TopicRouter
{
public:
    explicit TopicRouter(const config::TopicHandlers &handlers);

    // nullptr when no key matches the topic.
    const config::TopicHandler *handlerFor(const QString &topic) const;

    // The librdkafka subscription: exact names as they are, patterns as "^regex" (librdkafka's
    // regex subscription, re-evaluated when the broker's topic list changes).
    QStringList subscription() const;

    static bool isPattern(const QString &key);
    // "hermes.*" -> "^hermes\..*$"; "*" -> every topic that is not internal ("__" prefix).
    static QString regexForKey(const QString &key);

private:
    struct Pattern
    {
        QRegularExpression regex;
        const config::TopicHandler *handler;
    };

    config::TopicHandlers m_handlers;
    QHash<QString, const config::TopicHandler *> m_exact;
    std::vector<Pattern> m_patterns; // longest key first
    const config::TopicHandler *m_wildcard = nullptr;
    mutable QHash<QString, const config::TopicHandler *> m_cache;
};

} // namespace alertdeck::route
