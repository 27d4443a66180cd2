#pragma once

#include "core/kafka/ConnectionProbe.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace alertdeck::ui {

// "Test connection" for the stream being edited: runs a ConnectionProbe, reports the outcome in
// words, and offers the broker's topics in a picker whose "Add topic" hands one to the handler list.
class ConnectionTestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionTestPanel(QWidget *parent = nullptr);

    void run(const config::StreamConfig &stream, const QString &secret);
    // Shown instead of a result when no test can run (e.g. the form has problems).
    void showMessage(const QString &message);
    void clear();

signals:
    // The user pressed "Test connection": the owner gathers the stream and its secret, then run().
    void testRequested();
    void topicChosen(const QString &topic);

private:
    void onFinished(const kafka::ProbeResult &result);

    kafka::ConnectionProbe m_probe;
    QPushButton *m_testButton;
    QLabel *m_result;
    QComboBox *m_topics;
    QPushButton *m_addTopic;
};

} // namespace alertdeck::ui
