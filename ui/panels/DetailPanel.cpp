#include "DetailPanel.h"

#include "PayloadTree.h"
#include "core/astro/Sexagesimal.h"
#include "core/store/AlertHistory.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace alertdeck::ui {
namespace {

QTreeWidget *makeKeyValueTree(QWidget *parent, const QString &objectName)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setColumnCount(2);
    tree->setHeaderLabels({DetailPanel::tr("Field"), DetailPanel::tr("Value")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return tree;
}

void addRow(QTreeWidget *tree, const QString &key, const QString &value)
{
    auto *item = new QTreeWidgetItem(tree, {key, value});
    item->setToolTip(1, value);
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : DetailPanel::tr("—");
}

} // namespace

DetailPanel::DetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_hints(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(makeKeyValueTree(this, QStringLiteral("detailFields")))
    , m_content(new QTreeView(this))
    , m_contentNote(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_kafka(makeKeyValueTree(this, QStringLiteral("detailKafka")))
{
    setObjectName(QStringLiteral("detailPanel"));
    m_content->setObjectName(QStringLiteral("detailContent"));
    m_content->setUniformRowHeights(true);
    m_content->setAlternatingRowColors(true);
    m_content->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contentNote->setObjectName(QStringLiteral("detailContentNote"));
    m_contentNote->setWordWrap(true);
    m_contentNote->hide();
    auto *contentPage = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_contentNote);
    contentLayout->addWidget(m_content);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_fields, tr("Alert"));
    m_tabs->addTab(contentPage, tr("Content"));
    m_tabs->addTab(buildRawPage(), tr("Raw"));
    m_tabs->addTab(m_kafka, tr("Kafka"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_rawStale)
            fillRaw();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildHeader());
    layout->addWidget(m_tabs);
    m_hints->setObjectName(QStringLiteral("detailHints"));
    m_hints->setAlignment(Qt::AlignCenter);
    m_hints->setForegroundRole(QPalette::PlaceholderText);
    m_hints->setText(tr("J / K or Ctrl+Down / Ctrl+Up: next / previous alert\n"
                        "Ctrl+C: copy the selected alert as JSON    Ctrl+Shift+C: copy its coordinates\n"
                        "Ctrl+F: filter    Ctrl+P: pause all streams    Ctrl+B: show or hide the streams"));
    layout->addWidget(m_hints, 1);
    clear();
}

DetailPanel::~DetailPanel() = default;

QWidget *DetailPanel::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(6, 4, 6, 0);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_copyButton = new QToolButton(header);
    m_copyButton->setObjectName(QStringLiteral("copyCoordinatesButton"));
    m_copyButton->setText(tr("Copy coordinates"));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_copyButton);
    QAction *sexagesimal = menu->addAction(tr("Sexagesimal (hh:mm:ss ±dd:mm:ss)"), this, [this] { copyCoordinates(CoordinateStyle::Sexagesimal); });
    sexagesimal->setObjectName(QStringLiteral("copySexagesimalAction"));
    QAction *decimal = menu->addAction(tr("Decimal degrees"), this, [this] { copyCoordinates(CoordinateStyle::Decimal); });
    decimal->setObjectName(QStringLiteral("copyDecimalAction"));
    m_copyButton->setMenu(menu);
    connect(m_copyButton, &QToolButton::clicked, this, [this] { copyCoordinates(CoordinateStyle::Sexagesimal); });

    m_openButton = new QToolButton(header);
    m_openButton->setObjectName(QStringLiteral("openUrlButton"));
    m_openButton->setText(tr("Open web page"));
    connect(m_openButton, &QToolButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });

    row->addWidget(m_title, 1);
    row->addWidget(m_copyButton);
    row->addWidget(m_openButton);
    return header;
}

