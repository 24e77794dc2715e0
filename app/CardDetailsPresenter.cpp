#include "CardDetailsPresenter.h"

#include "CardActivity.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "ProviderRegistry.h"
#include "TransactionTable.h"
#include "TransactionsModel.h"

CardDetailsPresenter::CardDetailsPresenter(ProviderRegistry *providers, CardsModel *cards,
                                           TransactionsModel *transactions, CardsPage *page,
                                           QObject *parent)
    : QObject(parent), m_providers(providers), m_cards(cards), m_transactions(transactions),
      m_page(page)
{
    connect(page, &CardsPage::cardSelected, this, &CardDetailsPresenter::show);
}

void CardDetailsPresenter::show(const QString &cardKey)
{
    const Card *card = m_cards->card(cardKey);
    if (!card)
        return;
    if (auto *p = m_providers->find<CardActivity>(card->connection)) {
        p->fetchCardTransactions(card->id).then(
            this, [page = m_page, cardKey](const Result<QList<Transaction>> &r) {
                if (r.ok())
                    page->showCardTransactions(cardKey, r.value());
                else
                    page->showCardTransactionsError(cardKey, r.error().summary());
            });
        return;
    }
    // No per-card list (dash.fi): the synced transactions of the card, newest first.
    const TransactionTable &rows = m_transactions->rows();
    QList<int> mine;
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.cardId(r) == card->id && rows.connection(r) == card->connection &&
            rows.provider(r) == card->provider)
            mine.append(r);
    }
    std::sort(mine.begin(), mine.end(),
              [&rows](int a, int b) { return rows.dateMs(a) > rows.dateMs(b); });
    QList<Transaction> list;
    for (int i = 0; i < mine.size() && i < 50; ++i)
        list.append(rows.at(mine[i]));
    m_page->showCardTransactions(cardKey, list);
}
