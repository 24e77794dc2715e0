#include "Payout.h"

#include "AmountInput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

QString PayoutRequest::recipient() const
{
    // The sub-account picked is where the money comes from, not where it goes.
    if (method == PayoutMethod::CryptoToMaster)
        return QCoreApplication::translate("Payout", "the master account (from %1)")
            .arg(recipientLabel.isEmpty() ? value(PayoutField::Wallet) : recipientLabel);
    if (!recipientLabel.isEmpty())
        return recipientLabel;
    switch (method) {
    case PayoutMethod::DotsPayout:
    case PayoutMethod::DotsTransfer:
        return value(PayoutField::DotsUser);
    case PayoutMethod::CryptoWithdrawal:
        return value(PayoutField::Address);
    case PayoutMethod::DartTransfer:
        return value(PayoutField::DartCustomer);
    case PayoutMethod::CryptoToSub:
    case PayoutMethod::CryptoToMaster:
        return value(PayoutField::Wallet);
    case PayoutMethod::DotsPayoutLink:
        return value(PayoutField::Payee).isEmpty()
                   ? QCoreApplication::translate("Payout", "whoever opens the link")
                   : value(PayoutField::Payee);
    case PayoutMethod::DinariZelle:
        return value(PayoutField::ZelleAddress);
    case PayoutMethod::DinariVirtualCard:
        return QStringLiteral("%1 <%2>").arg(value(PayoutField::RecipientName),
                                             value(PayoutField::Email));
    default:
        return value(PayoutField::RecipientName);
    }
}

PayoutState::Progress PayoutState::progressOf(const QString &rawStatus)
{
    // The words the five documents use for a payout's state, and their usual variants.
    static const QStringList underWay = {
        QStringLiteral("pending"),     QStringLiteral("processing"), QStringLiteral("created"),
        QStringLiteral("sending"),     QStringLiteral("confirming"), QStringLiteral("waiting"),
        QStringLiteral("initiated"),   QStringLiteral("submitted"),  QStringLiteral("in_progress"),
        QStringLiteral("in progress"), QStringLiteral("queued"),     QStringLiteral("scheduled"),
        QStringLiteral("paying_out")};
    static const QStringList completed = {
        QStringLiteral("completed"), QStringLiteral("complete"),  QStringLiteral("success"),
        QStringLiteral("succeeded"), QStringLiteral("settled"),   QStringLiteral("paid"),
        QStringLiteral("done"),      QStringLiteral("confirmed"), QStringLiteral("sent")};
    static const QStringList cancelled = {QStringLiteral("cancelled"), QStringLiteral("canceled"),
                                          QStringLiteral("voided"), QStringLiteral("void")};
    static const QStringList failed = {QStringLiteral("failed"),   QStringLiteral("rejected"),
                                       QStringLiteral("returned"), QStringLiteral("reversed"),
                                       QStringLiteral("declined"), QStringLiteral("expired"),
                                       QStringLiteral("error")};
    const QString word = rawStatus.trimmed().toLower();
    if (underWay.contains(word))
        return Progress::UnderWay;
    if (completed.contains(word))
        return Progress::Completed;
    if (cancelled.contains(word))
        return Progress::Cancelled;
    if (failed.contains(word))
        return Progress::Failed;
    return Progress::Unstated;
}

QString PayoutRequest::maskedAccount(const QString &number)
{
    const QString v = number.trimmed();
    return v.size() > 4 ? QString(v.size() - 4, u'•') + v.right(4) : v;
}

