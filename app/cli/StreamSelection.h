#pragma once

#include "core/config/StreamConfigFile.h"

#include <optional>

namespace alertdeck::cli {

// The active streams of a configuration file to run, or only the one named; every config problem
// is printed. Empty when there is nothing valid to run (the reason printed).
std::optional<QVector<config::StreamConfig>> selectStreams(const config::StreamConfigFile &file, const QString &path, const QString &name);

} // namespace alertdeck::cli
