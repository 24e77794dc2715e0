#pragma once

#include <QString>

#include <memory>

class QLockFile;

/**
 * One GUI per local store: a second one opened on the same data would race the first for
 * the same payouts. The lock is a QLockFile beside the store, which a crashed owner leaves
 * stale (its process is gone) and the next start takes over. treasuryctl takes no lock: it
 * works beside the GUI through the journal's ownership of each payout.
 */
class DataFolderLock final
{
public:
    explicit DataFolderLock(const QString &storePath);
    ~DataFolderLock();

    /// False, with why() in words, when another running copy holds it.
    bool tryLock();
    QString why() const { return m_why; }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
    QString m_why;
};
