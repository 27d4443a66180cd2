#include "ConnectionTestPanel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace alertdeck::ui {

ConnectionTestPanel::ConnectionTestPanel(QWidget *parent)
    : QWidget(parent)
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_result(new QLabel(this))
    , m_topics(new QComboBox(this))
    , m_addTopic(new QPushButton(tr("Add topic"), this))
{
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_result->setObjectName(QStringLiteral("probeResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topics->setObjectName(QStringLiteral("topicPicker"));
    m_topics->setMinimumContentsLength(24);
    m_topics->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topics->setPlaceholderText(tr("Test the connection to list topics"));
    m_addTopic->setObjectName(QStringLiteral("addTopicButton"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_testButton, 0, 0);
    layout->addWidget(m_result, 0, 1, 1, 2);
    layout->addWidget(new QLabel(tr("Broker topics:"), this), 1, 0);
    layout->addWidget(m_topics, 1, 1);
    layout->addWidget(m_addTopic, 1, 2);
    layout->setColumnStretch(1, 1);
    clear();

    connect(m_testButton, &QPushButton::clicked, this, &ConnectionTestPanel::testRequested);
    connect(&m_probe, &kafka::ConnectionProbe::finished, this, &ConnectionTestPanel::onFinished);
    connect(m_addTopic, &QPushButton::clicked, this, [this] {
        if (!m_topics->currentText().isEmpty())
            emit topicChosen(m_topics->currentText());
    });
}

void ConnectionTestPanel::run(const config::StreamConfig &stream, const QString &secret)
{
    if (!m_probe.start(stream, secret))
        return;
    m_testButton->setEnabled(false);
    m_result->setStyleSheet({});
    m_result->setText(tr("Connecting to %1…").arg(stream.bootstrap()));
}

void ConnectionTestPanel::showMessage(const QString &message)
{
    m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_result->setText(message);
}

void ConnectionTestPanel::clear()
{
    m_result->clear();
    m_topics->clear();
    m_topics->setEnabled(false);
    m_addTopic->setEnabled(false);
}

void ConnectionTestPanel::onFinished(const kafka::ProbeResult &result)
{
    m_testButton->setEnabled(true);
    if (!result.ok) {
        showMessage(result.error);
        return;
    }
    m_result->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_result->setText(tr("Connected in %1 ms: the broker lists %n topic(s).", nullptr, int(result.topics.size()))
                          .arg(result.elapsedMs));
    m_topics->clear();
    m_topics->addItems(result.topics);
    // With a placeholder set, a filled combo box would still show it until the user picks.
    m_topics->setCurrentIndex(result.topics.isEmpty() ? -1 : 0);
    m_topics->setEnabled(!result.topics.isEmpty());
    m_addTopic->setEnabled(!result.topics.isEmpty());
}

} // namespace alertdeck::ui
