#include "TransactionDetails.h"

#include "TransactionsModel.h"

#include "Currency.h"
#include "ProviderNames.h"
#include "Transaction.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        // The shortest text that reads back as the same number, as the provider sent it.
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return v.toString();
    default:
        return QString();
    }
}

void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key, scalarText(value)});
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            addJson(item, QStringLiteral("[%1]").arg(i), a.at(i));
    }
}

} // namespace

TransactionDetails::TransactionDetails(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("transactionDetails"));
    setAccessibleName(tr("Transaction details"));
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

void TransactionDetails::clearDetails()
{
    clear();
}

void TransactionDetails::showTransaction(const Transaction &t, const QByteArray &rawJson)
{
    clear();
    const QLocale locale;
    auto *ours = new QTreeWidgetItem(this, {tr("Transaction")});
    auto add = [ours](const QString &field, const QString &value) {
        new QTreeWidgetItem(ours, {field, value});
    };
    add(tr("Date (local)"), locale.toString(t.date.toLocalTime(), QLocale::LongFormat));
    add(tr("Date (UTC)"), t.date.toUTC().toString(Qt::ISODate));
    add(tr("Provider"), ProviderNames::display(t.provider));
    add(tr("Connection"), t.connection);
    add(tr("Transaction ID"), t.id);
    add(tr("Description"), t.description);
    if (!t.cardName.isEmpty() || !t.cardLastFour.isEmpty())
        add(tr("Card"), Transaction::cardLabel(t.cardName, t.cardLastFour));
    // Our word, as in the table; the provider's own beside it when it says more.
    const QString status = TransactionsModel::statusWord(t.status);
    add(tr("Status"), TransactionsModel::providerWordAddsTo(t.status, t.rawStatus)
                          ? tr("%1 (the provider's word: %2)").arg(status, t.rawStatus)
                          : status);
    add(tr("Direction"),
        t.direction == Transaction::Direction::Out ? tr("Money out") : tr("Money in"));
    add(tr("Amount"), Currency::formatLocale(t.amount, t.currency, locale) + u' ' + t.currency);
    const auto money = [&locale](const Money &m, const QString &currency) {
        return (Currency::formatLocale(m, currency, locale) + u' ' + currency).trimmed();
    };
    if (t.fee)
        add(tr("Fee"), money(*t.fee, t.currency));
    // The provider's split of the fee, its fiat price and the chain's id, where it says.
    const TransactionExtra &x = t.extra;
    if (x.networkFee)
        add(tr("Network fee"), money(*x.networkFee, t.currency));
    if (x.platformFee)
        add(tr("Platform fee"), money(*x.platformFee, t.currency));
    if (x.fiatAmount)
        add(tr("Priced at"), money(*x.fiatAmount, x.fiatCurrency));
    if (!x.chainReference.isEmpty())
        add(tr("On chain as"), x.chainReference);
    if (!t.merchantCountry.isEmpty())
        add(tr("Merchant country"), t.merchantCountry);
    ours->setExpanded(true);

    auto *theirs = new QTreeWidgetItem(this, {tr("As the provider sent it")});
    const QJsonDocument doc = QJsonDocument::fromJson(rawJson);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            addJson(theirs, it.key(), it.value());
    } else {
        new QTreeWidgetItem(theirs, {tr("(not kept)")});
    }
    expandItem(theirs);
}
