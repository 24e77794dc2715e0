#pragma once

#include "ProviderError.h"

#include <QUrl>

/// Where we are willing to send credentials: https anywhere, plain http only to this
/// computer (the sandbox and tests), and never an address that holds a user or password.
namespace UrlPolicy {

bool isLoopback(const QUrl &url);
/// An error of kind Refused, or none.
ProviderError check(const QUrl &url);
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace UrlPolicy
