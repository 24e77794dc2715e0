#include "TeamWiring.h"

#include "ApprovalsPage.h"
#include "ConnectionManager.h"
#include "Keychain.h"
#include "MainWindow.h"
#include "TeamAdminPanel.h"
#include "TeamDialog.h"
#include "TeamPayoutsModel.h"
#include "TeamRoles.h"
#include "TeamSession.h"

#include "AuditCheckpoints.h"
#include "SigningKey.h"
#include "TeamKeyPins.h"
#include "TeamSigningKeys.h"

#include <QSettings>

namespace {

const QString UrlKey = QStringLiteral("team/url");

} // namespace

TeamWiring::TeamWiring(MainWindow *window, TeamPayoutsModel *model, QSettings *settings,
                       Keychain *keychain, ConnectionManager *connections, QObject *parent)
    : QObject(parent), m_window(window), m_page(window->approvalsPage()), m_model(model),
      m_settings(settings), m_keychain(keychain), m_connections(connections),
      m_session(new TeamSession(this))
{
    connect(window, &MainWindow::teamRequested, this, &TeamWiring::openDialog);
    connect(m_page, &ApprovalsPage::approveRequested, m_session, &TeamSession::approve);
    connect(m_page, &ApprovalsPage::rejectRequested, m_session, &TeamSession::reject);
    connect(m_page, &ApprovalsPage::counterpartyReleaseRequested, m_session,
            &TeamSession::releaseCounterparty);
    connect(m_session, &TeamSession::payoutsRead, this, [this](const QList<TeamPayout> &payouts) {
        const QString role = m_session->role();
        m_model->setPayouts(payouts, m_session->user(),
                            role == QLatin1String("approver") || role == QLatin1String("admin"));
        m_window->setApprovalsWaiting(m_model->waitingForMe());
    });
    connect(m_session, &TeamSession::connected, this,
            [this](const QString &user, const QString &role) {
                say(tr("In the team as %1 (%2).").arg(user, TeamRoles::display(role)), true);
                if (!m_pendingUrl.isEmpty()) {
                    // It worked: keep the URL and the password for the next start.
                    m_settings->setValue(UrlKey, m_pendingUrl);
                    QString problem;
                    if (const auto l = TeamLogin::fromUrl(m_pendingUrl, &problem))
                        m_keychain->write(l->keychainKey(), m_pendingPassword);
                    m_pendingUrl.clear();
                    m_pendingPassword.clear();
                    emit joined();
                }
                // The log must only have grown since this desktop last looked.
                verifyAudit();
                if (m_dialog)
                    m_dialog->setAdmin(role == QLatin1String("admin"));
                m_page->setAdmin(role == QLatin1String("admin"));
            });
    connect(m_session, &TeamSession::auditChecked, this, &TeamWiring::audited);
    connect(m_session, &TeamSession::failed, this, [this](const QString &message) {
        say(tr("Team database: %1").arg(message), m_session->isConnected());
    });
    connect(m_session, &TeamSession::connectionChanged, this, [this](bool up) {
        say(up ? tr("In the team as %1 again.").arg(m_session->user())
               : tr("The team database cannot be reached; trying again…"),
            up);
    });
    connect(m_session, &TeamSession::decided, this, [this](const QString &, const QString &error) {
        m_page->showMessage(error.isEmpty() ? tr("Your decision is recorded.")
                                            : tr("Not recorded: %1").arg(error));
    });
    connect(m_session, &TeamSession::membersRead, this, [this](QList<QJsonObject> members) {
        // Each member's pinned key, as colleagues compare it out of band.
        for (QJsonObject &m : members)
            m.insert(QStringLiteral("key"), SigningKey::fingerprint(m_pins.value(
                                                m.value(QStringLiteral("name")).toString())));
        if (m_dialog)
            m_dialog->setMembers(members);
    });
    connect(m_session, &TeamSession::keysReviewed, this, [this](const TeamKeyRing &ring) {
        m_pins = ring.pins();
        TeamKeyPins(m_settings).save(m_url, m_pins);
        QStringList warnings;
        m_waitingKeys.clear();
        for (const TeamKeyRing::Notice &n : ring.notices()) {
            if (n.kind != TeamKeyRing::Notice::Kind::New)
                warnings << n.text;
            if (n.kind == TeamKeyRing::Notice::Kind::Waiting && n.member != m_session->user())
                m_waitingKeys.append(
                    {{QStringLiteral("member"), n.member},
                     {QStringLiteral("fingerprint"), SigningKey::fingerprint(n.publicKey)},
                     {QStringLiteral("public_key"), n.publicKey}});
        }
        if (m_dialog)
            m_dialog->adminPanel()->setWaitingKeys(m_waitingKeys);
        // A changed or refused key is said on every desktop, once per review that finds it.
        if (!warnings.isEmpty() && warnings != m_keyWarnings)
            m_page->showMessage(warnings.join(u'\n'));
        m_keyWarnings = warnings;
    });
    connect(m_session, &TeamSession::keyApproved, this,
            [this](const QString &member, const QString &error) {
                tellDialog(error.isEmpty()
                               ? tr("%1's new key is signed with yours: every desktop takes it "
                                    "now.")
                                     .arg(member)
                               : tr("Not signed: %1").arg(error));
            });
    connect(m_session, &TeamSession::keyRegistered, this,
            [this](const QString &state, const QString &fingerprint) {
                if (state == QLatin1String("awaiting approval"))
                    m_page->showMessage(
                        tr("This desktop's signing key %1 is new to the team: until an admin "
                           "approves it, your requests and decisions do not count.")
                            .arg(fingerprint));
            });
    connect(m_session, &TeamSession::connectionsRead, this, [this](const QList<Connection> &c) {
        m_shared = c;
        showConnections();
    });
    // A connection added here (from the team or not) changes what the dialog shows.
    connect(m_connections, &ConnectionManager::changed, this, &TeamWiring::showConnections);
    connect(m_session, &TeamSession::changesRead, this, [this](const QList<QJsonObject> &c) {
        m_changes = c;
        if (m_dialog)
            m_dialog->adminPanel()->setPending(c);
    });
    connect(m_session, &TeamSession::proposed, this,
            [this](const QString &state, const QString &error) {
                tellDialog(!error.isEmpty() ? tr("Not proposed: %1").arg(error)
                           : state == QLatin1String("applied")
                               ? tr("The change applies now: the team has one admin.")
                               : tr("Proposed: it applies once another admin approves it."));
            });
    connect(m_session, &TeamSession::shared, this,
            [this](const QString &name, const QString &error) {
                tellDialog(error.isEmpty()
                               ? tr("%1 is shared with the team; each colleague adds it with "
                                    "their own secret.")
                                     .arg(name)
                               : tr("Not shared: %1").arg(error));
            });
    connect(m_session, &TeamSession::decidedChange, this,
            [this](const QString &state, const QString &error) {
                tellDialog(!error.isEmpty()                    ? tr("Not recorded: %1").arg(error)
                           : state == QLatin1String("applied") ? tr("Approved: the change applies.")
                                                               : tr("Rejected: nothing changes."));
            });
    connect(m_session, &TeamSession::policyRead, this, [this](const QJsonObject &p) {
        if (m_dialog)
            m_dialog->setPolicy(p);
    });
}

