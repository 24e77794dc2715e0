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
 * per_page, not ours); the rest are requested at once and paced by the client's rate
 * limit. If the list changed while paging (the total moved, or a middle page came back
 * short) one more pass runs; items are kept once, by key.
 */
class DashfiPager final : public QObject
{
    Q_OBJECT

public:
    DashfiPager(HttpClient *client, QString path, QUrlQuery query, QString keyField,
                QObject *parent = nullptr);
    QFuture<Result<QList<QJsonObject>>> run();

private:
    void requestPage(int page);
    void onPage(int page, const HttpResponse &response);
    void finishPass();
    void fail(const ProviderError &error);

    HttpClient *m_client;
    QString m_path;
    QUrlQuery m_query;
    QString m_keyField;
    QPromise<Result<QList<QJsonObject>>> m_promise;
    QList<QJsonObject> m_items;
    QSet<QString> m_keys;
    int m_outstanding = 0;
    int m_passes = 0;
    bool m_consistent = true;
    int m_total = -1;
    int m_perPage = 0;
    int m_lastPage = 0;
    bool m_failed = false;
};
