#include "DataFolderLock.h"

#include "SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

DataFolderLock::DataFolderLock(const QString &storePath)
    : m_path(storePath + QStringLiteral(".lock"))
{}

DataFolderLock::~DataFolderLock() = default;

bool DataFolderLock::tryLock()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    SafeFile::makeOwnerOnlyPath(dir);
    m_lock = std::make_unique<QLockFile>(m_path);
    if (m_lock->tryLock(0)) {
        SafeFile::restrictToOwner(m_path);
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app))
        m_why = QCoreApplication::translate(
                    "DataFolderLock",
                    "Treasury Desk is already open on this data (process %1 on %2). Use that "
                    "window: two windows on the same journal could check the same payout at "
                    "once. treasuryctl works beside it.")
                    .arg(pid)
                    .arg(host);
    else
        m_why = QCoreApplication::translate("DataFolderLock",
                                            "The data folder cannot be locked (%1): %2")
                    .arg(m_path)
                    .arg(int(m_lock->error()));
    m_lock.reset();
    return false;
}
