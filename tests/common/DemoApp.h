#pragma once

#include "AppController.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace TestSupport {

/// The app in demo mode as main() starts it, with its own settings (under `organization`)
/// and a throwaway local store; nullptr when the sandbox cannot listen. Header-only: GUI
/// tests that link the app.
inline std::unique_ptr<AppController> startDemoApp(const QString &organization)
{
    QCoreApplication::setOrganizationName(organization);
    QSettings().clear();
    auto app = std::make_unique<AppController>();
    if (!app->startDemo())
        return nullptr;
    app->setStorePath(makeTempDir() + QStringLiteral("/demo.sqlite"));
    app->start();
    return app;
}

} // namespace TestSupport
