#include "RefreshRun.h"

#include "ProviderError.h"

void RefreshRun::add(QFuture<void> work)
{
    ++m_outstanding;
    ++m_started;
    emit progress(m_started - m_outstanding, m_started);
    work.then(this, [this] {
        --m_outstanding;
        emit progress(m_started - m_outstanding, m_started);
        if (m_outstanding == 0)
            emit finished(m_stopping);
    });
}

bool RefreshRun::stoppedBy(const ProviderError &error) const
{
    return m_stopping && error.kind == ProviderError::Kind::Cancelled;
}
