-- Treasury Desk team database: the team's members and their roles, and the changes admins decide together.
-- Applied again on every `team init` (TeamSchema): this file is what is installed.

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

-- A role change names a person of this team: a login role that may connect to this
-- database, neither a superuser nor one of the td_ group roles (granting td_approver to
-- td_maker would promote every maker of every team in the cluster).
create or replace function td.require_member(p_user text) returns void
language plpgsql stable as $$
begin
  if not exists (select 1 from pg_roles r
                 where r.rolname = p_user and r.rolcanlogin and not r.rolsuper
                   and r.rolname not like 'td\_%'
                   and has_database_privilege(r.oid, current_database(), 'CONNECT')) then
    raise exception 'no person of this team is called %', coalesce(p_user, '')
      using errcode = '22023';
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

-- Roles belong to the whole cluster. A name the owner adds may be a person of another team
-- database, or an operator's role: it keeps its password, and joins only when the owner
-- says it is meant (p_existing). Group roles and superusers are never people of the team.
-- (Schema 6's td.add_member; td.add_member below also records the member in this team.)
create or replace function td.grant_member(p_user text, p_role text, p_verifier text,
                                         p_existing boolean) returns void
language plpgsql as $$
declare
  r pg_roles;
begin
  if p_role not in ('viewer', 'maker', 'approver', 'admin') then
    raise exception 'a role is viewer, maker, approver or admin' using errcode = '22023';
  end if;
  select * into r from pg_roles where rolname = p_user;
  if found then
    if not coalesce(p_existing, false) then
      raise exception 'a role named % exists already in this cluster (perhaps a member of '
        'another team database): add it as an existing role to let it in with its own '
        'password', p_user using errcode = '42710';
    end if;
    if r.rolsuper or not r.rolcanlogin or p_user like 'td\_%' then
      raise exception '% is not a person''s login role', p_user using errcode = '22023';
    end if;
  elsif coalesce(p_existing, false) then
    raise exception 'no role named % exists', p_user using errcode = 'P0002';
  else
    execute format('create role %I login password %L', p_user, p_verifier);
  end if;
  execute format('grant connect on database %I to %I', current_database(), p_user);
  execute format('grant %I to %I', 'td_' || p_role, p_user);
  perform td.append_audit('add member', p_user, jsonb_build_object(
    'role', p_role, 'existing', coalesce(p_existing, false)));
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

create or replace function td.propose_change(p_kind text, p_payload jsonb, out id bigint,
                                             out state text)
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  c td.changes;
begin
  perform td.require_role('td_admin');
  if p_kind = 'policy' and jsonb_typeof(p_payload -> 'rules') is distinct from 'array' then
    raise exception 'a policy has a list of rules' using errcode = '22023';
  end if;
  if p_kind = 'role' then
    if coalesce(p_payload ->> 'role', '') not in ('', 'viewer', 'maker', 'approver', 'admin') then
      raise exception 'a role is viewer, maker, approver or admin' using errcode = '22023';
    end if;
    perform td.require_member(p_payload ->> 'user');
  end if;
  insert into td.changes (kind, payload, proposed_by, state)
  values (p_kind, p_payload, session_user,
          case when td.admin_count() >= 2 then 'pending' else 'applied' end)
  returning * into c;
  if c.state = 'applied' then
    perform td.apply_change(c);
    update td.changes set decided_by = session_user, decided = now() where changes.id = c.id;
  end if;
  perform td.append_audit(case when c.state = 'applied' then 'change' else 'propose' end,
                   p_kind || ' ' || c.id, p_payload);
  id := c.id;
  state := c.state;
end
$$;

create or replace function td.decide_change(p_id bigint, p_approve boolean) returns text
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  c td.changes;
begin
  perform td.require_role('td_admin');
  select * into c from td.changes where id = p_id for update;
  if not found or c.state <> 'pending' then
    raise exception 'no pending change %', p_id using errcode = 'P0002';
  end if;
  if c.proposed_by = session_user then
    raise exception 'permission denied: % proposed this change and cannot decide on it',
      session_user using errcode = '42501';
  end if;
  c.state := case when p_approve then 'applied' else 'rejected' end;
  update td.changes set state = c.state, decided_by = session_user, decided = now()
  where id = p_id;
  if p_approve then
    perform td.apply_change(c);
  end if;
  perform td.append_audit(case when p_approve then 'change' else 'reject change' end,
                   c.kind || ' ' || c.id, c.payload);
  return c.state;
end
$$;

create or replace view td.members as
  select r.rolname as name, td.role_of(r.rolname) as role,
         exists (select 1 from pg_stat_activity s
                 where s.usename = r.rolname and s.datname = current_database()) as connected
  from pg_roles r
  where r.rolcanlogin and td.role_of(r.rolname) is not null and not r.rolsuper
    and has_database_privilege(r.oid, current_database(), 'CONNECT');
