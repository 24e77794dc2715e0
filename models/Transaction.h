#pragma once

#include "Money.h"
#include "TransactionExtra.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

/// One money movement from any provider, normalized, with the provider's raw record kept.
struct Transaction
{
    enum class Status { Pending, Settled, Declined, Failed, Cancelled, Reversed };
    enum class Direction { Out, In };
    /// What the money did: the one rule every total, chart and export follows. Settled
    /// moved, pending will move; declined, failed, cancelled and reversed (voided,
    /// bounced) did not, and are counted apart.
    enum class Movement { Settled, Pending, NotMoved };
    static constexpr Movement movementOf(Status status)
    {
        return status == Status::Settled   ? Movement::Settled
               : status == Status::Pending ? Movement::Pending
                                           : Movement::NotMoved;
    }

    QString connectionId; ///< the connection's stable id
    QString provider;
    QString connection; ///< the connection's name, a label
    QString id;
    QDateTime date;      ///< UTC
    QString description; ///< merchant or descriptor
    QString cardId;
    QString cardName;
    QString cardLastFour;
    Status status = Status::Pending;
    QString rawStatus;
    Direction direction = Direction::Out;
    Money amount; ///< magnitude; the direction says which way
    QString currency = QStringLiteral("USD");
    std::optional<Money> fee;
    QString merchantCountry;
    TransactionExtra extra; ///< what a provider says beyond the above, where it does
    QByteArray raw;         ///< the provider's JSON record, compact

    static constexpr Status Statuses[] = {Status::Pending, Status::Settled,   Status::Declined,
                                          Status::Failed,  Status::Cancelled, Status::Reversed};

    QString key() const { return connectionId + u'/' + id; }
    /// How a card is named in tables, lists and charts: "Ads ·4242", or the name alone.
    static QString cardLabel(const QString &name, const QString &lastFour);
    static QString statusName(Status status);
    static QString directionName(Direction direction);
};

Q_DECLARE_METATYPE(Transaction)
