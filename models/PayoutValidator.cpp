#include "PayoutValidator.h"

#include "CountryCodes.h"
#include "Currency.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PayoutValidator", text);
}

} // namespace

bool PayoutValidator::isAbaRoutingNumber(const QString &text)
{
    static const QRegularExpression nineDigits(QStringLiteral("^\\d{9}$"));
    if (!nineDigits.match(text).hasMatch())
        return false;
    // The ABA checksum: 3, 7, 1 weights over the nine digits sum to a multiple of ten.
    static const int weights[] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += weights[i] * text.at(i).digitValue();
    return sum % 10 == 0;
}

bool PayoutValidator::isBic(const QString &text)
{
    static const QRegularExpression bic(
        QStringLiteral("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    return bic.match(text).hasMatch();
}

bool PayoutValidator::isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return email.match(text).hasMatch();
}

bool PayoutValidator::isUsPhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^\\d{10}$"));
    return phone.match(text).hasMatch();
}

bool PayoutValidator::isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

QMap<PayoutField, QString> PayoutValidator::fieldProblems(const PayoutRequest &request)
{
    QMap<PayoutField, QString> problems;
    const QString delivery = request.value(PayoutField::Delivery);
    if (request.method == PayoutMethod::DotsPayoutLink &&
        request.value(PayoutField::Payee).isEmpty() &&
        (delivery == QLatin1String("sms") || delivery == QLatin1String("email")))
        problems.insert(PayoutField::Payee, tr("Required to send the link by %1.").arg(delivery));
    const bool swift = request.method == PayoutMethod::DinariSwift;
    for (const PayoutFieldSpec &spec : PayoutMethods::fields(request.method)) {
        const QString value = request.value(spec.field);
        if (value.isEmpty()) {
            if (spec.required)
                problems.insert(spec.field, tr("Required."));
            continue;
        }
        if (value.size() > spec.maxLength) {
            problems.insert(spec.field, tr("At most %1 characters.").arg(spec.maxLength));
            continue;
        }
        switch (spec.field) {
        case PayoutField::BankRouting:
            if (swift && !isBic(value))
                problems.insert(spec.field,
                                tr("A BIC has 8 or 11 letters and digits, e.g. CITIUS33."));
            else if (!swift && !isAbaRoutingNumber(value))
                problems.insert(spec.field, tr("Not a valid 9-digit ABA routing number."));
            break;
        case PayoutField::Country:
        case PayoutField::BankCountry:
            if (!CountryCodes::instance().isAlpha3(value))
                problems.insert(spec.field, CountryCodes::instance().error().isEmpty()
                                                ? tr("Pick a country from the list.")
                                                : CountryCodes::instance().error());
            break;
        case PayoutField::Email:
            if (!isEmail(value))
                problems.insert(spec.field, tr("Not an email address."));
            break;
        case PayoutField::Platform:
        case PayoutField::Delivery:
            if (!PayoutMethods::choices(spec.field).contains(value))
                problems.insert(spec.field, tr("Pick one of the list."));
            break;
        case PayoutField::Address: {
            // The gateway checks the address for its chain; here only its shape.
            static const QRegularExpression address(QStringLiteral("^[A-Za-z0-9:]{20,128}$"));
            if (!address.match(value).hasMatch())
                problems.insert(spec.field, tr("An address is 20 or more letters and digits."));
            break;
        }
        case PayoutField::Wallet:
        case PayoutField::DartCustomer: {
            static const QRegularExpression userName(QStringLiteral("^[A-Za-z0-9_.-]+$"));
            if (!userName.match(value).hasMatch())
                problems.insert(spec.field, spec.field == PayoutField::Wallet
                                                ? tr("Pick a sub-account from the list.")
                                                : tr("A DART user name, e.g. billyjoel."));
            break;
        }
        case PayoutField::DotsUser:
            if (!isUuid(value))
                problems.insert(spec.field, tr("Pick a Dots user from the list."));
            break;
        case PayoutField::Payee: {
            const bool phone = isUsPhone(value);
            const bool email = isEmail(value);
            if (delivery == QLatin1String("sms") && !phone)
                problems.insert(spec.field, tr("A text message needs a phone number."));
            else if (delivery == QLatin1String("email") && !email)
                problems.insert(spec.field, tr("An email delivery needs an email address."));
            else if (!phone && !email)
                problems.insert(spec.field, tr("An email address or a 10-digit US phone number."));
            break;
        }
        case PayoutField::ZelleAddress:
            if (!isEmail(value) && !isUsPhone(value))
                problems.insert(spec.field, tr("An email address or a 10-digit US phone number."));
            break;
        default:
            break;
        }
    }
    return problems;
}

QString PayoutValidator::amountProblem(const PayoutRequest &request)
{
    const QStringList fixed = PayoutMethods::currencies(request.method);
    if (request.currency.isEmpty())
        return tr("Choose a currency.");
    if (!fixed.isEmpty() && !fixed.contains(request.currency))
        return tr("%1 does not send %2.")
            .arg(PayoutMethods::name(request.method), request.currency);
    if (request.amount.isZero() || request.amount.isNegative())
        return tr("Enter an amount above zero.");
    if (!request.amount.withScale(Currency::scale(request.currency)))
        return tr("%1 has %2 decimal places.")
            .arg(request.currency)
            .arg(Currency::scale(request.currency));
    return QString();
}
