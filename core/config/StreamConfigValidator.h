#pragma once

#include "ConfigProblem.h"
#include "StreamConfig.h"

#include <QJsonValue>
#include <QSet>

#include <optional>

namespace alertdeck::config {

// Checks one stream entry against its kind's required and allowed keys, as tom-alertstreams'
// required_keys/allowed_keys do, and turns it into a StreamConfig. Remembers the names it has seen
// so a duplicate name is caught.
class StreamConfigValidator
{
public:
    // Appends every problem found; returns the stream only when it has none.
    std::optional<StreamConfig> read(const QJsonValue &entry, ConfigProblems *problems);

private:
    void checkKeys(const StreamConfig &stream, ConfigProblems *problems) const;
    void checkTypes(const StreamConfig &stream, ConfigProblems *problems) const;
    void checkKindRules(const StreamConfig &stream, ConfigProblems *problems) const;
    void readKafkaProperties(StreamConfig &stream, ConfigProblems *problems) const;
    void readHandlers(StreamConfig &stream, ConfigProblems *problems) const;

    QSet<QString> m_names;
};

} // namespace alertdeck::config
