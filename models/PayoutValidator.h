#pragma once

#include "Payout.h"

#include <QMap>
#include <QString>

/**
 * Checks a payout as the user types, field by field, against what the provider documents:
 * required fields and lengths, the ABA routing checksum, a BIC of 8 or 11 characters,
 * ISO 3166 alpha-3 countries, an email address or a 10-digit US phone for Zelle, and an
 * amount in the currency's scale. Each problem is one sentence for the field's own label.
 */
class PayoutValidator final
{
public:
    /// Field problems; empty when every field is right.
    static QMap<PayoutField, QString> fieldProblems(const PayoutRequest &request);
    /// Empty when the amount is positive and fits the currency.
    static QString amountProblem(const PayoutRequest &request);
    static bool isValid(const PayoutRequest &request)
    {
        return fieldProblems(request).isEmpty() && amountProblem(request).isEmpty();
    }

    static bool isAbaRoutingNumber(const QString &text);
    static bool isBic(const QString &text);
    static bool isEmail(const QString &text);
    static bool isUsPhone(const QString &text);
    static bool isUuid(const QString &text);
};
