#pragma once

namespace alertdeck::engine {

// Puts the calling thread one step behind the application's other threads (Linux: per-thread nice
// +5; elsewhere nothing). The desktop app runs its engine threads so: at full ingest rate they fill
// both cores of a small machine, and the GUI thread then waited for a core 30-50% of the time.
void lowerCurrentThreadPriority();

} // namespace alertdeck::engine
