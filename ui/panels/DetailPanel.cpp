#include "DetailPanel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    const QByteArray head = payload.left(4096);
    return std::none_of(head.cbegin(), head.cend(), [](char c) { return c == '\0'; });
}

} // namespace

DetailPanel::DetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_fields(makeKeyValueTree(this, QStringLiteral("detailFields")))
    , m_raw(new QPlainTextEdit(this))
    , m_kafka(makeKeyValueTree(this, QStringLiteral("detailKafka")))
{
    setObjectName(QStringLiteral("detailPanel"));
    m_raw->setObjectName(QStringLiteral("detailRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_fields, tr("Alert"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_kafka, tr("Kafka"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void DetailPanel::showAlert(const decode::ReceivedAlert &alert)
{
    fillFields(alert);
    fillKafka(alert);
    if (!looksLikeText(alert.payload)) {
        m_raw->setPlainText(QString::fromLatin1(alert.payload.left(64 * 1024).toHex(' ')));
    } else {
        const QJsonDocument json = QJsonDocument::fromJson(alert.payload);
        m_raw->setPlainText(json.isNull() ? QString::fromUtf8(alert.payload) : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
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
    addRow(m_fields, tr("Error radius (deg)"), optionalNumber(alert.errorRadius));
    addRow(m_fields, tr("Magnitude"), optionalNumber(alert.mag));
    addRow(m_fields, tr("Score"), optionalNumber(alert.score));
    addRow(m_fields, tr("FAR (Hz)"), optionalNumber(alert.far));
    addRow(m_fields, tr("Test alert"), alert.test ? tr("yes") : tr("no"));
    if (!alert.decodeError.isEmpty())
        addRow(m_fields, tr("Decode error"), alert.decodeError);
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

void DetailPanel::clear()
{
    m_fields->clear();
    m_kafka->clear();
    m_raw->clear();
}

} // namespace alertdeck::ui
