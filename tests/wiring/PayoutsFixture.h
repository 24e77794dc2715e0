#pragma once

#include "ActionJournal.h"
#include "FixedClock.h"
#include "Payout.h"
#include "PayoutController.h"
#include "ProviderOptions.h"
#include "ProviderRegistry.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

class CryptoProvider;
class DartProvider;
class DinariProvider;
class DotsProvider;

/**
 * One journal and one connection per provider against the sandbox, for the payout tests:
 * requests that the sandbox takes for each method, and waits on what the journal says.
 * The test classes inherit it beside QObject and call its steps from their slots.
 */
class PayoutsFixture
{
public:
    static const QString Connection; // Dinari's
    static const QString DotsConnection;
    static const QString CryptoConnection;
    static const QString DartConnection;
    static QString connectionOf(PayoutMethod method);
    /// Lost answers are given up on quickly here; the app waits 30 s.
    static const ProviderOptions LostAnswerFast;

    bool start();    ///< initTestCase: the sandbox
    void setUp();    ///< init: a new journal and connections
    void tearDown(); ///< cleanup

    PayoutRequest request(PayoutMethod method, const char *amount) const;
    static QString sandboxMethod(PayoutMethod method);
    static QString sandboxPath(PayoutMethod method);
    /// What the sandbox has made of this method so far (replays excluded).
    int made(PayoutMethod method) const;
    JournalEntry settled(const QString &key);
    JournalEntry lookedFor(const QString &key);
    /// How many times the payout was looked for in the provider's records.
    int checksOf(const QString &key);
    std::unique_ptr<PayoutController> controller();

protected:
    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ActionJournal> m_journal;
    DinariProvider *m_provider = nullptr;
    DotsProvider *m_dots = nullptr;
    CryptoProvider *m_crypto = nullptr;
    DartProvider *m_dart = nullptr;
    std::unique_ptr<ProviderRegistry> m_registry;
    FixedClock m_clock;
    QString m_dartCustomer;
};
