#pragma once

#include "DashfiParser.h"
#include "HttpClient.h"
#include "Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPromise>
#include <QSet>

#include <memory>

/**
 * Fetches every page of a dash.fi list. Page 1 tells how many pages the server has (its
 * per_page, not ours); the rest are requested a few ahead of what has arrived, never all at
 * once, so what a page claims (last_page 2147483647) costs nothing until pages come. More
 * than MaxPages pages ends in a clear error; a page that brings nothing new ends the pass.
 * If the list changed while paging (the total moved, or a middle page came back short) one
 * more pass runs; items are kept once, by key. Pages left unread, or a list still changing
 * in the second pass, make the result partial, with the reason.
 */
class DashfiPager final : public QObject
{
    Q_OBJECT

public:
    /// A sync reads at most this many pages (of up to 100 items).
    static constexpr int MaxPages = 2000;
    /// Pages asked for before the earlier ones answered.
    static constexpr int Ahead = 4;

    DashfiPager(HttpClient *client, QString path, QUrlQuery query, QString keyField,
                QObject *parent = nullptr);
    QFuture<Result<QList<QJsonObject>>> run();

private:
    void requestPage(int page);
    /// Asks for the next pages, up to Ahead in flight, while there are any.
    void requestMore();
    void onPage(int page, const HttpResponse &response);
    void finishPass();
    void fail(const ProviderError &error);

    HttpClient *m_client;
    QString m_path;
    QUrlQuery m_query;
    QString m_keyField;
    QPromise<Result<QList<QJsonObject>>> m_promise;
    QList<QJsonObject> m_items;
    QHash<QString, qsizetype> m_keys; ///< key -> where in m_items
    QStringList m_conflicts;          ///< keys listed again in one pass with other contents
    QSet<QString> m_passKeys;         ///< read in this pass
    int m_outstanding = 0;
    int m_passes = 0;
    bool m_consistent = true;
    int m_total = -1;
    int m_perPage = 0;
    int m_lastPage = 0;
    int m_nextPage = 2;
    bool m_exhausted = false; ///< a page brought nothing new: the list ended early
    bool m_failed = false;
};
