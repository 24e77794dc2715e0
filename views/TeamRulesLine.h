#pragma once

#include "Payout.h"

#include <QLabel>

class QTimer;

/**
 * What the team's policy will make of a payout form's payout, said before it is sent:
 * "needs 2 approvals (over 50,000 USD)". Asks once the user pauses typing, shows an answer
 * only while the form still holds what it was for, and stays hidden outside a team (no
 * answer ever comes).
 */
class TeamRulesLine final : public QLabel
{
    Q_OBJECT

public:
    explicit TeamRulesLine(QWidget *parent = nullptr);

    /// The form now holds `request`; `complete` when it could be sent as it is.
    void follow(const PayoutRequest &request, bool complete);
    /// The team's answer for `askedFor`, in a sentence.
    void setAnswer(const PayoutRequest &askedFor, const QString &text);
    /// The answer for what the form holds now, or empty.
    QString current() const;

signals:
    void previewRequested(const PayoutRequest &request);

private:
    QTimer *m_timer;
    PayoutRequest m_request;
    QByteArray m_holds;    ///< the request the form holds, as the journal would keep it
    QByteArray m_answered; ///< what the shown answer is for
};
