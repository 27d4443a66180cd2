#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace alertdeck::cli {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread (self-pipe: the handler only writes
// a byte), so a long-running command shuts down cleanly instead of dying mid-transaction.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested();

private:
    static void handle(int signal);
    static int s_pipe[2];
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace alertdeck::cli
