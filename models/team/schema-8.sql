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

-- The role a person has in this team (NULL: none), whatever groups the cluster gives them.
create or replace function td.role_of(p_user text) returns text
language sql stable as $$
  select m.role from td.team_members m join pg_roles r on r.rolname = m.member
  where m.member = p_user and r.rolcanlogin and not r.rolsuper
$$;

create or replace function td.require_role(p_role text) returns void
language plpgsql stable as $$
declare
  mine text := td.role_of(session_user);
begin
  if mine is null or not (p_role = 'td_viewer'
                          or (p_role = 'td_maker' and mine in ('maker', 'admin'))
                          or (p_role = 'td_approver' and mine in ('approver', 'admin'))
                          or (p_role = 'td_admin' and mine = 'admin')) then
    raise exception 'permission denied: % is not a member of % in this team', session_user,
      p_role using errcode = '42501';
  end if;
end
$$;

-- Makers and approvers send what the team approved; viewers never touch a payout in flight.
create or replace function td.require_sender() returns void
language plpgsql stable as $$
begin
  if coalesce(td.role_of(session_user), 'viewer') = 'viewer' then
    raise exception 'permission denied: % may not send payouts', session_user
      using errcode = '42501';
  end if;
end
$$;

create or replace function td.admin_count() returns bigint
language sql stable as $$
  select count(*) from td.team_members m join pg_roles r on r.rolname = m.member
  where m.role = 'admin' and r.rolcanlogin and not r.rolsuper
    and has_database_privilege(r.oid, current_database(), 'CONNECT')
$$;

-- Adding a person (schema 6's checks and grants) makes them a member of this team only.
do $$
begin
  if not exists (select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'td' and p.proname = 'grant_member') then
    alter function td.add_member(text, text, text, boolean) rename to grant_member;
  end if;
end
$$;
create or replace function td.add_member(p_user text, p_role text, p_verifier text,
                                         p_existing boolean) returns void
language plpgsql as $$
begin
  perform td.grant_member(p_user, p_role, p_verifier, p_existing);
  insert into td.team_members (member, role) values (p_user, p_role)
  on conflict (member) do update set role = excluded.role;
end
$$;

-- A role change is this team's: its members table, and the group that lets the person call
-- the functions. Nothing is revoked from the cluster's groups (another team may rely on
-- them); someone without a role here loses the right to connect to this database.
create or replace function td.apply_change(c td.changes) returns void
language plpgsql as $$
declare
  who text := c.payload ->> 'user';
  new_role text := coalesce(c.payload ->> 'role', '');
begin
  if c.kind = 'policy' then
    update td.policy set doc = c.payload, changed = now(), changed_by = c.proposed_by;
    return;
  end if;
  perform td.require_member(who);
  if new_role = '' then
    delete from td.team_members where member = who;
    execute format('revoke connect on database %I from %I', current_database(), who);
  else
    insert into td.team_members (member, role) values (who, new_role)
    on conflict (member) do update set role = excluded.role;
    execute format('grant %I to %I', 'td_' || new_role, who);
  end if;
end
$$;

revoke all on td.team_members from public;
grant select on td.team_members to td_viewer;
revoke all on function td.grant_member(text, text, text, boolean), td.add_member(text, text,
  text, boolean), td.apply_change(td.changes) from public;
grant execute on function td.role_of(text), td.admin_count() to td_viewer;
