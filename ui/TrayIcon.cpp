#include "TrayIcon.h"

#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace alertdeck::ui {

TrayIcon::TrayIcon(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(this))
    , m_base(QApplication::windowIcon())
{
    auto *menu = new QMenu(window);
    menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *show = menu->addAction(tr("Show AlertDeck"), this, &TrayIcon::raiseWindow);
    show->setObjectName(QStringLiteral("trayShowAction"));
    menu->addAction(window->pauseAllAction());
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("Quit"), window, &QWidget::close);
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            raiseWindow();
    });
    connect(window, &MainWindow::unseenAlertsChanged, this, &TrayIcon::setUnseen);
    setUnseen(window->unseenAlerts());
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::setUnseen(int count)
{
    m_tray->setIcon(badged(m_base, count));
    m_tray->setToolTip(count > 0 ? tr("AlertDeck: %n unseen alert(s)", nullptr, count) : tr("AlertDeck: no unseen alerts"));
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

QIcon TrayIcon::currentIcon() const
{
    return m_tray->icon();
}

QIcon TrayIcon::badged(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QIcon icon;
    QList<int> painted;
    for (const int wanted : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(wanted, wanted);
        if (pixmap.isNull()) {
            pixmap = QPixmap(wanted, wanted);
            pixmap.fill(Qt::transparent);
        }
        // An icon without this size hands out a smaller one; the badge is drawn to what we got.
        const int size = pixmap.width();
        if (painted.contains(size))
            continue;
        painted << size;
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(7, size * (text.size() > 2 ? 5 : 6) / 11));
        painter.setFont(font);
        const int height = size * 3 / 5;
        const int width = std::max(height, painter.fontMetrics().horizontalAdvance(text) + size / 6);
        const QRectF badge(size - width, 0, width, height);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd0, 0x31, 0x2d));
        painter.drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::raiseWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace alertdeck::ui
