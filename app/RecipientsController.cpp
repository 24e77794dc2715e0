#include "RecipientsController.h"

#include "ProviderRegistry.h"
#include "RecipientDirectory.h"
#include "RecipientSetupLinks.h"
#include "RecipientsPage.h"
#include "TradeScripts.h"

RecipientsController::RecipientsController(RecipientsPage *page, ProviderRegistry *providers,
                                           QObject *parent)
    : QObject(parent), m_page(page), m_providers(providers)
{
    connect(page, &RecipientsPage::recipientChosen, this, &RecipientsController::choose);
    connect(page, &RecipientsPage::saveRequested, this, &RecipientsController::save);
    connect(page, &RecipientsPage::tokenValueRequested, this, &RecipientsController::tokenValue);
    connect(page, &RecipientsPage::setupLinkRequested, this, &RecipientsController::setupLink);
}

void RecipientsController::showError(const QString &text)
{
    m_page->showMessage(text);
}

void RecipientsController::choose(const QString &, const QString &connection, const QString &id)
{
    if (auto *p = m_providers->find<RecipientDirectory>(connection))
        shown(p->fetchRecipient(id), [this](const RecipientProfile &v) { m_page->showProfile(v); });
    if (auto *p = m_providers->find<TradeScripts>(connection))
        shown(p->fetchTradeScripts(id),
              [this](const QList<TradeScriptInfo> &v) { m_page->showTradeScripts(v); });
}

void RecipientsController::save(const QString &provider, const QString &connection,
                                const RecipientProfile &profile, const QString &password)
{
    auto *p = m_providers->find<RecipientDirectory>(connection);
    if (!p) {
        m_page->showMessage(tr("The connection %1 is not open.").arg(connection));
        return;
    }
    p->saveRecipient(profile, password)
        .then(this, [this, provider, connection](const Result<RecipientProfile> &r) {
            if (!r.ok()) {
                m_page->showMessage(r.error().summary());
                return;
            }
            m_page->showMessage(tr("Saved: %1 %2 (%3).")
                                    .arg(r.value().firstName, r.value().lastName, r.value().id));
            emit recipientsChanged(provider, connection);
        });
}

void RecipientsController::tokenValue(const QString &, const QString &connection, const QString &id,
                                      const QString &token)
{
    if (auto *p = m_providers->find<TradeScripts>(connection))
        shown(p->fetchTokenValue(id, token),
              [this, token](const Money &v) { m_page->showTokenValue(token, v); });
}

void RecipientsController::setupLink(const QString &, const QString &connection, const QString &id)
{
    if (auto *p = m_providers->find<RecipientSetupLinks>(connection))
        shown(p->recipientSetupLink(id), [this](const QUrl &v) { m_page->openSetupLink(v); });
}
