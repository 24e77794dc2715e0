#include "Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPromise>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

KeychainReply replyFor(QKeychain::Job *job)
{
    KeychainReply reply;
    // QtKeychain's text names the backend's trouble; it never contains the secret.
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        reply.status = KeychainReply::Status::Ok;
        return reply;
    case QKeychain::EntryNotFound:
        reply.status = KeychainReply::Status::NotFound;
        reply.message = Keychain::tr("No secret is stored for this connection yet.");
        return reply;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reply.status = KeychainReply::Status::Denied;
        reply.message = Keychain::tr("The keychain refused access (%1).").arg(detail);
        return reply;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux, OtherError is what a missing or unreachable Secret Service gives.
        reply.status = KeychainReply::Status::Unavailable;
        reply.message = Keychain::tr("No keychain is available (%1). %2")
                            .arg(detail, Keychain::unavailableAdvice());
        return reply;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    reply.status = KeychainReply::Status::Failed;
    reply.message = Keychain::tr("The keychain could not do this (%1).").arg(detail);
    return reply;
}

} // namespace

Keychain::Keychain(const QString &service, QObject *parent)
    : QObject(parent), m_service(service.isEmpty() ? QCoreApplication::applicationName() : service)
{}

Keychain::~Keychain()
{
    waitForIdle(2000);
}

QString Keychain::keyFor(const QString &connectionId)
{
    return QStringLiteral("connection/") + connectionId;
}

QString Keychain::unavailableAdvice()
{
    return tr("Treasury Desk keeps secrets only in the system keychain (GNOME Keyring, "
              "KWallet or another Secret Service) and never in a file. Start and unlock "
              "your keyring, then try again, or keep the secret for this session only.");
}

QFuture<KeychainReply> Keychain::read(const QString &connectionId)
{
    const auto it = m_sessionSecrets.constFind(connectionId);
    if (it != m_sessionSecrets.cend()) {
        KeychainReply reply;
        reply.status = KeychainReply::Status::Ok;
        reply.secret = it.value();
        reply.sessionOnly = true;
        return QtFuture::makeReadyFuture(std::move(reply));
    }
    return start(Operation::Read, connectionId, QString());
}

QFuture<KeychainReply> Keychain::write(const QString &connectionId, const QString &secret)
{
    return start(Operation::Write, connectionId, secret);
}

QFuture<KeychainReply> Keychain::remove(const QString &connectionId)
{
    m_sessionSecrets.remove(connectionId);
    return start(Operation::Remove, connectionId, QString());
}

void Keychain::keepForSession(const QString &connectionId, const QString &secret)
{
    m_sessionSecrets.insert(connectionId, secret);
}

bool Keychain::hasSessionSecret(const QString &connectionId) const
{
    return m_sessionSecrets.contains(connectionId);
}

QFuture<KeychainReply> Keychain::start(Operation operation, const QString &connectionId,
                                       const QString &secret)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(connectionId));

    // Settled once, by the job or by the watchdog, whichever comes first.
    auto promise = std::make_shared<QPromise<KeychainReply>>();
    promise->start();
    auto settled = std::make_shared<bool>(false);
    auto settle = [promise, settled](const KeychainReply &reply) {
        if (*settled)
            return;
        *settled = true;
        promise->addResult(reply);
        promise->finish();
    };
    ++m_running;
    connect(job, &QKeychain::Job::finished, this, [this, settle, operation](QKeychain::Job *done) {
        if (--m_running == 0)
            emit idle();
        KeychainReply reply = replyFor(done);
        if (reply.ok() && operation == Operation::Read)
            reply.secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        // Deleting what is not there leaves the wanted state: no secret.
        if (operation == Operation::Remove && reply.status == KeychainReply::Status::NotFound)
            reply.status = KeychainReply::Status::Ok;
        settle(reply);
        // The job deletes itself after this signal: nothing touches it again.
    });
    QTimer::singleShot(m_timeoutMs, this, [settle, seconds = m_timeoutMs / 1000] {
        KeychainReply reply;
        reply.status = KeychainReply::Status::TimedOut;
        reply.message = tr("The keychain did not answer within %n second(s). It may be "
                           "locked and waiting for its password: unlock it and try again.",
                           nullptr, seconds);
        settle(reply);
    });
    job->start();
    return promise->future();
}

bool Keychain::waitForIdle(int milliseconds)
{
    if (m_running == 0)
        return true;
    // Woken by the last job or the deadline, not by polling.
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &Keychain::idle, &loop, &QEventLoop::quit);
    deadline.start(milliseconds);
    loop.exec();
    return m_running == 0;
}
