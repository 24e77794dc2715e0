#pragma once

#include <QWidget>

/**
 * What a first start shows instead of empty pages: try the demo, add a connection (with
 * what to have at hand for each provider), or join the team's database.
 */
class FirstRunPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPage(QWidget *parent = nullptr);

signals:
    void demoRequested();
    void connectionsRequested();
    void teamRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    class QLabel *m_needs;
};
