#pragma once

#include <QWidget>

class QTableView;
class QToolButton;

namespace alertdeck::ui {

class ActionLogModel;

// The Action log dock's contents: the log, following its newest line while the user has not
// scrolled up, and a button to clear it.
class ActionLogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActionLogPanel(ActionLogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void followNewest();

    ActionLogModel *m_model;
    QTableView *m_view;
    bool m_atBottom = true;
};

} // namespace alertdeck::ui
