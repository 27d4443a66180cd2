#include "WelcomePanel.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace alertdeck::ui {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto *title = new QLabel(tr("Welcome to AlertDeck"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("AlertDeck shows live alerts from GCN, SCiMMA Hopskotch, Rubin, ZTF and any Kafka "
                                "stream as they arrive. No stream is configured yet."), this);
    intro->setWordWrap(true);

    const int columnWidth = fontMetrics().averageCharWidth() * 80;
    const auto addChoice = [this, columnWidth](const QString &text, const QString &description, const QString &objectName) {
        auto *button = new QCommandLinkButton(text, description, this);
        button->setObjectName(objectName);
        // The layout asks for the height at the button's hint width, which clips a wrapped description.
        button->setMinimumHeight(button->heightForWidth(columnWidth));
        return button;
    };
    QCommandLinkButton *demo = addChoice(tr("Start the demo"), tr("Watch the bundled sample alerts (GW, GRB, neutrino, X-ray, Rubin, ZTF) "
                                                                  "arrive from a built-in Kafka cluster. No account needed."),
                                         QStringLiteral("welcomeDemoButton"));
    QCommandLinkButton *add = addChoice(tr("Add a stream…"), tr("Connect to GCN Kafka, Hopskotch or your own broker."),
                                        QStringLiteral("welcomeAddStreamButton"));
    QCommandLinkButton *import = addChoice(tr("Import a configuration…"), tr("Use an AlertDeck stream configuration file (JSON; "
                                                                             "alertdeck-cli config import converts TOM and hop-client settings)."),
                                           QStringLiteral("welcomeImportButton"));
    connect(demo, &QAbstractButton::clicked, this, &WelcomePanel::demoRequested);
    connect(add, &QAbstractButton::clicked, this, &WelcomePanel::addStreamRequested);
    connect(import, &QAbstractButton::clicked, this, &WelcomePanel::importRequested);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(demo);
    column->addWidget(add);
    column->addWidget(import);
    auto *content = new QWidget(this);
    content->setLayout(column);
    // Wide enough that each choice's description wraps to two lines; a command link button does not
    // grow for a third one, so a narrower column would clip it.
    content->setMinimumWidth(columnWidth);
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(content, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace alertdeck::ui
