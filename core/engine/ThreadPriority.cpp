#include "ThreadPriority.h"

#include <QThread>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace alertdeck::engine {

void lowerCurrentThreadPriority()
{
#ifdef __linux__
    // Linux keeps a nice value per thread; threads the caller creates later (librdkafka's) inherit it.
    constexpr int kNiceIncrement = 5;
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, thread, ::getpriority(PRIO_PROCESS, thread) + kNiceIncrement);
#endif
}

void runBehindInteractiveThreads(QThread *thread)
{
    QObject::connect(thread, &QThread::started, thread, &lowerCurrentThreadPriority, Qt::DirectConnection);
}

} // namespace alertdeck::engine
