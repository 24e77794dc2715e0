#pragma once

#include <QList>
#include <QMutex>
#include <QString>

/// A fault the sandbox injects into matching requests.
struct FaultRule
{
    enum class Kind {
        Latency,          ///< answer normally after latencyMs
        Status,           ///< answer `status` (500, 502, 503) without processing
        RateLimit,        ///< 429 with Retry-After
        Timeout,          ///< never answer, do not process
        TimeoutAfter,     ///< process, then never answer
        MalformedJson,    ///< a 200 whose JSON is cut short
        HtmlPage,         ///< an HTML error page (status 502 unless given)
        CutMidBody,       ///< process, send half the body, close the connection
        DropAfterProcess, ///< process, then close the connection without a byte
        SlowCommit,       ///< take the request, commit it only after latencyMs, then answer
        SeeOtherAfter,    ///< process, then answer 303 See Other (to the same host)
        Trickle,          ///< process, then send the answer a byte every latencyMs
        ClockSkew         ///< process with the provider's clock `minutes` off, answer normally
    };

    QString provider = QStringLiteral("*"); ///< dashfi, dinari, dots, crypto, dart or *
    QString path = QStringLiteral("*"); ///< path below the provider prefix; prefix match, * for all
    QByteArray method;                  ///< empty: any
    Kind kind = Kind::Status;
    int status = 503;
    int latencyMs = 0;
    int minutes = 0;    ///< ClockSkew: how far the provider's clock is off (a zone-less time in
                        ///< another zone is off by the zone's offset)
    bool lost = false;  ///< ClockSkew: and the answer never comes
    int remaining = -1; ///< how many requests it hits; -1 for all

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

/**
 * The sandbox's fault table, set at start (`--faults`) or at run time (in-process or by
 * `POST /_sandbox/faults`). Spec: rules separated by ';', each
 * `provider:path:kind[:key=value,...]`, e.g. `dashfi:/cards:status:status=502,count=2`.
 * Kinds: latency, status (or 500...599), 429, timeout, timeout-after, malformed, html, cut,
 * drop-after, slow-commit, 303-after, trickle (each with ms=N) and skew (minutes=N, and
 * `lost` to never answer).
 */
class FaultInjector
{
public:
    void add(const FaultRule &rule);
    void clear();
    /// Parses a spec; on failure returns false with *error set and changes nothing.
    bool addSpec(const QString &spec, QString *error);
    /// The first rule matching, consuming one of its hits.
    bool take(const QString &provider, const QString &path, const QByteArray &method,
              FaultRule *hit);
    QList<FaultRule> rules() const;

private:
    mutable QMutex m_mutex;
    QList<FaultRule> m_rules;
};
