#pragma once

#include "ProviderError.h"

#include <QStringList>

#include <optional>
#include <utility>

/**
 * A value or the error that prevented it: what every provider call resolves to. A value
 * may be partial: a list that had to leave items or pages out keeps what it could read
 * and names each gap, so that the rest is shown and the whole is never taken as complete.
 */
template<typename T> class Result
{
public:
    Result() = default;
    static Result success(T value)
    {
        Result r;
        r.m_value = std::move(value);
        return r;
    }
    static Result failure(ProviderError error)
    {
        Result r;
        r.m_error = std::move(error);
        if (!r.m_error.isError())
            r.m_error.kind = ProviderError::Kind::Provider;
        return r;
    }

    /// What could be read, and what was left out and why (one line per gap).
    static Result partial(T value, QStringList gaps)
    {
        Result r = success(std::move(value));
        r.m_gaps = std::move(gaps);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    /// False when the value is known to leave something out.
    bool complete() const { return m_gaps.isEmpty(); }
    const QStringList &gaps() const { return m_gaps; }
    void addGaps(const QStringList &gaps) { m_gaps += gaps; }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const ProviderError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ProviderError m_error;
    QStringList m_gaps;
};

/// For calls whose success carries no data (freeze, cancel).
struct Done
{
};
