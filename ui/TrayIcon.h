#pragma once

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace alertdeck::ui {

class MainWindow;

// AlertDeck in the system tray: the number of alerts that arrived while the window was not looked
// at, as a badge on the icon and in the tooltip, and Show / Pause all streams / Quit. A click
// raises the window.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(MainWindow *window);

    void show();
    // The icon itself: where desktop notifications go as balloons when no notification service runs.
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    void setUnseen(int count);
    QString toolTip() const;
    QIcon currentIcon() const;
    // The application icon with `count` painted on it (99+ above 99); the plain icon for 0.
    static QIcon badged(const QIcon &base, int count);

private:
    void raiseWindow();

    MainWindow *m_window;
    QSystemTrayIcon *m_tray;
    QIcon m_base;
};

} // namespace alertdeck::ui