void TeamWiring::start()
{
    const QString url = m_settings->value(UrlKey).toString();
    QString problem;
    const auto l = TeamLogin::fromUrl(url, &problem);
    if (url.isEmpty() || !l)
        return;
    say(tr("Connecting to the team database…"), false);
    m_keychain->read(l->keychainKey()).then(this, [this, url](const KeychainReply &reply) {
        if (reply.ok())
            login(url, reply.secret, false);
        else
            say(tr("The team password is not in the keychain: File → Team… logs in again."), false);
    });
}

void TeamWiring::login(const QString &url, const QString &password, bool save)
{
    QString problem;
    const auto l = TeamLogin::fromUrl(url, &problem);
    if (!l) {
        say(problem, false);
        return;
    }
    m_url = l->toUrl();
    if (save) {
        m_pendingUrl = l->toUrl();
        m_pendingPassword = password;
    }
    say(tr("Connecting to the team database…"), false);
    const TeamLogin team = *l;
    TeamSigningKeys::loadOrCreate(m_keychain, team)
        .then(this, [this, team, password](const TeamSigningKeyReply &reply) {
            if (!reply.key)
                say(tr("No team signing key (requests and decisions cannot be signed): %1")
                        .arg(reply.error),
                    false);
            m_session->connectTo(team, password, reply.key, TeamKeyPins(m_settings).pinned(m_url));
        });
}

