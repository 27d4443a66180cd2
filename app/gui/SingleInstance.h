#pragma once

#include <QObject>

class QLocalServer;

namespace alertdeck::app {

// One AlertDeck per store: a second start with the same store asks the running one to show its
// window and exits, instead of two processes consuming the same streams and writing one store.
// The demo keeps its own temporary store, so a demo runs beside a normal instance.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `key` names the store the instance guards (e.g. its path).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    // True when this process is the first: it now answers later starts. False when another one
    // runs; it has been asked to raise its window.
    bool claim();

signals:
    void activationRequested();

private:
    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace alertdeck::app