QByteArray PayoutRequest::toJournalJson(AccountNumbers accounts) const
{
    QJsonObject values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QString v = it.value().trimmed();
        if (it.key() == PayoutField::BankAccount && accounts == AccountNumbers::Masked)
            v = maskedAccount(v);
        if (!v.isEmpty())
            values.insert(PayoutMethods::fieldKey(it.key()), v);
    }
    const QJsonObject o{{QStringLiteral("method"), PayoutMethods::key(method)},
                        {QStringLiteral("connection"), connection},
                        {QStringLiteral("amount"), amount.toString()},
                        {QStringLiteral("currency"), currency},
                        {QStringLiteral("recipient"), recipientLabel},
                        {QStringLiteral("anchor"), anchor},
                        {QStringLiteral("key"), idempotencyKey},
                        {QStringLiteral("fields"), values}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<PayoutRequest> PayoutRequest::fromJournalJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto method = PayoutMethods::fromKey(o.value(QStringLiteral("method")).toString());
    const auto amount = Money::parse(o.value(QStringLiteral("amount")).toString());
    if (!method || !amount)
        return std::nullopt;
    PayoutRequest r;
    r.method = *method;
    r.connection = o.value(QStringLiteral("connection")).toString();
    r.amount = *amount;
    r.currency = o.value(QStringLiteral("currency")).toString();
    r.recipientLabel = o.value(QStringLiteral("recipient")).toString();
    r.anchor = o.value(QStringLiteral("anchor")).toString();
    r.idempotencyKey = o.value(QStringLiteral("key")).toString();
    const QJsonObject values = o.value(QStringLiteral("fields")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (const auto field = PayoutMethods::fieldFromKey(it.key()))
            r.fields.insert(*field, it.value().toString());
    }
    return r;
}

std::optional<Money> FeeRule::feeFor(const Money &amount, int scale) const
{
    const auto share = amount.checkedMul(percent, scale + 4);
    const auto part =
        share ? share->checkedDiv(Money::fromMinorUnits(100, 0), scale) : std::nullopt;
    const auto total = part ? part->checkedAdd(fixed) : std::nullopt;
    return total ? total->withScale(scale, Money::Rounding::HalfEven) : std::nullopt;
}

QString FeeRule::toText() const
{
    return fixed.toString() + u'+' + percent.toString() + u'%';
}

std::optional<FeeRule> FeeRule::fromText(const QString &text)
{
    const QStringList parts = QString(text).remove(u'%').split(u'+');
    if (parts.size() != 2)
        return std::nullopt;
    const auto fixed = Money::parse(parts[0].trimmed());
    const auto percent = Money::parse(parts[1].trimmed());
    if (!fixed || !percent)
        return std::nullopt;
    return FeeRule{*fixed, *percent};
}

std::optional<FeeRule> FeeRule::read(const QString &text, const QLocale &locale)
{
    const QStringList parts = text.split(u'+');
    if (parts.size() != 2 || !parts[1].trimmed().endsWith(u'%'))
        return std::nullopt;
    const auto fixed = AmountInput::read(parts[0].trimmed(), locale).amount;
    const auto percent = AmountInput::read(parts[1].trimmed().chopped(1).trimmed(), locale).amount;
    if (!fixed || !percent || fixed->isNegative() || percent->isNegative())
        return std::nullopt;
    return FeeRule{*fixed, *percent};
}

QString FeeRule::toLocaleText(const QLocale &locale) const
{
    return fixed.toLocaleString(locale, 2) + QStringLiteral(" + ") +
           percent.normalized().toLocaleString(locale) + QStringLiteral(" %");
}

QString FeeRule::settingKey(PayoutMethod method)
{
    return QStringLiteral("fee.") + PayoutMethods::key(method);
}

