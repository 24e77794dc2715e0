#pragma once

#include <QIODevice>

/**
 * A request body that can be read once and never rewound.
 *
 * QNetworkAccessManager silently resends a request when the server closes the connection
 * before answering, but only if it can rewind the upload. For a request that moves money
 * a silent resend is a double payment, so such requests carry their body in this device:
 * the resend fails with ContentReSendError, and we report the outcome as unknown instead.
 */
class OneShotBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};
