#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TeamPayoutsModel;
struct TeamPayout;

/**
 * Approvals: the team's payouts that wait for this person, for others, or all of them;
 * approve (several at once) or reject with a note. The database decides whether a
 * decision counts; the page shows what it answered.
 */
class ApprovalsPage final : public QWidget
{
    Q_OBJECT

public:
    enum Filter { WaitingForMe, WaitingForOthers, All };

    explicit ApprovalsPage(TeamPayoutsModel *model, QWidget *parent = nullptr);

    void setFilter(Filter filter);
    /// Not in a team, connected as someone, or why the connection failed.
    void setTeamState(const QString &text, bool connected);
    void showMessage(const QString &text);
    /// Admins may lift a new bank account's or address's waiting period here.
    void setAdmin(bool admin);

signals:
    /// `hashes` name the requests as shown, one per key: the database takes a decision
    /// only on the request it names.
    void approveRequested(const QStringList &keys, const QStringList &hashes, const QString &note);
    void rejectRequested(const QString &key, const QString &hash, const QString &note);
    /// Send an approved payout from this desktop now (the person confirmed it).
    void releaseRequested(const TeamPayout &payout);
    void teamSetupRequested();
    /// Lift the waiting period of a payout's new bank account or address (an admin).
    void counterpartyReleaseRequested(const QString &kind, const QString &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Sized to the contents, what was asked giving way first. Columns only grow while the
    /// rows change, so that they do not jump as requests come and go; `afresh` (the page
    /// was resized) sizes them to what is shown now.
    void fitColumns(bool afresh = false);
    QStringList selectedKeys(QStringList *hashes = nullptr) const;
    /// TeamPayoutsModel::details of each selected payout.
    QString selectedDetails() const;
    void approveSelected();
    void rejectSelected();
    void sendSelected();
    void releaseCounterparty();
    void updateButtons();
    /// Asks for a note; nullopt when the user cancelled.
    std::optional<QString> askNote(const QString &title, const QString &label, bool required);

    TeamPayoutsModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QComboBox *m_filter;
    QTableView *m_table;
    QList<int> m_natural; ///< each column's width before the flexible ones gave way
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_send;
    QPushButton *m_lift;
    QPushButton *m_setup;
    QLabel *m_state;
    QLabel *m_message;
    bool m_connected = false;
};
