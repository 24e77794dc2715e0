#pragma once

#include "ProviderError.h"

#include <optional>
#include <utility>

/// A value or the error that prevented it: what every provider call resolves to.
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

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const ProviderError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ProviderError m_error;
};

/// For calls whose success carries no data (freeze, cancel).
struct Done
{
};
