#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("alertdeck-cli"));
    QTextStream(stderr) << "alertdeck-cli: no command given\n";
    return 2;
}
