-- Treasury Desk team database, schema 5: counting this team's admins. Roles belong to the
-- whole cluster, which may hold other team databases; schema 1 counted every admin in the
-- cluster, so a second team's admin made this team's changes wait for an admin it does not
-- have. An admin of this team is one who may connect to this database.

create or replace function td.admin_count() returns bigint
language sql stable as $$
  select count(*) from pg_roles r
  where r.rolcanlogin and not r.rolsuper and pg_has_role(r.oid, 'td_admin', 'MEMBER')
    and has_database_privilege(r.oid, current_database(), 'CONNECT')
$$;
