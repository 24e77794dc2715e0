-- Treasury Desk team database, schema 8: one team per database.
--
-- PostgreSQL roles belong to the whole cluster. Up to schema 7 a person's team role was
-- their membership of the cluster-wide td_ group roles, so a maker of one team database
-- was a maker in every other they could connect to, and an admin's role change in one team
-- changed (or took away) the role in all. Now each database keeps its own members and
-- their roles in td.team_members, and every check reads that table with session_user. The
-- td_ groups still carry the privileges to call the functions (granted, never taken back
-- here: another team may need them); they decide nothing.
--
-- Each statement may run again over itself, as in schema 6.

create table if not exists td.team_members (
  member text primary key,
  role text not null check (role in ('viewer', 'maker', 'approver', 'admin')),
  added timestamptz not null default now()
);

-- The members so far: this database's login roles, by the groups they had. (In a cluster
-- that holds other teams, a person's groups are the union of their roles there: an admin
-- checks `team members` after the upgrade.)
insert into td.team_members (member, role)
select r.rolname,
       case when pg_has_role(r.oid, 'td_admin', 'MEMBER') then 'admin'
            when pg_has_role(r.oid, 'td_approver', 'MEMBER') then 'approver'
            when pg_has_role(r.oid, 'td_maker', 'MEMBER') then 'maker'
            else 'viewer' end
from pg_roles r
where r.rolcanlogin and not r.rolsuper and r.rolname not like 'td\_%'
  and pg_has_role(r.oid, 'td_viewer', 'MEMBER')
  and has_database_privilege(r.oid, current_database(), 'CONNECT')
on conflict (member) do nothing;

revoke all on td.team_members from public;
grant select on td.team_members to td_viewer;
