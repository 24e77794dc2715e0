#pragma once

#include "AppController.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

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

/// Its window at the default size, shown, once a whole refresh has finished: what a user
/// sees first. False when the window did not show or the refresh did not end in time.
inline bool showRefreshed(AppController &app)
{
    app.window()->resize(1200, 760);
    app.window()->show();
    if (!QTest::qWaitForWindowExposed(app.window()))
        return false;
    QSignalSpy done(&app, &AppController::refreshFinished);
    app.refreshAll();
    return done.wait(30000);
}

} // namespace TestSupport
