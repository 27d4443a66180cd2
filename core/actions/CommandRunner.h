#pragma once

#include "ActionStatus.h"
#include "core/decode/ReceivedAlert.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringList>

#include <deque>

namespace alertdeck::actions {

// Runs `command` actions: the program directly (never a shell), alert fields substituted into
// separate argv items, the normalized alert JSON on stdin, killed at its timeout. Each action has
// its own queue and concurrency limit, so a slow follow-up script cannot hold up another action.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        QString stream;
        QStringList argv;
        QByteArray input;
        int timeoutMs = 30000;
        QString alertId;
    };

    explicit CommandRunner(QObject *parent = nullptr);

    // Environment variables named here (the streams' secret references) are never passed on.
    void setSecretVariables(const QSet<QString> &names) { m_secretVariables = names; }
    void enqueue(const QString &queueKey, int maxConcurrent, Job job);
    bool isIdle() const { return m_running == 0; }

    // {id} {ra} {dec} {event} {topic} {type} {source} {time} {stream} {format} {mag} -> the alert's
    // values (empty for null); each argv item stays one item whatever the values contain.
    static QStringList substitute(const QStringList &argv, const decode::ReceivedAlert &alert);
    // The parent's environment minus the listed variables and anything named like a secret.
    static QProcessEnvironment cleanEnvironment(const QSet<QString> &secretVariables);

signals:
    void logged(const alertdeck::actions::ActionLogEntry &entry);
    void idle();

private:
    struct Queue
    {
        int running = 0;
        int maxConcurrent = 1;
        std::deque<Job> waiting;
    };

    void start(const QString &queueKey, const Job &job);
    void onDone(const QString &queueKey);

    QHash<QString, Queue> m_queues;
    QSet<QString> m_secretVariables;
    int m_running = 0;
};

} // namespace alertdeck::actions
