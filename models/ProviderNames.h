#pragma once

#include <QString>

/// How a provider id ("dashfi") is shown to people ("dash.fi").
namespace ProviderNames {
QString display(const QString &providerId);
}
