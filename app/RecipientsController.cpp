#include "RecipientsController.h"

#include "RecipientsPage.h"

RecipientsController::RecipientsController(RecipientsPage *page, ProviderLookup lookup,
                                           QObject *parent)
    : QObject(parent), m_page(page), m_lookup(std::move(lookup))
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

void RecipientsController::choose(const QString &provider, const QString &connection,
                                  const QString &id)
{
    Provider *p = m_lookup(provider, connection);
    if (!p)
        return;
    shown(p->fetchRecipient(id), [this](const RecipientProfile &v) { m_page->showProfile(v); });
    if (provider == QLatin1String("dart"))
        shown(p->fetchTradeScripts(id),
              [this](const QList<TradeScriptInfo> &v) { m_page->showTradeScripts(v); });
}

void RecipientsController::save(const QString &provider, const QString &connection,
                                const RecipientProfile &profile, const QString &password)
{
    Provider *p = m_lookup(provider, connection);
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

void RecipientsController::tokenValue(const QString &provider, const QString &connection,
                                      const QString &id, const QString &token)
{
    if (Provider *p = m_lookup(provider, connection))
        shown(p->fetchTokenValue(id, token),
              [this, token](const Money &v) { m_page->showTokenValue(token, v); });
}

void RecipientsController::setupLink(const QString &provider, const QString &connection,
                                     const QString &id)
{
    if (Provider *p = m_lookup(provider, connection))
        shown(p->recipientSetupLink(id), [this](const QUrl &v) { m_page->openSetupLink(v); });
}
