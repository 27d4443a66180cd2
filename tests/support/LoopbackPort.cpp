#include "LoopbackPort.h"

#include <QTcpServer>

namespace alertdeck::test {

quint16 closedLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("no free loopback port");
    return server.serverPort(); // the server closes as it goes out of scope
}

} // namespace alertdeck::test
