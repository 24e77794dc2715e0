#pragma once

#include "Money.h"

#include <QList>
#include <QString>

/// The crypto gateway emulator's currencies: their names, chains, USD rates, minimums,
/// network fees and address shapes, and the platform's fee.
namespace CryptoSpecs {

struct Spec
{
    const char *code;
    const char *name;
    const char *token;
    const char *chain;
    const char *usd;        ///< USD per unit
    const char *minimum;    ///< smallest withdrawal
    const char *networkFee; ///< per withdrawal, in the currency
    const char *address;    ///< what an address on that chain looks like
    bool stable;
};

/// Every currency the gateway handles.
const QList<Spec> &all();
/// The currency of `code`, or nullptr.
const Spec *find(const QString &code);
Money money(const char *text);
/// An amount with the gateway's eight decimals.
QString eight(const Money &m);
/// The platform's percentage of a withdrawal.
Money platformFee(const Money &amount);

} // namespace CryptoSpecs
