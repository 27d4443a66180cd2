#include "DetailPanel.h"

#include "PayloadTree.h"
#include "core/astro/Sexagesimal.h"
#include "core/decode/DecoderRegistry.h"
#include "core/store/AlertQuery.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
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

constexpr qsizetype kRawLimit = 256 * 1024; // a Rubin alert with cutouts is ~80 KB; more is not read by eye

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

bool looksLikeText(const QByteArray &payload)
{
    // Control characters other than tab, newline, carriage return and escape mean binary: Avro
    // containers open with "Obj\x01", Confluent framing with a zero byte, gzip with 0x1f.
    const QByteArray head = payload.left(4096);
    return std::none_of(head.cbegin(), head.cend(), [](char c) {
        const auto byte = uchar(c);
        return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != 0x1b && byte != '\f';
    });
}

// Offset, sixteen bytes in hex, and the printable ones as text: how hexdump -C shows a payload.
QString hexDump(const QByteArray &bytes)
{
    QString dump;
    dump.reserve(bytes.size() * 4 + 16);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        const QByteArray chunk = bytes.mid(line, 16);
        QString ascii;
        dump += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        for (int i = 0; i < 16; ++i) {
            dump += i < chunk.size() ? QStringLiteral("%1 ").arg(uchar(chunk.at(i)), 2, 16, QLatin1Char('0')) : QStringLiteral("   ");
            if (i == 7)
                dump += QLatin1Char(' ');
            if (i < chunk.size())
                ascii += chunk.at(i) >= 0x20 && chunk.at(i) < 0x7f ? QLatin1Char(chunk.at(i)) : QLatin1Char('.');
        }
        dump += QStringLiteral(" |%1|\n").arg(ascii);
    }
    return dump;
}

QString readableText(const QByteArray &payload)
{
    const QJsonDocument json = QJsonDocument::fromJson(payload);
    return json.isNull() ? QString::fromUtf8(payload) : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
}

} // namespace

