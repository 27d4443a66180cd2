#pragma once

#include <QString>

namespace alertdeck::bench {

// Times what the history table does on a big store: newest page, a filtered page, count estimates.
int runQueryBench(const QString &path);

} // namespace alertdeck::bench
