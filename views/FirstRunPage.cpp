#include "FirstRunPage.h"

#include "ConnectionKind.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunPage::FirstRunPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("firstRunPage"));
    auto *title = new QLabel(tr("Welcome to Treasury Desk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(
        tr("Every account, card, transaction and payout of your payment providers in one "
           "window. Nothing is connected yet; start in one of three ways."),
        this);
    intro->setWordWrap(true);

    auto *demo = new QPushButton(tr("Try the &demo"), this);
    demo->setObjectName(QStringLiteral("firstRunDemo"));
    auto *demoText = new QLabel(tr("Opens a second window with made-up data from the built-in "
                                   "sandbox of all five providers; nothing it does reaches "
                                   "your own accounts."),
                                this);
    auto *add = new QPushButton(tr("&Add a connection…"), this);
    add->setObjectName(QStringLiteral("firstRunAdd"));
    // Filled when shown: the providers' kinds are installed after the window is made.
    m_needs = new QLabel(this);
    auto *addText = m_needs;
    addText->setObjectName(QStringLiteral("firstRunNeeds"));
    auto *team = new QPushButton(tr("&Join a team database…"), this);
    team->setObjectName(QStringLiteral("firstRunTeam"));
    auto *teamText = new QLabel(tr("Your team shares one journal, approvals and audit log on "
                                   "PostgreSQL; ask its admin for the address and your user "
                                   "name."),
                                this);
    auto *grid = new QGridLayout;
    int row = 0;
    for (auto [button, text] :
         {std::pair<QPushButton *, QLabel *>{demo, demoText}, {add, addText}, {team, teamText}}) {
        text->setWordWrap(true);
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(18);
    grid->setHorizontalSpacing(18);

    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(title);
    inner->addWidget(intro);
    inner->addSpacing(12);
    inner->addLayout(grid);
    inner->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 4);
    layout->addStretch(1);

    connect(demo, &QPushButton::clicked, this, &FirstRunPage::demoRequested);
    connect(add, &QPushButton::clicked, this, &FirstRunPage::connectionsRequested);
    connect(team, &QPushButton::clicked, this, &FirstRunPage::teamRequested);
}

void FirstRunPage::showEvent(QShowEvent *event)
{
    // What to have at hand, from each provider's own connection form.
    QStringList needs;
    for (const ConnectionKind &kind : ConnectionKind::all()) {
        QStringList parts = kind.secretParts;
        for (const ConnectionKind::Setting &s : kind.settings)
            parts << s.label;
        needs << tr("<b>%1</b>: %2")
                     .arg(kind.display.toHtmlEscaped(),
                          parts.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_needs->setText(tr("Have at hand, from the provider's dashboard:") + QStringLiteral("<br>") +
                     needs.join(QStringLiteral("<br>")) + QStringLiteral("<br>") +
                     tr("Secrets go to the system keychain, never to a file."));
    QWidget::showEvent(event);
}
