#pragma once

#include "LoopbackHttpServer.h"

/// DART's /customer/usdc-balance as it answers for a deactivated customer ("retired": a
/// 404) and for any other (`balance` USDC), for tests of lists read in part.
inline ServerResponse retiredCustomerWallet(const ServerRequest &r, const QByteArray &balance)
{
    if (r.query.queryItemValue(QStringLiteral("dart_user_name")) == QLatin1String("retired"))
        return ServerResponse::raw(404, "application/json",
                                   R"({"detail": "Customer is deactivated"})");
    return ServerResponse::raw(200, "application/json",
                               R"({"total_usdc_balance": ")" + balance + R"("})");
}
