#pragma once

class QThread;

namespace alertdeck::engine {

// Puts the calling thread one step behind the application's other threads (Linux: per-thread nice
// +5; elsewhere nothing). The desktop app runs its engine threads so: at full ingest rate they fill
// both cores of a small machine, and the GUI thread then waited for a core 30-50% of the time.
void lowerCurrentThreadPriority();

// Makes `thread` lower its own priority as it starts (QThread::started is emitted in the thread).
void runBehindInteractiveThreads(QThread *thread);

} // namespace alertdeck::engine
