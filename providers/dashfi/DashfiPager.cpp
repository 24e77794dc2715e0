#include "DashfiPager.h"

#include "ProviderSupport.h"

DashfiPager::DashfiPager(HttpClient *client, QString path, QUrlQuery query, QString keyField,
                         QObject *parent)
    : QObject(parent), m_client(client), m_path(std::move(path)), m_query(std::move(query)),
      m_keyField(std::move(keyField))
{}

QFuture<Result<QList<QJsonObject>>> DashfiPager::run()
{
    m_promise.start();
    ++m_passes;
    requestPage(1);
    return m_promise.future();
}

void DashfiPager::requestPage(int page)
{
    QUrlQuery q = m_query;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    ++m_outstanding;
    m_client->send(HttpRequest::get(m_path, q)).then(this, [this, page](const HttpResponse &r) {
        onPage(page, r);
    });
}

void DashfiPager::onPage(int page, const HttpResponse &response)
{
    --m_outstanding;
    if (m_failed) {
        if (m_outstanding == 0)
            deleteLater();
        return;
    }
    if (!response.ok()) {
        fail(response.error);
        return;
    }
    ProviderError parseError;
    const auto json = response.json(&parseError);
    QList<QJsonObject> items;
    DashfiParser::PageMeta meta;
    QString why;
    if (!json || !DashfiParser::page(*json, &items, &meta, &why)) {
        fail(json ? response.parseError(why) : parseError);
        return;
    }
    // New to this pass: a second pass brings items the first already kept.
    int fresh = 0;
    for (const QJsonObject &item : items) {
        const QJsonValue key = item.value(m_keyField);
        const QString k = key.isString() ? key.toString() : QString::number(key.toInteger());
        const bool seenThisPass = m_passKeys.contains(k);
        if (!seenThisPass) {
            m_passKeys.insert(k);
            ++fresh;
        }
        const auto known = m_keys.constFind(k);
        if (known == m_keys.cend()) {
            m_keys.insert(k, m_items.size());
            m_items.append(item);
        } else if (m_items.at(*known) != item) {
            // Read again in the second pass: the newer reading. Twice in one pass with
            // other contents: the first is kept, and that is said.
            if (!seenThisPass)
                m_items[*known] = item;
            else if (!m_conflicts.contains(k))
                m_conflicts.append(k);
        }
    }
    if (page == 1) {
        m_total = meta.total;
        m_perPage = meta.perPage;
        m_lastPage = meta.lastPage;
        m_nextPage = 2;
        m_exhausted = false;
        if (m_lastPage > MaxPages) {
            fail(response.parseError(QStringLiteral("the list says it has %1 pages; more than %2 "
                                                    "are not read")
                                         .arg(m_lastPage)
                                         .arg(MaxPages)));
            return;
        }
    } else {
        if (meta.total != m_total)
            m_consistent = false;
        if (page < m_lastPage && items.size() < m_perPage)
            m_consistent = false;
        // Nothing new (an empty or repeated page): asking for more would only repeat it.
        if (fresh == 0)
            m_exhausted = true;
    }
    requestMore();
    if (m_outstanding == 0)
        finishPass();
}

void DashfiPager::requestMore()
{
    while (!m_exhausted && m_outstanding < Ahead && m_nextPage <= m_lastPage)
        requestPage(m_nextPage++);
}

void DashfiPager::finishPass()
{
    if (!m_consistent && m_passes < 2) {
        m_consistent = true;
        ++m_passes;
        m_passKeys.clear();
        requestPage(1);
        return;
    }
    // Pages left unread after one that brought nothing new, or a list that kept changing
    // while it was read twice: what was read is kept, and said to be incomplete.
    QStringList gaps;
    if (m_nextPage <= m_lastPage)
        gaps << QStringLiteral("a page of the list repeated items already read; pages %1 to %2 "
                               "were not read")
                    .arg(m_nextPage)
                    .arg(m_lastPage);
    gaps << ProviderSupport::conflictingCopies(m_conflicts);
    if (!m_consistent)
        gaps << QStringLiteral("the list changed while it was read (its total or page sizes "
                               "moved), also when read again");
    m_promise.addResult(Result<QList<QJsonObject>>::partial(std::move(m_items), gaps));
    m_promise.finish();
    deleteLater();
}

void DashfiPager::fail(const ProviderError &error)
{
    m_failed = true;
    m_promise.addResult(Result<QList<QJsonObject>>::failure(error));
    m_promise.finish();
    // Pages still in flight come back to this object: delete after the last.
    if (m_outstanding == 0)
        deleteLater();
}
