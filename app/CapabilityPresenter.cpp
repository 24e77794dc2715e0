#include "CapabilityPresenter.h"

#include "BatchPayouts.h"
#include "CardIssuing.h"
#include "CardsPage.h"
#include "MainWindow.h"
#include "PayoutSender.h"
#include "PayoutsPage.h"
#include "ProviderRegistry.h"
#include "RecipientDirectory.h"
#include "RecipientsPage.h"

CapabilityPresenter::CapabilityPresenter(ProviderRegistry *providers, MainWindow *window,
                                         QObject *parent)
    : QObject(parent), m_providers(providers), m_window(window)
{
    connect(providers, &ProviderRegistry::changed, this, &CapabilityPresenter::update);
    update();
}

void CapabilityPresenter::update()
{
    QList<std::pair<QString, QString>> issuers;
    for (const Provider *p : m_providers->offering<CardIssuing>())
        issuers.append({p->providerId(), p->connectionName()});
    m_window->cardsPage()->setCardIssuers(issuers);

    QHash<PayoutMethod, QStringList> payers;
    for (Provider *p : m_providers->offering<PayoutSender>()) {
        for (const PayoutMethod m : qobject_cast<PayoutSender *>(p)->payoutMethods())
            payers[m].append(p->connectionName());
    }
    // A virtual card is issued by paying it out.
    m_window->cardsPage()->setVirtualCardIssuing(payers.contains(PayoutMethod::DinariVirtualCard));
    for (const PayoutMethod m : PayoutMethods::all())
        m_window->payoutsPage()->setConnections(m, payers.value(m));
    QStringList batchers;
    for (const Provider *p : m_providers->offering<BatchPayouts>())
        batchers.append(p->connectionName());
    m_window->payoutsPage()->setBatchConnections(batchers);

    QList<std::pair<QString, QString>> keepers;
    QHash<QString, RecipientForm> forms;
    for (Provider *p : m_providers->offering<RecipientDirectory>()) {
        keepers.append({p->providerId(), p->connectionName()});
        forms.insert(p->connectionName(), qobject_cast<RecipientDirectory *>(p)->recipientForm());
    }
    m_window->recipientsPage()->setConnections(keepers, forms);
}
