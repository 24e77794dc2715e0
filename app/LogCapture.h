#pragma once

#include <QObject>

class LogModel;

/**
 * Copies every Qt log message into its LogModel, for the log window, and on to where
 * messages went before (stderr, the journal). Messages logged on other threads reach the
 * model on its own thread. Several may live at once (tests make more than one app): the
 * newest gets the lines, and the old handler is back when the last one goes.
 */
class LogCapture final : public QObject
{
    Q_OBJECT

public:
    explicit LogCapture(QObject *parent = nullptr);
    ~LogCapture() override;

    LogModel *model() const { return m_model; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text);

    LogModel *m_model;
};
