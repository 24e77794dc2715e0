#pragma once

#include <QObject>

class CardsModel;
class CardsPage;
class ProviderRegistry;
class TransactionsModel;

/// The selected card's recent transactions, for the Cards page's details panel: from the
/// provider where it lists a card's activity, else from the synced transactions.
class CardDetailsPresenter final : public QObject
{
    Q_OBJECT

public:
    CardDetailsPresenter(ProviderRegistry *providers, CardsModel *cards,
                         TransactionsModel *transactions, CardsPage *page,
                         QObject *parent = nullptr);

private:
    void show(const QString &cardKey);

    ProviderRegistry *m_providers;
    CardsModel *m_cards;
    TransactionsModel *m_transactions;
    CardsPage *m_page;
};
