#pragma once

#include "ImportResult.h"

namespace alertdeck::config {

// Imports a foreign stream configuration file, telling the kind by its content: hop-client's
// auth.toml (an [auth] table) or a TOM settings.py (anything else). Unreadable input sets `fatal`.
ImportResult importConfigFile(const QString &path);

} // namespace alertdeck::config