void TeamWiring::say(const QString &text, bool connected)
{
    m_lastState = text;
    m_page->setTeamState(text, connected);
    if (m_dialog)
        m_dialog->setState(text);
}

void TeamWiring::openDialog()
{
    if (!m_dialog) {
        m_dialog = new TeamDialog(m_settings->value(UrlKey).toString(), m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &TeamDialog::auditRequested, this, &TeamWiring::verifyAudit);
        connect(m_dialog, &TeamDialog::adoptRequested, this, &TeamWiring::adoptRequested);
        TeamAdminPanel *admin = m_dialog->adminPanel();
        connect(admin, &TeamAdminPanel::policyProposed, this, [this](const QJsonObject &policy) {
            m_session->proposeChange(QStringLiteral("policy"), policy);
        });
        connect(admin, &TeamAdminPanel::roleProposed, this,
                [this](const QString &member, const QString &role) {
                    m_session->proposeChange(
                        QStringLiteral("role"),
                        {{QStringLiteral("user"), member}, {QStringLiteral("role"), role}});
                });
        connect(admin, &TeamAdminPanel::changeDecided, m_session, &TeamSession::decideChange);
        connect(admin, &TeamAdminPanel::keyApproved, m_session, &TeamSession::approveKey);
        connect(admin, &TeamAdminPanel::connectionShared, this, [this](const QString &id) {
            if (const std::optional<Connection> c = m_connections->byId(id))
                m_session->publishConnection(*c);
        });
        connect(
            m_dialog, &TeamDialog::connectRequested, this,
            [this](const QString &url, const QString &password) { login(url, password, true); });
    }
    m_dialog->setState(m_lastState);
    m_dialog->setAudit(m_lastAudit, m_auditOk);
    m_dialog->setAdmin(m_session->role() == QLatin1String("admin"));
    m_dialog->adminPanel()->setPending(m_changes);
    m_dialog->adminPanel()->setWaitingKeys(m_waitingKeys);
    showConnections();
    m_session->refresh();
    m_dialog->show();
    m_dialog->raise();
}

void TeamWiring::verifyAudit()
{
    if (!m_session->isConnected() || m_url.isEmpty())
        return;
    if (m_dialog)
        m_dialog->setAudit(tr("Checking the audit log…"), true);
    m_session->verifyAudit(AuditCheckpoints(m_settings).seen(m_url));
}

void TeamWiring::audited(const AuditChain::Verdict &verdict, const QString &error)
{
    m_auditOk = error.isEmpty() && verdict.ok;
    if (!error.isEmpty()) {
        m_lastAudit = tr("The audit log could not be read: %1").arg(error);
    } else if (verdict.ok) {
        // A first look has nothing to compare with: say so, and give the checkpoint to
        // compare with a colleague's.
        m_lastAudit =
            verdict.compared
                ? tr("Audit log: %n row(s), the chain intact and only grown since this "
                     "desktop last looked.",
                     nullptr, int(verdict.rows))
                : tr("Audit log: %n row(s), the chain intact. This desktop had not looked "
                     "before; compare its checkpoint %1 with a colleague's "
                     "(treasuryctl audit checkpoint).",
                     nullptr, int(verdict.rows))
                      .arg(verdict.end.toText());
        m_lastAudit += u' ' + tr("%n signature(s) checked against the keys this desktop pinned.",
                                 nullptr, int(verdict.signatures));
        AuditCheckpoints(m_settings).save(m_url, verdict.end);
    } else {
        m_lastAudit = tr("The team's audit log does not verify: %1. Tell an admin before "
                         "relying on the team journal.")
                          .arg(verdict.problem);
        // On the Approvals page too: a desktop must not approve from a rewritten log.
        m_page->setTeamState(m_lastAudit, m_session->isConnected());
    }
    if (m_dialog)
        m_dialog->setAudit(m_lastAudit, m_auditOk);
}

void TeamWiring::showConnections()
{
    if (!m_dialog)
        return;
    QStringList here;
    QList<QPair<QString, QString>> local;
    for (const Connection &c : m_connections->connections()) {
        here << c.id;
        local.append({c.id, c.name});
    }
    m_dialog->setConnections(m_shared, here);
    m_dialog->adminPanel()->setLocalConnections(local);
}

void TeamWiring::tellDialog(const QString &text)
{
    if (m_dialog)
        m_dialog->setState(text);
}
