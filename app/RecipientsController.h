#pragma once

#include "RecipientProfile.h"
#include "Result.h"

#include <QFuture>

#include <QObject>

class ProviderRegistry;
class RecipientsPage;

/// Carries the Recipients page's requests to providers and the answers back.
class RecipientsController final : public QObject
{
    Q_OBJECT

public:
    RecipientsController(RecipientsPage *page, ProviderRegistry *providers,
                         QObject *parent = nullptr);

signals:
    /// A recipient was created or changed: the connection's list is worth reloading.
    void recipientsChanged(const QString &provider, const QString &connection);

private:
    void choose(const QString &provider, const QString &connection, const QString &id);
    void save(const QString &provider, const QString &connection, const RecipientProfile &profile,
              const QString &password);
    void setupLink(const QString &provider, const QString &connection, const QString &id);
    void tokenValue(const QString &provider, const QString &connection, const QString &id,
                    const QString &token);

    /// Hands an answer to `show`, or its error to the page.
    template<typename T, typename Show> void shown(QFuture<Result<T>> answer, Show show)
    {
        answer.then(this, [this, show](const Result<T> &r) {
            if (r.ok())
                show(r.value());
            else
                showError(r.error().summary());
        });
    }
    void showError(const QString &text);

    RecipientsPage *m_page;
    ProviderRegistry *m_providers;
};
