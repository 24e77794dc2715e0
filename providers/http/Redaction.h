#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * Takes a connection's secrets out of what a provider sent back, before the text reaches a
 * parser, a message, the log, the journal or a file: a provider that echoes the request's
 * Authorization header or its form fields must not make them readable anywhere.
 */
namespace Redaction {

/// What stands where a secret stood.
inline constexpr char Mark[] = "[redacted]";

/// Every form a secret may come back in: as given, percent-encoded, and (for a pair) the
/// Base64 of "id:secret" that Basic authentication sends. Parts shorter than six
/// characters are left out: too common to find without damaging other text.
QList<QByteArray> formsOf(const QStringList &secrets, const QStringList &pairs = {});
/// `text` with every occurrence of each form replaced by Mark, longest forms first.
QByteArray apply(QByteArray text, const QList<QByteArray> &forms);

} // namespace Redaction
