#pragma once

#include "core/decode/ReceivedAlert.h"

#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTabWidget;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace alertdeck::decode {
class DecoderRegistry;
}

namespace alertdeck::store {
class AlertQuery;
struct StoredAlert;
}

namespace alertdeck::ui {

class PayloadTree;

// The selected alert in full: its normalized fields, the decoded content as a tree, the raw payload
// as the stream sent it (text or hex), where it came from in Kafka, and the actions an observer
// wants next: copy the position (decimal or sexagesimal) and open the alert's web page.
class DetailPanel : public QWidget
{
    Q_OBJECT
public:
    enum class CoordinateStyle { Decimal, Sexagesimal };

    explicit DetailPanel(QWidget *parent = nullptr);
    ~DetailPanel() override;

    void showAlert(const decode::ReceivedAlert &alert);
    // A row of the store-backed table: pages carry no payloads, so the payload and headers are
    // read from the store (one indexed read) before the alert is shown.
    void showStoredAlert(const store::StoredAlert &alert);
    void setStorePath(const QString &path) { m_storePath = path; }
    void clear();

    // "ra dec" of the shown alert; empty when it has no position.
    QString coordinates(CoordinateStyle style) const;
    void copyCoordinates(CoordinateStyle style) const;
    QUrl alertUrl() const { return m_url; }

private:
    QWidget *buildHeader();
    QWidget *buildRawPage();
    void fillFields(const decode::ReceivedAlert &alert);
    void fillContent(const decode::ReceivedAlert &alert);
    void fillKafka(const decode::ReceivedAlert &alert);
    void fillRaw();
    void updateActions();

    std::unique_ptr<decode::DecoderRegistry> m_decoders;
    std::unique_ptr<PayloadTree> m_payloadTree;
    std::unique_ptr<QStandardItemModel> m_contentModel;
    QLabel *m_title = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_openButton = nullptr;
    QLabel *m_hints; // shown instead of the tabs while no alert is selected
    QTabWidget *m_tabs;
    QTreeWidget *m_fields;
    QTreeView *m_content;
    QLabel *m_contentError;
    QPlainTextEdit *m_raw;
    QCheckBox *m_hexToggle = nullptr;
    QTreeWidget *m_kafka;
    QString m_storePath;
    std::unique_ptr<store::AlertQuery> m_store; // opened on the first stored alert shown
    std::optional<decode::ReceivedAlert> m_alert;
    QUrl m_url;
};

} // namespace alertdeck::ui
