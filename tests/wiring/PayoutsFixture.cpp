#include "PayoutsFixture.h"

#include "CryptoEmulator.h"
#include "CryptoProvider.h"
#include "DartEmulator.h"
#include "DartProvider.h"
#include "DinariEmulator.h"
#include "DinariProvider.h"
#include "DotsEmulator.h"
#include "DotsProvider.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

const ProviderOptions PayoutsFixture::LostAnswerFast{1500, std::nullopt};

// One connection per provider; names are unique across providers, as in the app.
const QString PayoutsFixture::Connection = QStringLiteral("Dinari main");
const QString PayoutsFixture::DotsConnection = QStringLiteral("Dots main");
const QString PayoutsFixture::CryptoConnection = QStringLiteral("Crypto main");
const QString PayoutsFixture::DartConnection = QStringLiteral("DART main");

QString PayoutsFixture::connectionOf(PayoutMethod method)
{
    const QString key = PayoutMethods::key(method);
    if (key.startsWith(QLatin1String("dots.")))
        return DotsConnection;
    if (key.startsWith(QLatin1String("crypto.")))
        return CryptoConnection;
    if (key.startsWith(QLatin1String("dart.")))
        return DartConnection;
    return Connection;
}

bool PayoutsFixture::start()
{
    m_sandbox = TestSupport::startedSandbox(50);
    return m_sandbox != nullptr;
}

void PayoutsFixture::setUp()
{
    m_sandbox->faults().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_journal =
        std::make_unique<ActionJournal>(m_dir->filePath(QStringLiteral("store.sqlite")), m_clock);
    if (!m_journal->open())
        qFatal("journal: %s", qPrintable(m_journal->lastError()));
    const QStringList cred = m_sandbox->credential(QStringLiteral("dinari")).split(u':');
    m_provider = new DinariProvider(Connection, &m_nam,
                                    m_sandbox->baseUrl(QStringLiteral("dinari")), cred[0], cred[1]);
    m_provider->setOptions(LostAnswerFast);
    const QStringList dots = m_sandbox->credential(QStringLiteral("dots")).split(u':');
    m_dots = new DotsProvider(
        DotsConnection, &m_nam, m_sandbox->baseUrl(QStringLiteral("dots")), dots[0], dots[1],
        m_sandbox->settings(QStringLiteral("dots"))[QStringLiteral("app_id")].toString());
    m_dots->setOptions(LostAnswerFast);
    const QStringList crypto = m_sandbox->credential(QStringLiteral("crypto")).split(u':');
    m_crypto =
        new CryptoProvider(CryptoConnection, &m_nam, m_sandbox->baseUrl(QStringLiteral("crypto")),
                           crypto[0], crypto[1]);
    m_crypto->setOptions(LostAnswerFast);
    QStringList customers;
    for (const auto &v :
         m_sandbox->settings(QStringLiteral("dart"))[QStringLiteral("customers")].toArray())
        customers.append(v.toString());
    m_dartCustomer = customers.value(0);
    m_dart = new DartProvider(DartConnection, &m_nam, m_sandbox->baseUrl(QStringLiteral("dart")),
                              m_sandbox->credential(QStringLiteral("dart")), customers);
    m_dart->setOptions(LostAnswerFast);
    m_registry = std::make_unique<ProviderRegistry>();
    for (Provider *p : std::initializer_list<Provider *>{m_provider, m_dots, m_crypto, m_dart})
        m_registry->add(p);
}

void PayoutsFixture::tearDown()
{
    delete m_provider;
    m_provider = nullptr;
    delete m_dots;
    m_dots = nullptr;
    delete m_crypto;
    m_crypto = nullptr;
    delete m_dart;
    m_dart = nullptr;
    m_journal.reset();
    m_registry.reset();
}

std::unique_ptr<PayoutController> PayoutsFixture::controller()
{
    auto payouts = std::make_unique<PayoutController>(m_journal.get(), m_registry.get(), m_clock);
    // The app's window is an hour by its clock; the pauses between checks are shortened.
    PayoutSettling quick;
    quick.firstCheckMs = 100;
    quick.maxCheckMs = 400;
    payouts->setSettling(QString(), quick);
    return payouts;
}

namespace {
// How the sandbox names and routes each method.
struct SandboxRoute
{
    PayoutMethod method;
    const char *name;
    const char *path;
};
const SandboxRoute Routes[] = {
    {PayoutMethod::DinariAch, "ACH", "/"},
    {PayoutMethod::DinariSwift, "SWIFT", "/swift-transfer"},
    {PayoutMethod::DinariZelle, "ZELLE", "/send-money"},
    {PayoutMethod::DinariVirtualCard, "CARD_VIRTUAL", "/send-transaction"},
    {PayoutMethod::DotsPayout, "", "/payouts"},
    {PayoutMethod::DotsPayoutLink, "", "/payout-links"},
    {PayoutMethod::DotsTransfer, "", "/transfers"},
    {PayoutMethod::CryptoWithdrawal, "", "/withdrawal/"},
    {PayoutMethod::DartTransfer, "", "/customer/transfer-amount"},
    {PayoutMethod::CryptoToSub, "", "/wallets/transfer-to-user/"},
    {PayoutMethod::CryptoToMaster, "", "/wallets/withdraw-to-master/"},
};
const SandboxRoute &routeOf(PayoutMethod method)
{
    return *std::find_if(std::begin(Routes), std::end(Routes),
                         [method](const SandboxRoute &r) { return r.method == method; });
}
} // namespace