DetailPanel::DetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_decoders(std::make_unique<decode::DecoderRegistry>())
    , m_payloadTree(std::make_unique<PayloadTree>(*m_decoders))
    , m_hints(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(makeKeyValueTree(this, QStringLiteral("detailFields")))
    , m_content(new QTreeView(this))
    , m_contentError(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_kafka(makeKeyValueTree(this, QStringLiteral("detailKafka")))
{
    setObjectName(QStringLiteral("detailPanel"));
    m_content->setObjectName(QStringLiteral("detailContent"));
    m_content->setUniformRowHeights(true);
    m_content->setAlternatingRowColors(true);
    m_content->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contentError->setObjectName(QStringLiteral("detailContentError"));
    m_contentError->setWordWrap(true);
    m_contentError->hide();
    auto *contentPage = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_contentError);
    contentLayout->addWidget(m_content);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_fields, tr("Alert"));
    m_tabs->addTab(contentPage, tr("Content"));
    m_tabs->addTab(buildRawPage(), tr("Raw"));
    m_tabs->addTab(m_kafka, tr("Kafka"));
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

void DetailPanel::showAlert(const decode::ReceivedAlert &alert)
{
    m_alert = alert;
    m_hints->hide();
    m_tabs->show();
    m_title->setText(alert.alert.title);
    m_title->setToolTip(alert.alert.title);
    fillFields(alert);
    fillContent(alert);
    fillKafka(alert);
    // Binary payloads (Avro, GCN binary packets) read only as hex; the toggle's change refills.
    const bool binary = !looksLikeText(alert.payload);
    if (m_hexToggle->isChecked() != binary)
        m_hexToggle->setChecked(binary);
    else
        fillRaw();
    updateActions();
}

void DetailPanel::showStoredAlert(const store::StoredAlert &stored)
{
    decode::ReceivedAlert alert = stored.record;
    QString error;
    if (alert.payload.isEmpty() && !m_storePath.isEmpty()) {
        if (!m_store)
            m_store = store::AlertQuery::open(m_storePath, &error);
        if (m_store) {
            alert.payload = m_store->payload(stored.key, &error).value_or(QByteArray());
            if (error.isEmpty())
                alert.headers = m_store->headers(stored.key, &error).value_or(decode::MessageHeaders());
        }
    }
    showAlert(alert);
    if (!error.isEmpty()) {
        m_contentError->setText(error);
        m_contentError->show();
    }
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

void DetailPanel::fillContent(const decode::ReceivedAlert &alert)
{
    PayloadTree::Result tree = m_payloadTree->build(alert);
    m_content->setModel(tree.model.get());
    m_contentModel = std::move(tree.model); // the view let go of the old model above
    m_url = tree.url;
    m_contentError->setText(tree.error);
    m_contentError->setVisible(!tree.error.isEmpty());
    // Small trees open fully; an Avro alert with its history opens one level, which reads better.
    m_content->expandToDepth(m_contentModel->rowCount() > 0 && m_contentModel->item(0)->rowCount() > 40 ? 0 : 2);
    m_content->resizeColumnToContents(0);
    const int minimum = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
    const int maximum = std::max(minimum, m_content->viewport()->width() / 2);
    m_content->header()->resizeSection(0, std::clamp(m_content->header()->sectionSize(0), minimum, maximum));
}

void DetailPanel::fillKafka(const decode::ReceivedAlert &alert)
{
    m_kafka->clear();
    addRow(m_kafka, tr("Stream"), alert.stream);
    addRow(m_kafka, tr("Topic"), alert.topic);
    addRow(m_kafka, tr("Partition"), QString::number(alert.partition));
    addRow(m_kafka, tr("Offset"), QString::number(alert.offset));
    addRow(m_kafka, tr("Received"), QDateTime::fromMSecsSinceEpoch(alert.receivedMs, Qt::UTC).toString(Qt::ISODateWithMs));
    addRow(m_kafka, tr("Payload size"), tr("%n byte(s)", nullptr, int(alert.payload.size())));
    for (const auto &[name, value] : alert.headers)
        addRow(m_kafka, tr("Header %1").arg(QString::fromUtf8(name)), QString::fromUtf8(value));
}

void DetailPanel::fillRaw()
{
    if (!m_alert) {
        m_raw->clear();
        return;
    }
    const QByteArray &payload = m_alert->payload;
    if (m_hexToggle->isChecked()) {
        QString text = hexDump(payload.left(kRawLimit));
        if (payload.size() > kRawLimit)
            text += QLatin1Char('\n') + tr("… %n more byte(s) not shown", nullptr, int(payload.size() - kRawLimit));
        m_raw->setPlainText(text);
        return;
    }
    // Formatted whole (JSON cut in the middle would not parse), then cut: an IGWN alert carries its
    // sky map as a few hundred KB of base64.
    QString text = readableText(payload);
    if (text.size() > kRawLimit) {
        const qsizetype rest = text.size() - kRawLimit;
        text.truncate(kRawLimit);
        text += QLatin1Char('\n') + tr("… %n more character(s) not shown", nullptr, int(rest));
    }
    m_raw->setPlainText(text);
}

QString DetailPanel::coordinates(CoordinateStyle style) const
{
    if (!m_alert || !m_alert->alert.ra || !m_alert->alert.dec)
        return {};
    const double ra = *m_alert->alert.ra;
    const double dec = *m_alert->alert.dec;
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
    m_url.clear();
    m_title->setText(tr("Select an alert to see it in full."));
    m_title->setToolTip({});
    m_fields->clear();
    m_kafka->clear();
    m_raw->clear();
    m_content->setModel(nullptr);
    m_contentModel.reset();
    m_contentError->hide();
    m_tabs->hide();
    m_hints->show();
    updateActions();
}

} // namespace alertdeck::ui
