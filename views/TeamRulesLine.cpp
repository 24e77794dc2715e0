#include "TeamRulesLine.h"

#include <QTimer>

TeamRulesLine::TeamRulesLine(QWidget *parent) : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("teamRules"));
    setWordWrap(true);
    hide();
    // Asked once the user pauses typing, not on every key.
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, [this] { emit previewRequested(m_request); });
}

void TeamRulesLine::follow(const PayoutRequest &request, bool complete)
{
    const QByteArray holds = complete ? request.toJournalJson() : QByteArray();
    if (holds == m_holds)
        return;
    m_holds = holds;
    m_request = request;
    setVisible(!m_holds.isEmpty() && m_holds == m_answered);
    if (complete)
        m_timer->start();
    else
        m_timer->stop();
}

void TeamRulesLine::setAnswer(const PayoutRequest &askedFor, const QString &text)
{
    const QByteArray answered = askedFor.toJournalJson();
    if (answered != m_holds)
        return; // the form changed since it asked
    m_answered = answered;
    setText(text);
    setVisible(!text.isEmpty());
}

QString TeamRulesLine::current() const
{
    return !m_holds.isEmpty() && m_holds == m_answered ? text() : QString();
}