namespace PayoutMethods {

namespace {

// A value with a stable key (journal, settings) and text for people.
template<typename E> struct Named
{
    E value;
    const char *key;
    const char *text;
};

template<typename E, size_t N> const Named<E> *find(const Named<E> (&table)[N], E value)
{
    for (const Named<E> &n : table) {
        if (n.value == value)
            return &n;
    }
    return nullptr;
}

template<typename E, size_t N>
std::optional<E> findKey(const Named<E> (&table)[N], const QString &key)
{
    for (const Named<E> &n : table) {
        if (key == QLatin1String(n.key))
            return n.value;
    }
    return std::nullopt;
}

const Named<PayoutField> FieldNames[] = {
    {PayoutField::RecipientName, "recipient_name", QT_TRANSLATE_NOOP("Payout", "Recipient name")},
    {PayoutField::Email, "email", QT_TRANSLATE_NOOP("Payout", "Email")},
    {PayoutField::ZelleAddress, "zelle_address",
     QT_TRANSLATE_NOOP("Payout", "Zelle email or US phone")},
    {PayoutField::BankAccount, "bank_account", QT_TRANSLATE_NOOP("Payout", "Account number")},
    {PayoutField::BankRouting, "bank_routing", QT_TRANSLATE_NOOP("Payout", "Routing number")},
    {PayoutField::Street1, "street_1", QT_TRANSLATE_NOOP("Payout", "Street")},
    {PayoutField::Street2, "street_2", QT_TRANSLATE_NOOP("Payout", "Street (line 2)")},
    {PayoutField::City, "city", QT_TRANSLATE_NOOP("Payout", "City")},
    {PayoutField::Region, "region", QT_TRANSLATE_NOOP("Payout", "State or region")},
    {PayoutField::PostalCode, "postal_code", QT_TRANSLATE_NOOP("Payout", "Postal code")},
    {PayoutField::Country, "country", QT_TRANSLATE_NOOP("Payout", "Country")},
    {PayoutField::BankName, "bank_name", QT_TRANSLATE_NOOP("Payout", "Bank name")},
    {PayoutField::BankStreet1, "bank_street_1", QT_TRANSLATE_NOOP("Payout", "Bank street")},
    {PayoutField::BankStreet2, "bank_street_2",
     QT_TRANSLATE_NOOP("Payout", "Bank street (line 2)")},
    {PayoutField::BankCity, "bank_city", QT_TRANSLATE_NOOP("Payout", "Bank city")},
    {PayoutField::BankRegion, "bank_region", QT_TRANSLATE_NOOP("Payout", "Bank state or region")},
    {PayoutField::BankCountry, "bank_country", QT_TRANSLATE_NOOP("Payout", "Bank country")},
    {PayoutField::DotsUser, "dots_user", QT_TRANSLATE_NOOP("Payout", "Dots user")},
    {PayoutField::Platform, "platform", QT_TRANSLATE_NOOP("Payout", "Pay by")},
    {PayoutField::Payee, "payee", QT_TRANSLATE_NOOP("Payout", "Payee email or US phone")},
    {PayoutField::Delivery, "delivery", QT_TRANSLATE_NOOP("Payout", "Send the link by")},
    {PayoutField::Message, "message", QT_TRANSLATE_NOOP("Payout", "Message with the link")},
    {PayoutField::Memo, "memo", QT_TRANSLATE_NOOP("Payout", "Memo on the link")},
    {PayoutField::Address, "address", QT_TRANSLATE_NOOP("Payout", "Address")},
    {PayoutField::DartCustomer, "dart_customer", QT_TRANSLATE_NOOP("Payout", "DART customer")},
    {PayoutField::Wallet, "wallet", QT_TRANSLATE_NOOP("Payout", "Sub-account")},
    {PayoutField::RecipientAccountId, "recipient_account_id",
     QT_TRANSLATE_NOOP("Payout", "Recipient account ID")},
    {PayoutField::Description, "description",
     QT_TRANSLATE_NOOP("Payout", "Description (the recipient sees it)")},
    {PayoutField::AdminNote, "admin_note",
     QT_TRANSLATE_NOOP("Payout", "Internal note (only your team sees it)")},
};

const Named<PayoutMethod> MethodNames[] = {
    {PayoutMethod::DinariAch, "dinari.ach", QT_TRANSLATE_NOOP("Payout", "ACH bank transfer")},
    {PayoutMethod::DinariSwift, "dinari.swift", QT_TRANSLATE_NOOP("Payout", "SWIFT wire")},
    {PayoutMethod::DinariZelle, "dinari.zelle", QT_TRANSLATE_NOOP("Payout", "Zelle")},
    {PayoutMethod::DinariVirtualCard, "dinari.virtual_card",
     QT_TRANSLATE_NOOP("Payout", "Virtual card")},
    {PayoutMethod::DotsPayout, "dots.payout", QT_TRANSLATE_NOOP("Payout", "Dots payout")},
    {PayoutMethod::DotsPayoutLink, "dots.payout_link",
     QT_TRANSLATE_NOOP("Payout", "Dots payout link")},
    {PayoutMethod::DotsTransfer, "dots.transfer",
     QT_TRANSLATE_NOOP("Payout", "Dots wallet transfer")},
    {PayoutMethod::CryptoWithdrawal, "crypto.withdrawal",
     QT_TRANSLATE_NOOP("Payout", "Crypto withdrawal")},
    {PayoutMethod::DartTransfer, "dart.transfer", QT_TRANSLATE_NOOP("Payout", "DART transfer")},
    {PayoutMethod::CryptoToSub, "crypto.to_sub",
     QT_TRANSLATE_NOOP("Payout", "To a crypto sub-account")},
    {PayoutMethod::CryptoToMaster, "crypto.to_master",
     QT_TRANSLATE_NOOP("Payout", "Sub-account to master")},
};

} // namespace

const QList<PayoutMethod> &all()
{
    static const QList<PayoutMethod> methods = [] {
        QList<PayoutMethod> list;
        for (const Named<PayoutMethod> &m : MethodNames)
            list.append(m.value);
        return list;
    }();
    return methods;
}

QString name(PayoutMethod method)
{
    const auto *m = find(MethodNames, method);
    return m ? QCoreApplication::translate("Payout", m->text) : QString();
}

QString provider(PayoutMethod method)
{
    // Keys are "provider.method".
    return key(method).section(u'.', 0, 0);
}

QString key(PayoutMethod method)
{
    const auto *m = find(MethodNames, method);
    return m ? QLatin1String(m->key) : QString();
}

std::optional<PayoutMethod> fromKey(const QString &text)
{
    // The gateway's own word for the method (SERVICE_ACTION CARD_VIRTUAL), as scripts and
    // the treasuryctl documentation may give it; journals keep the key.
    if (text == QLatin1String("dinari.card_virtual"))
        return PayoutMethod::DinariVirtualCard;
    return findKey(MethodNames, text);
}

QStringList currencies(PayoutMethod method)
{
    if (method == PayoutMethod::CryptoWithdrawal || method == PayoutMethod::CryptoToSub ||
        method == PayoutMethod::CryptoToMaster)
        return {};
    if (method == PayoutMethod::DartTransfer)
        return {QStringLiteral("USDC")};
    return {QStringLiteral("USD")};
}

bool needsQuote(PayoutMethod method)
{
    return method == PayoutMethod::CryptoWithdrawal;
}

QList<PayoutFieldSpec> fields(PayoutMethod method)
{
    const PayoutFieldSpec description{PayoutField::Description, false, 200};
    const PayoutFieldSpec note{PayoutField::AdminNote, false, 250};
    switch (method) {
    case PayoutMethod::DinariAch:
        return {{PayoutField::RecipientName, true, 100},
                {PayoutField::BankAccount, true, 100},
                {PayoutField::BankRouting, true, 9},
                description,
                note};
    case PayoutMethod::DinariSwift:
        return {{PayoutField::RecipientName, true, 100},
                {PayoutField::Street1, true, 200},
                {PayoutField::Street2, false, 200},
                {PayoutField::City, true, 100},
                {PayoutField::Region, true, 100},
                {PayoutField::PostalCode, false, 100},
                {PayoutField::Country, true, 3},
                {PayoutField::BankAccount, true, 100},
                {PayoutField::BankRouting, true, 11},
                {PayoutField::BankName, true, 100},
                {PayoutField::BankStreet1, true, 200},
                {PayoutField::BankStreet2, false, 200},
                {PayoutField::BankCity, true, 100},
                {PayoutField::BankRegion, true, 100},
                {PayoutField::BankCountry, true, 3},
                description,
                note};
    case PayoutMethod::DinariZelle:
        return {{PayoutField::ZelleAddress, true, 100}, description, note};
    case PayoutMethod::DinariVirtualCard:
        return {{PayoutField::RecipientName, true, 100},
                {PayoutField::Email, true, 100},
                {PayoutField::RecipientAccountId, false, 32},
                description,
                note};
    case PayoutMethod::DotsPayout:
        return {{PayoutField::DotsUser, true, 64}, {PayoutField::Platform, true, 16}};
    case PayoutMethod::DotsTransfer:
        return {{PayoutField::DotsUser, true, 64}};
    case PayoutMethod::CryptoWithdrawal:
        return {{PayoutField::Address, true, 128}};
    case PayoutMethod::DartTransfer:
        return {{PayoutField::DartCustomer, true, 100}};
    case PayoutMethod::CryptoToSub:
    case PayoutMethod::CryptoToMaster:
        return {{PayoutField::Wallet, true, 64}};
    case PayoutMethod::DotsPayoutLink:
        return {{PayoutField::Delivery, true, 8},
                {PayoutField::Payee, false, 100},
                {PayoutField::Message, false, 160},
                {PayoutField::Memo, false, 200}};
    }
    return {};
}

QStringList choices(PayoutField field)
{
    switch (field) {
    case PayoutField::Platform:
        return {QStringLiteral("default"), QStringLiteral("ach"), QStringLiteral("paypal"),
                QStringLiteral("venmo")};
    case PayoutField::Delivery:
        // "all" needs both a phone and an email: the form takes one payee contact.
        return {QStringLiteral("link"), QStringLiteral("sms"), QStringLiteral("email")};
    default:
        return {};
    }
}

QString choiceText(PayoutField field, const QString &value)
{
    static const Named<int> texts[] = {
        {0, "default", QT_TRANSLATE_NOOP("Payout", "The payee's default method")},
        {0, "ach", QT_TRANSLATE_NOOP("Payout", "ACH bank transfer")},
        {0, "paypal", QT_TRANSLATE_NOOP("Payout", "PayPal")},
        {0, "venmo", QT_TRANSLATE_NOOP("Payout", "Venmo")},
        {1, "link", QT_TRANSLATE_NOOP("Payout", "Only make the link")},
        {1, "sms", QT_TRANSLATE_NOOP("Payout", "Text message")},
        {1, "email", QT_TRANSLATE_NOOP("Payout", "Email")},
    };
    const int group = field == PayoutField::Platform ? 0 : 1;
    for (const Named<int> &t : texts) {
        if (t.value == group && value == QLatin1String(t.key))
            return QCoreApplication::translate("Payout", t.text);
    }
    return value;
}

QString label(PayoutField field)
{
    const auto *n = find(FieldNames, field);
    return n ? QCoreApplication::translate("Payout", n->text) : QString();
}

QString label(PayoutField field, PayoutMethod method)
{
    // A SWIFT wire's bank is named by its BIC, not by a US routing number.
    if (field == PayoutField::BankRouting && method == PayoutMethod::DinariSwift)
        return QCoreApplication::translate("Payout", "BIC (SWIFT code)");
    return label(field);
}

QString fieldKey(PayoutField field)
{
    const auto *n = find(FieldNames, field);
    return n ? QLatin1String(n->key) : QString();
}

std::optional<PayoutField> fieldFromKey(const QString &key)
{
    return findKey(FieldNames, key);
}

} // namespace PayoutMethods
