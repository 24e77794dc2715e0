#include "ExternalLink.h"

#include "UrlPolicy.h"

#include <QDesktopServices>

namespace ExternalLink {

bool open(const QUrl &url)
{
    // The same rule as for credentials: https, or plain http to this computer (the demo's
    // sandbox serves its card pages there); never a file, script or remote plain-text page.
    if (url.host().isEmpty() || UrlPolicy::check(url).isError())
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace ExternalLink
