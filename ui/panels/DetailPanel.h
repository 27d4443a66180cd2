#pragma once

#include "core/store/AlertHistory.h"

#include <QPointer>
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

namespace alertdeck::ui {

// The selected alert in full: its normalized fields, the decoded content as a tree, the raw payload
// as the stream sent it (text or hex), where it came from in Kafka, and the actions an observer
// wants next: copy the position (decimal or sexagesimal) and open the alert's web page.
// The GUI thread never reads the store: the payload and headers are read and decoded by the
// history service on its thread, one alert at a time; what is selected while a read runs waits,
// and only the last of it is read next, so quick J/K navigation leaves no queue behind it.
class DetailPanel : public QWidget
{
    Q_OBJECT
public:
    enum class CoordinateStyle { Decimal, Sexagesimal };

    explicit DetailPanel(QWidget *parent = nullptr);
    ~DetailPanel() override;

    // The service that reads payloads; it lives on its own thread.
    void setHistory(store::AlertHistory *history);
    // A row of the store-backed table: its fields show at once, its content, raw payload and
    // headers once the history has read them (pages carry no payloads).
    void showStoredAlert(const store::StoredAlert &alert);
    void clear();

    // "ra dec" of the shown alert; empty when it has no position.
    QString coordinates(CoordinateStyle style) const;
    void copyCoordinates(CoordinateStyle style) const;
    QUrl alertUrl() const { return m_url; }

signals:
    // The content and raw tabs show the payload of the selected alert `key`, or why it is unreadable.
    void detailShown(qint64 key);

private:
    QWidget *buildHeader();
    QWidget *buildRawPage();
    void requestDetail();
    void onDetailRead(quint64 ticket, const store::AlertDetailPtr &detail);
    void showDetail(const store::AlertDetailPtr &detail);
    void showLoading();
    void fillFields(const decode::ReceivedAlert &alert);
    void fillContent(const decode::PayloadOutline &outline);
    void fillKafka();
    void fillRaw();
    void updateActions();

    std::unique_ptr<QStandardItemModel> m_contentModel;
    QLabel *m_title = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_openButton = nullptr;
    QLabel *m_hints; // shown instead of the tabs while no alert is selected
    QTabWidget *m_tabs;
    QTreeWidget *m_fields;
    QTreeView *m_content;
    QLabel *m_contentNote; // loading, or why the payload could not be read or decoded
    QPlainTextEdit *m_raw;
    QCheckBox *m_hexToggle = nullptr;
    QTreeWidget *m_kafka;
    QPointer<store::AlertHistory> m_history;
    std::optional<store::StoredAlert> m_alert;
    store::AlertDetailPtr m_detail; // of m_alert, once read
    bool m_detailWanted = false;                  // m_alert's detail is still to be asked for
    bool m_rawStale = false;                      // the raw text is not m_detail's: its tab is not shown
    quint64 m_serial = 0;
    quint64 m_readTicket = 0; // the read running, 0: none
    qint64 m_readKey = 0;
    QUrl m_url;
};

} // namespace alertdeck::ui
