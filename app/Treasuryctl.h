#pragma once

#include "ActionJournal.h"

#include <QCommandLineOption>
#include <QFuture>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class ConnectionManager;
class Keychain;
class Provider;
class PayoutController;
class QCommandLineParser;
class QJsonArray;
class QJsonObject;
class QNetworkAccessManager;
class QTextStream;
struct ProviderError;
struct Card;

/**
 * treasuryctl: the command-line twin. Same connections, keychain, providers and exporter
 * as the GUI, no widgets. One clear line on stderr and a distinct exit code on failure;
 * nothing written as if complete when it is not.
 */
class Treasuryctl final : public QObject
{
    Q_OBJECT

public:
    /// Unknown: a payout's answer was lost; it is journaled as unknown, not failed.
    /// AwaitingApproval: team mode journaled it, the policy wants approvals first;
    /// Taken: another desktop sends (or sent) it.
    enum Exit {
        Ok = 0,
        Usage = 2,
        Auth = 3,
        Remote = 4,
        Local = 5,
        Unknown = 6,
        AwaitingApproval = 7,
        Taken = 8,
        Incomplete = 9
    };

    Treasuryctl(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~Treasuryctl() override;

    /// arguments as main() got them, program name first.
    int run(const QStringList &arguments);
    /// Where a secret for `connections add` is read from (stdin unless a test sets it).
    void setSecretInput(std::function<QString()> read) { m_readSecret = std::move(read); }

private:
    /// One command: its name, its arguments for the overview, what it does, its options
    /// and its action word, and the member that runs it.
    struct Command
    {
        const char *name;
        QString syntax;
        QString brief; ///< one line for the overview
        QString summary;
        QList<QCommandLineOption> options;
        struct
        {
            QString help;
            QString syntax;
        } action;
        int (Treasuryctl::*handler)(QCommandLineParser &);
    };
    /// Every command, in the order the help lists them: the one table of them.
    QList<Command> commands() const;
    int dispatch(const QString &command, const QStringList &arguments);
    /// `code`, or Local when the output did not all reach stdout (a full disk, a closed pipe).
    int outputWritten(int code);
    int status(QCommandLineParser &parser);
    int balances(QCommandLineParser &parser);
    /// balances --total: the connection's USD total and what it leaves out, and why.
    int balancesTotal(QCommandLineParser &parser);
    /// balances --history [--since D]: each past balance the provider remembers, oldest first.
    int balanceHistory(QCommandLineParser &parser);
    int cards(QCommandLineParser &parser);
    /// `cards limit|create|cancel`: journaled like the app's card actions.
    int changeCard(QCommandLineParser &parser);
    /// `cards transactions ID`: one card's transactions as its provider lists them (Dinari).
    int cardTransactions(QCommandLineParser &parser, const QString &id);
    /// A card create whose answer was lost, found in the list by our external id: its
    /// journal entry settled; nullopt (the exit left as it is) when not found.
    std::optional<Card> findLostCard(Provider &provider, const QString &key,
                                     const QString &externalId, int *exit);
    int transactions(QCommandLineParser &parser);
    int connections(QCommandLineParser &parser);
    int payouts(QCommandLineParser &parser);
    /// `payouts methods`: each method of the connection and the fields it takes.
    int payoutMethods(QCommandLineParser &parser);
    /// `payouts send`: one payout, validated, journaled and sent once.
    int sendPayout(QCommandLineParser &parser);
    /// `payouts batch FILE`: a Dots batch from a CSV file, checked line by line as the
    /// window's batch form checks it, journaled before it leaves and sent once.
    int sendBatch(QCommandLineParser &parser, const QString &file);
    /// Waits for the journal's answer to `key`, prints it and gives the exit it means.
    int awaitAnswer(QCommandLineParser &parser, PayoutController &payouts, ActionJournal &journal,
                    const QString &key, JournalEntry *outcome);
    /// Journals `request` here and sends it once; prints the entry and fills `outcome`.
    int sendNow(QCommandLineParser &parser, Provider &provider, const struct PayoutRequest &request,
                struct JournalEntry *outcome = nullptr);
    /// Team mode: the team journal first; sent at once only when the policy needs no
    /// approval (exit AwaitingApproval otherwise).
    int sendForTeam(QCommandLineParser &parser, Provider &provider,
                    const struct PayoutRequest &request);
    /// Claims an approved team payout, sends it here once and records the outcome.
    /// What is sent is the request the claim hands over, and only when its hash is
    /// `expectedHash` (the one asked for here, or the one the approvals name).
    int releaseForTeam(QCommandLineParser &parser, class TeamDatabase &team, Provider &provider,
                       const QString &key, const QString &expectedHash);
    /// Takes an approved team payout or card action for this desktop: Ok with the request
    /// as filed in *document, or the exit code after saying why not (refused, another
    /// desktop has it, or the team handed back another request than `expectedHash`).
    int claimForTeam(class TeamDatabase &team, const QString &key, const QString &owner,
                     const QString &expectedHash, QByteArray *document);
    /// Team mode for an unfreeze, a spend limit or a new card: the team journal first,
    /// done at once only when the policy needs no approval (exit AwaitingApproval).
    int cardForTeam(QCommandLineParser &parser, struct TeamCardAction action);
    /// Claims an approved card action, does it here once and records the outcome.
    int releaseCardForTeam(QCommandLineParser &parser, class TeamDatabase &team, Provider &provider,
                           const QString &key, const QString &expectedHash);
    /// Does the card action at `provider`, journaled under its key; *settled says how the
    /// journal left it.
    int carryOutCard(QCommandLineParser &parser, Provider &provider,
                     const struct TeamCardAction &action, JournalEntry::State *settled);
    /// After a reconcile: each team payout or card action still in flight that this
    /// desktop's journal has an answer for is taken back (once its old owner's lease ran
    /// out) and the answer recorded for the team.
    int settleForTeam(QCommandLineParser &parser, class ActionJournal &journal);
    /// `team connections|publish NAME|retire ID|adopt ID`: the connections the team shares.
    int teamConnections(QCommandLineParser &parser, class TeamDatabase &db);
    /// `payouts approve|reject|release KEY`.
    int decidePayout(QCommandLineParser &parser, const QString &verb, const QString &key);
    int teamJournal(QCommandLineParser &parser);
    int team(QCommandLineParser &parser);
    int policy(QCommandLineParser &parser);
    int audit(QCommandLineParser &parser);
    bool teamGiven(QCommandLineParser &parser) const;
    /// The team database's URL: --team, else the one team login saved.
    QString teamUrl(QCommandLineParser &parser) const;
    /// The team database of --team (or the saved one), logged in; nullptr after reporting
    /// why.
    std::unique_ptr<class TeamDatabase> openTeam(QCommandLineParser &parser, int *exit);
    /// Gives `team` this desktop's signing key (made and kept in the keychain the first
    /// time) and the keys it pinned, registers the key and keeps new pins.
    void prepareSigning(class TeamDatabase &team, const struct TeamLogin &login);
    /// `team keys` (every registered key, with its fingerprint and whether it counts here)
    /// and `team approve-key NAME KEY`.
    int teamKeys(QCommandLineParser &parser, class TeamDatabase &db, const QStringList &action);
    /// A journal entry as scripts read it.
    static QJsonObject journalJson(const struct JournalEntry &entry);
    /// `payouts journal [--open]`: every entry (or the open ones), newest first.
    int journal(QCommandLineParser &parser);
    /// `payouts reconcile`: each open payout checked against its provider once.
    int reconcile(QCommandLineParser &parser);
    /// `payouts cancel KEY|REFERENCE`: journaled, then asked of the provider once.
    int cancelPayout(QCommandLineParser &parser, const QString &reference);
    /// A saved connection's provider, its secret from the keychain; nullptr if it cannot be.
    std::unique_ptr<class Provider> openSaved(const QString &connectionId);
    /// The journal in the data folder; nullptr after reporting why (nothing may be sent).
    std::unique_ptr<class ActionJournal> openJournal(int *exit);
    int wallets(QCommandLineParser &parser);
    int addConnection(QCommandLineParser &parser);
    int removeConnection(const QString &name);
    /// Renames a saved connection; its history and journal follow it.
    int renameConnection(const QString &from, const QString &to);

    /// Like fetch, for a call that changes something: journaled around the call.
    template<typename T, typename Call>
    std::optional<T> journaled(QCommandLineParser &parser, int *exit,
                               const class JournalAction &action, const QString &target, Call call,
                               const std::optional<class Money> &amount = std::nullopt);
    /// journaled() at a provider already resolved, for `entry` (its key kept when given);
    /// *settled, when given, gets the journal's state after the answer.
    template<typename T, typename Call>
    std::optional<T> journaledAt(Provider &provider, int *exit, JournalEntry entry, Call call,
                                 JournalEntry::State *settled = nullptr);
    /// Resolves the provider and makes one call; nullopt after reporting why, with *exit.
    template<typename T, typename Call>
    std::optional<T> fetch(QCommandLineParser &parser, int *exit, Call call);
    /// The provider the global options name as a `Cap`; nullptr after reporting why (also
    /// when it does not offer Cap).
    template<typename Cap>
    std::unique_ptr<Provider> providerOffering(QCommandLineParser &parser, int *exit, Cap **cap);
    /// The provider the global options name; nullptr after reporting why.
    /// `savedId`: the saved connection to use when the options name none.
    std::unique_ptr<Provider> provider(QCommandLineParser &parser, int *exit,
                                       const QString &savedId = QString());
    /// JSON as is, or the columns tab-separated for people.
    int print(const QJsonArray &rows, bool json, const QList<const char *> &columns);
    int fail(int code, const QString &message);
    /// Says on stderr what `source`'s answer left out; the command then exits Incomplete
    /// where it would have exited Ok.
    void warnIncomplete(const QString &source, const QStringList &gaps);
    int failWith(const ProviderError &error);
    void progress(const QString &text);
    ConnectionManager *manager();

    QTextStream &m_out;
    QTextStream &m_err;
    std::function<QString()> m_readSecret;
    QNetworkAccessManager *m_network;
    Keychain *m_keychain = nullptr;
    std::unique_ptr<class QSettings> m_settings;
    ConnectionManager *m_manager = nullptr;
    bool m_incomplete = false; ///< an answer printed was partial
    const QList<QCommandLineOption> m_global;
};
