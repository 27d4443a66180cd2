#include "StreamSelection.h"

#include "CliSupport.h"

#include <QCoreApplication>

namespace alertdeck::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

} // namespace

std::optional<QVector<config::StreamConfig>> selectStreams(const config::StreamConfigFile &file, const QString &path, const QString &name)
{
    for (const config::ConfigProblem &problem : file.problems)
        printError(problem.toString());
    if (!name.isEmpty()) {
        if (const config::StreamConfig *stream = file.stream(name))
            return QVector<config::StreamConfig>{*stream};
        printError(tr("%1: no valid stream named \"%2\"").arg(path, name));
        return std::nullopt;
    }
    QVector<config::StreamConfig> active;
    std::copy_if(file.streams.cbegin(), file.streams.cend(), std::back_inserter(active),
                 [](const config::StreamConfig &stream) { return stream.active; });
    if (active.isEmpty()) {
        printError(tr("%1: no valid active stream to listen to").arg(path));
        return std::nullopt;
    }
    return active;
}

} // namespace alertdeck::cli
