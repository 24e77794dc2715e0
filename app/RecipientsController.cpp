#include "RecipientsController.h"

#include "RecipientsPage.h"

RecipientsController::RecipientsController(RecipientsPage *page, ProviderLookup lookup,
                                           QObject *parent)
    : QObject(parent), m_page(page), m_lookup(std::move(lookup))
{
    connect(page, &RecipientsPage::recipientChosen, this, &RecipientsController::choose);
    connect(page, &RecipientsPage::saveRequested, this, &RecipientsController::save);
    connect(page, &RecipientsPage::tokenValueRequested, this, &RecipientsController::tokenValue);
}

void RecipientsController::choose(const QString &provider, const QString &connection,
                                  const QString &id)
{
    Provider *p = m_lookup(provider, connection);
    if (!p)
        return;
    p->fetchRecipient(id).then(this, [this](const Result<RecipientProfile> &r) {
        if (r.ok())
            m_page->showProfile(r.value());
        else
            m_page->showMessage(r.error().summary());
    });
    if (provider == QLatin1String("dart")) {
        p->fetchTradeScripts(id).then(this, [this](const Result<QList<TradeScriptInfo>> &r) {
            if (r.ok())
                m_page->showTradeScripts(r.value());
            else
                m_page->showMessage(r.error().summary());
        });
    }
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
    Provider *p = m_lookup(provider, connection);
    if (!p)
        return;
    p->fetchTokenValue(id, token).then(this, [this, token](const Result<Money> &r) {
        if (r.ok())
            m_page->showTokenValue(token, r.value());
        else
            m_page->showMessage(r.error().summary());
    });
}
