#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

struct PayoutRequest;
struct TeamCardAction;

/**
 * A payout or card action as the team files it: one JSON document of texts and objects in
 * RFC 8785 canonical form (members sorted by key, no white space, JSON.stringify's
 * escapes), so that its SHA-256 names exactly one request on every desktop and in the
 * database. The database derives what the policy and people see from it, approvals name its
 * hash, and the sending desktop sends what the document says and nothing else.
 */
namespace TeamRequest {

/// The canonical text of `o`; nullopt when it holds anything but texts and objects.
std::optional<QByteArray> canonical(const QJsonObject &o);
/// The document of a payout sent through the connection `connectionId` of `provider`.
QByteArray forPayout(const PayoutRequest &request, const QString &provider,
                     const QString &connectionId);
QByteArray forCard(const TeamCardAction &action, const QString &provider,
                   const QString &connectionId);
/// SHA-256 of the document, lower-case hex, as the database stores and approvals name it.
QString hash(const QByteArray &document);
/// The document a claim handed over is the one asked for or approved: its hash is
/// `expectedHash` (never an empty one). The one check before anything is sent.
bool isExpected(const QByteArray &document, const QString &expectedHash);
/// The stable id of the connection the document is sent through.
QString connectionIdOf(const QByteArray &document);

} // namespace TeamRequest
