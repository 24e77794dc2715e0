#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class TeamConnection;

/**
 * The team database's schema as this build ships it: tables, data and table grants as
 * numbered migrations (team/schema-N.sql, never edited once released), and every function,
 * trigger and view as `create or replace` files (team/functions/) that are applied again,
 * with privileges.sql last, after each migration and on every `team init`, all in one
 * transaction. So the files say what is installed, and differences() shows where a
 * database no longer matches them (an operator's edit, a grant added by hand).
 */
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)

public:
    static constexpr int Version = 8;

    explicit TeamSchema(TeamConnection *link) : m_link(link) {}

    /// As the database owner: brings the schema to Version and applies the function
    /// files again. `replaced` gets what differed from the files before (when the schema
    /// was already current). False with the connection's error.
    bool upgrade(QStringList *replaced = nullptr);
    /// What is installed and not as the files say: a function, trigger or view whose
    /// definition or grants differ, or a function no file defines. Changes nothing;
    /// nullopt with the connection's error (the schema must be current).
    std::optional<QStringList> differences();

private:
    bool apply(bool keep, QStringList *differing);
    bool run(const QString &resource);
    bool applyFunctions(bool withPrivileges);
    std::optional<QHash<QString, QString>> installed();
    std::optional<QStringList> notInFiles();

    TeamConnection *m_link;
};