QWidget *DetailPanel::buildRawPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 2, 0, 0);
    m_hexToggle = new QCheckBox(tr("Show as hex"), page);
    m_hexToggle->setObjectName(QStringLiteral("detailHexToggle"));
    connect(m_hexToggle, &QCheckBox::toggled, this, &DetailPanel::fillRaw);
    m_raw->setObjectName(QStringLiteral("detailRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_hexToggle);
    layout->addWidget(m_raw);
    return page;
}

void DetailPanel::setHistory(store::AlertHistory *history)
{
    m_history = history;
    connect(history, &store::AlertHistory::detailRead, this, &DetailPanel::onDetailRead);
}

void DetailPanel::showStoredAlert(const store::StoredAlert &alert)
{
    m_alert = alert;
    m_detail.reset();
    m_url.clear();
    m_hints->hide();
    m_tabs->show();
    m_title->setText(alert.record.alert.title);
    m_title->setToolTip(alert.record.alert.title);
    fillFields(alert.record);
    fillKafka();
    showLoading();
    updateActions();
    // The alert being read already is shown when it arrives; another one waits for that read.
    m_detailWanted = m_readTicket == 0 || m_readKey != alert.key;
    requestDetail();
}

void DetailPanel::requestDetail()
{
    if (!m_detailWanted || m_readTicket != 0 || !m_history || !m_alert)
        return;
    m_detailWanted = false;
    m_readTicket = ++m_serial;
    m_readKey = m_alert->key;
    QMetaObject::invokeMethod(m_history, [history = m_history.data(), ticket = m_readTicket, alert = *m_alert] {
        history->readDetail(ticket, alert);
    }, Qt::QueuedConnection);
}

void DetailPanel::onDetailRead(quint64 ticket, const store::AlertDetailPtr &detail)
{
    if (ticket != m_readTicket)
        return;
    m_readTicket = 0;
    if (m_detailWanted) {
        requestDetail();
        return;
    }
    if (m_alert && m_alert->key == detail->key)
        showDetail(detail);
}

void DetailPanel::showDetail(const store::AlertDetailPtr &detail)
{
    m_detail = detail;
    fillContent(detail->outline);
    fillKafka();
    if (!detail->error.isEmpty()) {
        m_contentNote->setText(detail->error);
        m_contentNote->show();
    }
    m_raw->setPlaceholderText({});
    // Binary payloads (Avro, GCN binary packets) read only as hex; the toggle's change refills.
    if (detail->error.isEmpty() && m_hexToggle->isChecked() != detail->text.binary)
        m_hexToggle->setChecked(detail->text.binary);
    else
        fillRaw();
    updateActions();
    emit detailShown(detail->key);
}

void DetailPanel::showLoading()
{
    m_content->setModel(nullptr);
    m_contentModel.reset();
    m_contentNote->setText(tr("Loading…"));
    m_contentNote->show();
    m_raw->setPlaceholderText(tr("Loading…"));
    fillRaw();
}

void DetailPanel::fillFields(const decode::ReceivedAlert &received)
{
    const decode::Alert &alert = received.alert;
    m_fields->clear();
    addRow(m_fields, tr("Title"), alert.title);
    addRow(m_fields, tr("Id"), alert.id);
    addRow(m_fields, tr("Format"), alert.format);
    addRow(m_fields, tr("Source"), alert.source);
    addRow(m_fields, tr("Event"), alert.event);
    addRow(m_fields, tr("Alert type"), alert.alertType);
    addRow(m_fields, tr("Time"), alert.time);
    addRow(m_fields, tr("RA (deg)"), optionalNumber(alert.ra));
    addRow(m_fields, tr("Dec (deg)"), optionalNumber(alert.dec));
    if (alert.ra && alert.dec)
        addRow(m_fields, tr("RA, Dec (sexagesimal)"), coordinates(CoordinateStyle::Sexagesimal));
    addRow(m_fields, tr("Error radius (deg)"), optionalNumber(alert.errorRadius));
    addRow(m_fields, tr("Magnitude"), optionalNumber(alert.mag));
    addRow(m_fields, tr("Score"), optionalNumber(alert.score));
    addRow(m_fields, tr("FAR (Hz)"), optionalNumber(alert.far));
    addRow(m_fields, tr("Test alert"), alert.test ? tr("yes") : tr("no"));
    if (!alert.decodeError.isEmpty())
        addRow(m_fields, tr("Decode error"), alert.decodeError);
}

void DetailPanel::fillContent(const decode::PayloadOutline &outline)
{
    std::unique_ptr<QStandardItemModel> model = PayloadTree::model(outline);
    m_content->setModel(model.get());
    m_contentModel = std::move(model); // the view let go of the old model above
    m_url = outline.url;
    m_contentNote->setText(outline.error);
    m_contentNote->setVisible(!outline.error.isEmpty());
    // Small trees open fully; an Avro alert with its history opens one level, which reads better.
    m_content->expandToDepth(m_contentModel->rowCount() > 0 && m_contentModel->item(0)->rowCount() > 40 ? 0 : 2);
    m_content->resizeColumnToContents(0);
    const int minimum = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
    const int maximum = std::max(minimum, m_content->viewport()->width() / 2);
    m_content->header()->resizeSection(0, std::clamp(m_content->header()->sectionSize(0), minimum, maximum));
}

// The payload's size and the headers are known once the detail is read.
void DetailPanel::fillKafka()
{
    m_kafka->clear();
    if (!m_alert)
        return;
    const decode::ReceivedAlert &alert = m_alert->record;
    addRow(m_kafka, tr("Stream"), alert.stream);
    addRow(m_kafka, tr("Topic"), alert.topic);
    addRow(m_kafka, tr("Partition"), QString::number(alert.partition));
    addRow(m_kafka, tr("Offset"), QString::number(alert.offset));
    addRow(m_kafka, tr("Received"), QDateTime::fromMSecsSinceEpoch(alert.receivedMs, Qt::UTC).toString(Qt::ISODateWithMs));
    if (!m_detail || !m_detail->error.isEmpty())
        return;
    addRow(m_kafka, tr("Payload size"), tr("%n byte(s)", nullptr, int(m_detail->payloadSize)));
    for (const auto &[name, value] : m_detail->headers)
        addRow(m_kafka, tr("Header %1").arg(QString::fromUtf8(name)), QString::fromUtf8(value));
}

// Laying out a Rubin alert's hex dump takes the text view ~20 ms: done only while its tab shows.
void DetailPanel::fillRaw()
{
    m_rawStale = m_tabs->currentWidget() != m_raw->parentWidget();
    if (m_rawStale)
        return;
    if (!m_detail)
        m_raw->clear();
    else
        m_raw->setPlainText(m_hexToggle->isChecked() ? m_detail->text.hex : m_detail->text.text);
}

QString DetailPanel::coordinates(CoordinateStyle style) const
{
    if (!m_alert || !m_alert->record.alert.ra || !m_alert->record.alert.dec)
        return {};
    const double ra = *m_alert->record.alert.ra;
    const double dec = *m_alert->record.alert.dec;
    if (style == CoordinateStyle::Sexagesimal)
        return astro::raToSexagesimal(ra) + QLatin1Char(' ') + astro::decToSexagesimal(dec);
    return QStringLiteral("%1 %2").arg(ra, 0, 'f', 6).arg(dec, 0, 'f', 6);
}

void DetailPanel::copyCoordinates(CoordinateStyle style) const
{
    const QString text = coordinates(style);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void DetailPanel::updateActions()
{
    m_copyButton->setEnabled(!coordinates(CoordinateStyle::Decimal).isEmpty());
    m_openButton->setEnabled(m_url.isValid());
    m_openButton->setToolTip(m_url.isValid() ? m_url.toDisplayString() : tr("This alert names no web page."));
}

void DetailPanel::clear()
{
    m_alert.reset();
    m_detail.reset();
    m_detailWanted = false;
    m_url.clear();
    m_title->setText(tr("Select an alert to see it in full."));
    m_title->setToolTip({});
    m_fields->clear();
    m_kafka->clear();
    m_raw->clear();
    m_content->setModel(nullptr);
    m_contentModel.reset();
    m_contentNote->hide();
    m_tabs->hide();
    m_hints->show();
    updateActions();
}

} // namespace alertdeck::ui
