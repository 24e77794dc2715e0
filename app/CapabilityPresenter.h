#pragma once

#include <QObject>

class MainWindow;
class ProviderRegistry;

/**
 * Shows on each page what the open connections offer, whenever one opens or closes: who
 * can issue cards, which connections send each payout method or batches, which keep
 * recipients (with their forms). Pages learn of connections, never of providers.
 */
class CapabilityPresenter final : public QObject
{
    Q_OBJECT

public:
    CapabilityPresenter(ProviderRegistry *providers, MainWindow *window, QObject *parent = nullptr);
    void update();

private:
    ProviderRegistry *m_providers;
    MainWindow *m_window;
};