QString PayoutsFixture::sandboxMethod(PayoutMethod method)
{
    return QLatin1String(routeOf(method).name);
}

QString PayoutsFixture::sandboxPath(PayoutMethod method)
{
    return QLatin1String(routeOf(method).path);
}

int PayoutsFixture::made(PayoutMethod method) const
{
    switch (method) {
    case PayoutMethod::DotsPayout:
        return m_sandbox->dots().payoutCount();
    case PayoutMethod::DotsPayoutLink:
        return m_sandbox->dots().linkCount();
    case PayoutMethod::DotsTransfer:
        return m_sandbox->dots().transferCount();
    case PayoutMethod::CryptoWithdrawal:
        return m_sandbox->crypto().withdrawalCount();
    case PayoutMethod::DartTransfer:
        return m_sandbox->dart().transferCount();
    case PayoutMethod::CryptoToSub:
    case PayoutMethod::CryptoToMaster:
        return m_sandbox->crypto().transferCount();
    default:
        return m_sandbox->dinari().sentCount(sandboxMethod(method));
    }
}

PayoutRequest PayoutsFixture::request(PayoutMethod method, const char *amount) const
{
    PayoutRequest r;
    r.method = method;
    r.connection = connectionOf(method);
    // Below the sandbox's seeded amounts (20 and up), so only this payout can match.
    r.amount = *Money::parse(QString::fromLatin1(amount));
    r.currency = QStringLiteral("USD");
    r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    switch (method) {
    case PayoutMethod::DinariAch:
        r.fields = {{PayoutField::RecipientName, QStringLiteral("Sage Smith")},
                    {PayoutField::BankAccount, QStringLiteral("1234567890")},
                    {PayoutField::BankRouting, QStringLiteral("021000021")}};
        break;
    case PayoutMethod::DinariSwift:
        r.fields = {{PayoutField::RecipientName, QStringLiteral("Sage Smith")},
                    {PayoutField::Street1, QStringLiteral("1 Main St")},
                    {PayoutField::City, QStringLiteral("Berlin")},
                    {PayoutField::Region, QStringLiteral("Berlin")},
                    {PayoutField::Country, QStringLiteral("DEU")},
                    {PayoutField::BankAccount, QStringLiteral("DE89370400440532013000")},
                    {PayoutField::BankRouting, QStringLiteral("DEUTDEFF")},
                    {PayoutField::BankName, QStringLiteral("Deutsche Bank")},
                    {PayoutField::BankStreet1, QStringLiteral("Taunusanlage 12")},
                    {PayoutField::BankCity, QStringLiteral("Frankfurt")},
                    {PayoutField::BankRegion, QStringLiteral("Hessen")},
                    {PayoutField::BankCountry, QStringLiteral("DEU")}};
        break;
    case PayoutMethod::DinariZelle:
        r.fields = {{PayoutField::ZelleAddress, QStringLiteral("ssmith@example.com")}};
        break;
    case PayoutMethod::DinariVirtualCard:
        r.fields = {{PayoutField::RecipientName, QStringLiteral("Sage Smith")},
                    {PayoutField::Email, QStringLiteral("ssmith@example.com")}};
        break;
    case PayoutMethod::DotsPayout:
        r.fields = {{PayoutField::DotsUser, m_sandbox->dots().userIds().value(0)},
                    {PayoutField::Platform, QStringLiteral("paypal")}};
        break;
    case PayoutMethod::DotsTransfer:
        r.fields = {{PayoutField::DotsUser, m_sandbox->dots().userIds().value(0)}};
        break;
    case PayoutMethod::CryptoToSub:
    case PayoutMethod::CryptoToMaster:
        r.currency = QStringLiteral("USDTTRC20");
        r.fields = {{PayoutField::Wallet, m_sandbox->crypto().walletIds().value(0)}};
        break;
    case PayoutMethod::DartTransfer:
        r.currency = QStringLiteral("USDC");
        r.fields = {{PayoutField::DartCustomer, m_dartCustomer}};
        break;
    case PayoutMethod::CryptoWithdrawal:
        r.currency = QStringLiteral("USDTTRC20");
        r.fields = {{PayoutField::Address, u'T' + QStringLiteral("Ab3").repeated(11)}};
        break;
    case PayoutMethod::DotsPayoutLink:
        r.fields = {{PayoutField::Delivery, QStringLiteral("email")},
                    {PayoutField::Payee, QStringLiteral("ssmith@example.com")},
                    {PayoutField::Memo, QStringLiteral("November commission")}};
        break;
    }
    return r;
}

JournalEntry PayoutsFixture::settled(const QString &key)
{
    // Still open after the wait: the caller's state check fails and says so.
    std::optional<JournalEntry> entry;
    if (!QTest::qWaitFor([&] { return (entry = m_journal->byKey(key)) && !entry->isOpen(); },
                         15000))
        qWarning("journal entry %s still open", qPrintable(key));
    return entry.value_or(JournalEntry());
}

JournalEntry PayoutsFixture::lookedFor(const QString &key)
{
    // Not found yet never settles on its own: wait for the first check instead.
    if (!QTest::qWaitFor([&] { return checksOf(key) > 0; }, 15000))
        qWarning("journal entry %s never looked for", qPrintable(key));
    return m_journal->byKey(key).value_or(JournalEntry());
}

int PayoutsFixture::checksOf(const QString &key)
{
    const auto entry = m_journal->byKey(key);
    return entry ? int(QJsonDocument::fromJson(entry->checks).array().size()) : -1;
}
