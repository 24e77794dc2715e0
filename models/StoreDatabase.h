#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * One SQLite connection to the local store, opened in WAL mode with full sync so a
 * killed process leaves a consistent database, and migrated to the current schema.
 * Each instance has its own connection name, so each thread opens its own.
 */
class StoreDatabase final
{
    Q_DISABLE_COPY_MOVE(StoreDatabase)

public:
    static constexpr int SchemaVersion = 9;

    explicit StoreDatabase(const QString &path);
    ~StoreDatabase();

    /// Opens and migrates; false with lastError() in words when it cannot.
    bool open();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    /// Schema version found in the file (0 for a new file).
    int fileVersion();

private:
    bool migrate();
    bool exec(const QString &sql);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
    bool m_busy = false; ///< the last failure was another process holding the file
};
