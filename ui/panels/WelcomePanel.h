#pragma once

#include <QWidget>

namespace alertdeck::ui {

// What a first start without any stream configuration shows instead of an empty table: the three
// ways to get alerts flowing. The panel only asks; the window and the dialogs act.
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

signals:
    void demoRequested();
    void addStreamRequested();
    void importRequested();
};

} // namespace alertdeck::ui
