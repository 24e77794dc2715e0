#pragma once

#include <QUrl>

/// Opens an address a provider handed us (a card's number page, a payout setup link) in
/// the browser, but only an https one (or plain http to this computer): a provider's answer
/// must not make the desktop open a file, a script or a remote plain-text page.
namespace ExternalLink {
/// False, opening nothing, when `url` is not such an address.
bool open(const QUrl &url);
} // namespace ExternalLink
