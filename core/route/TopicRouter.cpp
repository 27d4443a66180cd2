#include "TopicRouter.h"

#include <algorithm>

namespace alertdeck::route {
namespace {

const QString wildcardKey = QStringLiteral("*");

} // namespace

TopicRouter::TopicRouter(const config::TopicHandlers &handlers)
    : m_handlers(handlers)
{
    for (const config::TopicHandler &handler : m_handlers) {
        if (handler.key == wildcardKey)
            m_wildcard = &handler;
        else if (isPattern(handler.key))
            m_patterns.push_back({QRegularExpression(regexForKey(handler.key)), &handler});
        else
            m_exact.insert(handler.key, &handler);
    }
    std::stable_sort(m_patterns.begin(), m_patterns.end(), [](const Pattern &a, const Pattern &b) {
        return a.handler->key.size() > b.handler->key.size();
    });
}

const config::TopicHandler *TopicRouter::handlerFor(const QString &topic) const
{
    const auto cached = m_cache.constFind(topic);
    if (cached != m_cache.constEnd())
        return cached.value();
    const config::TopicHandler *found = m_exact.value(topic);
    for (auto it = m_patterns.cbegin(); !found && it != m_patterns.cend(); ++it) {
        if (it->regex.match(topic).hasMatch())
            found = it->handler;
    }
    if (!found && m_wildcard && !topic.startsWith(QLatin1String("__")))
        found = m_wildcard;
    m_cache.insert(topic, found);
    return found;
}

QStringList TopicRouter::subscription() const
{
    QStringList topics;
    for (const config::TopicHandler &handler : m_handlers)
        topics << (isPattern(handler.key) || handler.key == wildcardKey ? regexForKey(handler.key) : handler.key);
    return topics;
}

bool TopicRouter::isPattern(const QString &key)
{
    return key != wildcardKey
        && (key.startsWith(QLatin1Char('^')) || key.contains(QLatin1Char('*')) || key.contains(QLatin1Char('?')));
}

QString TopicRouter::regexForKey(const QString &key)
{
    if (key == wildcardKey)
        return QStringLiteral("^([^_]|_[^_]).*$");
    if (key.startsWith(QLatin1Char('^')))
        return key;
    QString regex = QStringLiteral("^");
    for (const QChar c : key) {
        if (c == QLatin1Char('*'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    return regex + QLatin1Char('$');
}

} // namespace alertdeck::route
