#pragma once

#include "core/decode/ReceivedAlert.h"

#include <QWidget>

class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace alertdeck::ui {

// The selected alert in full: its normalized fields, the raw payload as the stream sent it (text,
// or hex where it is binary), and where it came from in Kafka.
class DetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPanel(QWidget *parent = nullptr);

    void showAlert(const decode::ReceivedAlert &alert);
    void clear();

private:
    void fillFields(const decode::ReceivedAlert &alert);
    void fillKafka(const decode::ReceivedAlert &alert);

    QTabWidget *m_tabs;
    QTreeWidget *m_fields;
    QPlainTextEdit *m_raw;
    QTreeWidget *m_kafka;
};

} // namespace alertdeck::ui
