#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;
class QTreeView;

namespace alertdeck::ui {

class StreamStatusModel;

// The streams at a glance: state (connecting / live / paused / error with the reason), message and
// byte rates, lag and the age of the last message, with start, pause and stop for the selected one.
// It asks; whoever owns the engine acts and the model shows the result.
class StreamSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit StreamSidebar(StreamStatusModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // Wide enough for every column's header, which is about what the values need too.
    int preferredWidth() const;
    QString selectedStream() const;
    void selectStream(const QString &stream);

signals:
    void startRequested(const QString &stream);
    void stopRequested(const QString &stream);
    void pauseRequested(const QString &stream, bool paused);
    // The user gives up the forwards the stream still owes (asked from its context menu).
    void discardForwardsRequested(const QString &stream);

private:
    QToolButton *addButton(const QString &text, const QString &objectName, const QString &toolTip);
    void updateButtons();
    void showContextMenu(const QPoint &position);
    void togglePause();

    StreamStatusModel *m_model;
    QTreeView *m_view;
    QLabel *m_detail;
    QToolButton *m_start = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_stop = nullptr;
};

} // namespace alertdeck::ui
