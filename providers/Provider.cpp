#include "Provider.h"

#include "HttpClient.h"

Provider::Provider(QString connectionName, HttpClient *http, QObject *parent)
    : QObject(parent), m_http(http), m_connection(std::move(connectionName))
{
    http->setParent(this);
}

void Provider::cancelReads()
{
    m_http->abortReads();
}

void Provider::abandonAll()
{
    m_http->abortAll();
}

void Provider::setOptions(const ProviderOptions &options)
{
    m_http->setTimeoutCap(options.timeoutCapMs);
    m_http->setMaxResponseBytes(options.maxResponseBytes);
    if (options.retry)
        m_http->setRetryPolicy(*options.retry);
}
