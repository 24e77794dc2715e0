-- Treasury Desk team database, schema 1. Applied by `treasuryctl team init`, run as the
-- database owner (a role that may create roles). Clients get SELECT on the tables and
-- EXECUTE on the functions below, nothing else: every change goes through a SECURITY
-- DEFINER function that checks the caller's role (session_user, the person logged in)
-- and appends to the hash-chained audit log.

create schema td;
revoke all on schema td from public;

do $$
begin
  -- Group roles, shared by every team database of the cluster.
  if not exists (select 1 from pg_roles where rolname = 'td_viewer') then
    create role td_viewer nologin;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'td_maker') then
    create role td_maker nologin in role td_viewer;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'td_approver') then
    create role td_approver nologin in role td_viewer;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'td_admin') then
    create role td_admin nologin in role td_maker, td_approver;
  end if;
end
$$;
grant usage on schema td to td_viewer;

create table td.meta (
  id int primary key default 1 check (id = 1),
  schema_version int not null,
  created timestamptz not null default now()
);
insert into td.meta (schema_version) values (1);

-- One document: rules, the per-person daily total, the hold on new counterparties, and
-- the USD rates the rules value amounts at (stablecoins at par unless an admin says
-- otherwise). Defaults like Brex's.
create table td.policy (
  id int primary key default 1 check (id = 1),
  doc jsonb not null,
  changed timestamptz not null default now(),
  changed_by text not null default session_user
);
insert into td.policy (doc) values ($json${
  "rules": [
    {"name": "any amount to a new country", "new_country": true, "approvals": 1},
    {"name": "over 25,000 USD to a new counterparty", "new_counterparty": true,
     "min_usd": "25000", "approvals": 1},
    {"name": "over 50,000 USD", "min_usd": "50000", "approvals": 1}
  ],
  "daily_limit_usd": "10000",
  "daily_approvals": 1,
  "hold_hours": 24,
  "usd_rates": {"USD": "1", "USDC": "1", "USDT": "1"}
}$json$);

create table td.payouts (
  key text primary key check (length(key) between 8 and 128),
  action text not null default 'payout',
  maker text not null,
  created timestamptz not null default now(),
  updated timestamptz not null default now(),
  provider text not null,
  connection_id text not null,
  connection text not null,
  method text not null,
  amount numeric not null check (amount > 0),
  currency text not null,
  usd numeric,
  counterparty_kind text not null,
  counterparty text not null,
  country text not null default '',
  fields jsonb not null,
  summary jsonb not null,
  state text not null check (state in ('awaiting_approval', 'approved', 'rejected', 'sending',
                                        'sent', 'failed', 'unknown')),
  required int not null,
  reasons jsonb not null,
  owner text,
  claimed_by text,
  lease_until timestamptz,
  reference text not null default '',
  message text not null default ''
);
create index payouts_maker_day on td.payouts (maker, created);

create table td.approvals (
  key text not null references td.payouts (key),
  approver text not null,
  decision text not null check (decision in ('approve', 'reject')),
  note text not null default '',
  at timestamptz not null default now(),
  primary key (key, approver)
);

-- Recipients, bank accounts and addresses paid or asked for; a new bank account or
-- address may first be paid from usable_from on, unless an admin released it.
create table td.counterparties (
  kind text not null,
  value text not null,
  first_seen timestamptz not null default now(),
  usable_from timestamptz not null,
  released_by text,
  released_at timestamptz,
  primary key (kind, value)
);

-- Changes of the policy or of a person's role: applied at once while the team has fewer
-- than two admins, otherwise when a second admin approves.
create table td.changes (
  id bigserial primary key,
  kind text not null check (kind in ('policy', 'role')),
  payload jsonb not null,
  proposed_by text not null,
  proposed timestamptz not null default now(),
  state text not null check (state in ('pending', 'applied', 'rejected')),
  decided_by text,
  decided timestamptz
);

create table td.audit (
  seq bigint primary key,
  at timestamptz not null,
  actor text not null,
  action text not null,
  object text not null,
  detail jsonb not null,
  prev_hash bytea not null,
  hash bytea not null
);

-- The text a row's hash covers: each field as its byte length, a colon and the field,
-- so no field can borrow from its neighbour. Clients rebuild it to verify the chain.
create function td.audit_text(seq bigint, at timestamptz, actor text, action text,
                              object text, detail jsonb) returns text
language sql immutable as $$
  select string_agg(octet_length(f)::text || ':' || f, '' order by n)
  from unnest(array[seq::text,
                    to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    actor, action, object, detail::text]) with ordinality as t(f, n)
$$;

-- Appends are serialised by a transaction-level advisory lock, so two sessions cannot
-- both link to the same previous row; the sequence number is taken under the lock.
create function td.audit_chain() returns trigger
language plpgsql as $$
declare
  last record;
begin
  perform pg_advisory_xact_lock(hashtext('td.audit'));
  select a.seq, a.hash into last from td.audit a order by a.seq desc limit 1;
  new.seq := coalesce(last.seq, 0) + 1;
  new.at := date_trunc('microseconds', clock_timestamp());
  new.actor := session_user;
  new.prev_hash := coalesce(last.hash, ''::bytea);
  new.hash := sha256(new.prev_hash || convert_to(
    td.audit_text(new.seq, new.at, new.actor, new.action, new.object, new.detail), 'UTF8'));
  return new;
end
$$;
create trigger audit_chain before insert on td.audit
  for each row execute function td.audit_chain();

create function td.audit_frozen() returns trigger
language plpgsql as $$
begin
  raise exception 'audit rows are never changed or deleted' using errcode = '42501';
end
$$;
create trigger audit_frozen before update or delete on td.audit
  for each row execute function td.audit_frozen();
create trigger audit_no_truncate before truncate on td.audit
  for each statement execute function td.audit_frozen();

create function td.append_audit(p_action text, p_object text, p_detail jsonb) returns void
language sql as $$
  insert into td.audit (seq, at, actor, action, object, detail, prev_hash, hash)
  values (0, now(), session_user, p_action, p_object, p_detail, ''::bytea, ''::bytea);
  select pg_notify('td_changes', p_action || ' ' || p_object);
$$;

create function td.require_role(p_role text) returns void
language plpgsql as $$
begin
  if not pg_has_role(session_user, p_role, 'MEMBER') then
    raise exception 'permission denied: % is not a member of %', session_user, p_role
      using errcode = '42501';
  end if;
end
$$;

-- The role a person has in the team, the strongest first.
create function td.role_of(p_user text) returns text
language sql stable as $$
  select case
    when not exists (select 1 from pg_roles where rolname = p_user) then null
    when pg_has_role(p_user, 'td_admin', 'MEMBER') then 'admin'
    when pg_has_role(p_user, 'td_approver', 'MEMBER') then 'approver'
    when pg_has_role(p_user, 'td_maker', 'MEMBER') then 'maker'
    when pg_has_role(p_user, 'td_viewer', 'MEMBER') then 'viewer'
  end
$$;

create function td.admin_count() returns bigint
language sql stable as $$
  select count(*) from pg_roles r
  where r.rolcanlogin and not r.rolsuper and pg_has_role(r.oid, 'td_admin', 'MEMBER')
$$;

-- What the policy makes of a payout: how many approvals it needs and why, its USD value
-- (null without a rate), and until when its counterparty is held.
create function td.evaluate(p_provider text, p_connection text, p_method text,
                            p_amount numeric, p_currency text, p_kind text,
                            p_counterparty text, p_country text, p_maker text,
                            out required int, out reasons jsonb, out usd numeric,
                            out held_until timestamptz)
language plpgsql stable as $$
declare
  pol jsonb;
  r jsonb;
  applies boolean;
  new_counterparty boolean;
  new_country boolean;
  today numeric;
  daily_limit numeric;
  cp record;
begin
  select doc into pol from td.policy;
  usd := p_amount * (pol -> 'usd_rates' ->> p_currency)::numeric;
  new_counterparty := not exists (
    select 1 from td.payouts p
    where p.counterparty_kind = p_kind and p.counterparty = p_counterparty and p.state = 'sent');
  new_country := p_country <> '' and not exists (
    select 1 from td.payouts p where p.country = p_country and p.state = 'sent');
  required := 0;
  reasons := '[]'::jsonb;
  for r in select * from jsonb_array_elements(coalesce(pol -> 'rules', '[]'::jsonb)) loop
    applies := true;
    if r ? 'provider' and r ->> 'provider' <> p_provider then applies := false; end if;
    if r ? 'connection' and r ->> 'connection' <> p_connection then applies := false; end if;
    if r ? 'method' and r ->> 'method' <> p_method then applies := false; end if;
    if r ? 'currency' and r ->> 'currency' <> p_currency then applies := false; end if;
    if r ? 'min_amount' and not p_amount > (r ->> 'min_amount')::numeric then
      applies := false;
    end if;
    -- Without a rate the USD value is not known: the rule applies.
    if r ? 'min_usd' and usd is not null and not usd > (r ->> 'min_usd')::numeric then
      applies := false;
    end if;
    if coalesce((r ->> 'new_counterparty')::boolean, false) and not new_counterparty then
      applies := false;
    end if;
    if coalesce((r ->> 'new_country')::boolean, false) and not new_country then
      applies := false;
    end if;
    if applies then
      required := greatest(required, coalesce((r ->> 'approvals')::int, 1));
      reasons := reasons || jsonb_build_array(jsonb_build_object(
        'rule', coalesce(r ->> 'name', 'unnamed rule'),
        'approvals', coalesce((r ->> 'approvals')::int, 1),
        'no_usd_rate', r ? 'min_usd' and usd is null));
    end if;
  end loop;
  -- Splitting a payment does not get round the daily total: it counts every payout of
  -- the person's UTC day that was not rejected or failed.
  daily_limit := (pol ->> 'daily_limit_usd')::numeric;
  if daily_limit is not null then
    select coalesce(sum(p.usd), 0) into today from td.payouts p
    where p.maker = p_maker and p.state not in ('rejected', 'failed')
      and p.created >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC';
    if usd is null or today + usd > daily_limit then
      required := greatest(required, coalesce((pol ->> 'daily_approvals')::int, 1));
      reasons := reasons || jsonb_build_array(jsonb_build_object(
        'rule', 'daily total', 'approvals', coalesce((pol ->> 'daily_approvals')::int, 1),
        'today_usd', today::text, 'limit_usd', daily_limit::text,
        'no_usd_rate', usd is null));
    end if;
  end if;
  if p_kind in ('bank_account', 'address') then
    select * into cp from td.counterparties c where c.kind = p_kind and c.value = p_counterparty;
    if not found then
      held_until := now() + make_interval(hours => coalesce((pol ->> 'hold_hours')::int, 24));
    elsif cp.released_at is null then
      held_until := cp.usable_from;
    end if;
    if held_until <= now() then
      held_until := null;
    end if;
  end if;
end
$$;

create function td.preview_payout(p_provider text, p_connection text, p_method text,
                                  p_amount text, p_currency text, p_kind text,
                                  p_counterparty text, p_country text,
                                  out required int, out reasons jsonb, out usd text,
                                  out held_until timestamptz)
language plpgsql stable security definer set search_path = td, pg_temp as $$
declare
  e record;
begin
  perform td.require_role('td_viewer');
  e := td.evaluate(p_provider, p_connection, p_method, p_amount::numeric, p_currency, p_kind,
                   p_counterparty, p_country, session_user);
  required := e.required;
  reasons := e.reasons;
  usd := e.usd::text;
  held_until := e.held_until;
end
$$;

create function td.request_payout(p_key text, p_provider text, p_connection_id text,
                                  p_connection text, p_method text, p_amount text,
                                  p_currency text, p_kind text, p_counterparty text,
                                  p_country text, p_fields jsonb, p_summary jsonb,
                                  out state text, out required int, out reasons jsonb,
                                  out held_until timestamptz)
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  e record;
  amount numeric := p_amount::numeric;
begin
  perform td.require_role('td_maker');
  if amount <= 0 then
    raise exception 'the amount must be more than zero' using errcode = '22023';
  end if;
  if exists (select 1 from td.payouts p where p.key = p_key) then
    raise exception 'a payout with the key % was already requested', p_key
      using errcode = '23505';
  end if;
  e := td.evaluate(p_provider, p_connection_id, p_method, amount, p_currency, p_kind,
                   p_counterparty, p_country, session_user);
  insert into td.counterparties (kind, value, usable_from)
  values (p_kind, p_counterparty, coalesce(e.held_until, now()))
  on conflict do nothing;
  state := case when e.required > 0 then 'awaiting_approval' else 'approved' end;
  insert into td.payouts (key, maker, provider, connection_id, connection, method, amount,
                          currency, usd, counterparty_kind, counterparty, country, fields,
                          summary, state, required, reasons)
  values (p_key, session_user, p_provider, p_connection_id, p_connection, p_method, amount,
          p_currency, e.usd, p_kind, p_counterparty, coalesce(p_country, ''), p_fields,
          p_summary, state, e.required, e.reasons);
  perform td.append_audit('request', p_key, jsonb_build_object(
    'method', p_method, 'connection', p_connection_id, 'amount', amount::text,
    'currency', p_currency, 'recipient', p_summary -> 'recipient', 'state', state,
    'required', e.required, 'reasons', e.reasons));
  required := e.required;
  reasons := e.reasons;
  held_until := e.held_until;
end
$$;

create function td.decide(p_key text, p_decision text, p_note text) returns text
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  p td.payouts;
  approvals bigint;
begin
  perform td.require_role('td_approver');
  select * into p from td.payouts where key = p_key for update;
  if not found then
    raise exception 'no payout has the key %', p_key using errcode = 'P0002';
  end if;
  if p.maker = session_user then
    raise exception 'permission denied: % asked for this payout and cannot decide on it',
      session_user using errcode = '42501';
  end if;
  if p.state <> 'awaiting_approval' then
    raise exception 'the payout is %, not awaiting approval', p.state using errcode = '55000';
  end if;
  if exists (select 1 from td.approvals a where a.key = p_key and a.approver = session_user) then
    raise exception '% has already decided on this payout', session_user
      using errcode = '23505';
  end if;
  if p_decision = 'reject' and coalesce(btrim(p_note), '') = '' then
    raise exception 'a rejection needs a note' using errcode = '22023';
  end if;
  insert into td.approvals (key, approver, decision, note)
  values (p_key, session_user, p_decision, coalesce(p_note, ''));
  if p_decision = 'reject' then
    p.state := 'rejected';
  else
    select count(*) into approvals from td.approvals a
    where a.key = p_key and a.decision = 'approve';
    if approvals >= p.required then
      p.state := 'approved';
    end if;
  end if;
  update td.payouts set state = p.state, updated = now() where key = p_key;
  perform td.append_audit(p_decision, p_key, jsonb_build_object('note', coalesce(p_note, ''),
                                                         'state', p.state));
  return p.state;
end
$$;

create function td.approve(p_key text, p_note text) returns text
language sql security definer set search_path = td, pg_temp as $$
  select td.decide(p_key, 'approve', p_note)
$$;

create function td.reject(p_key text, p_note text) returns text
language sql security definer set search_path = td, pg_temp as $$
  select td.decide(p_key, 'reject', p_note)
$$;

-- Takes an approved payout for sending, once: of two desktops releasing it at the same
-- moment, the second finds it no longer approved.
create function td.claim(p_key text, p_owner text, p_lease_seconds int) returns boolean
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  p td.payouts;
  held timestamptz;
begin
  if not (pg_has_role(session_user, 'td_maker', 'MEMBER') or
          pg_has_role(session_user, 'td_approver', 'MEMBER')) then
    raise exception 'permission denied: % may not send payouts', session_user
      using errcode = '42501';
  end if;
  select * into p from td.payouts where key = p_key;
  if not found then
    raise exception 'no payout has the key %', p_key using errcode = 'P0002';
  end if;
  if p.state = 'awaiting_approval' then
    raise exception 'the payout still waits for approval' using errcode = '42501';
  end if;
  select c.usable_from into held from td.counterparties c
  where c.kind = p.counterparty_kind and c.value = p.counterparty and c.released_at is null
    and c.usable_from > now();
  if found then
    raise exception 'the new % is held until %', replace(p.counterparty_kind, '_', ' '), held
      using errcode = '55000';
  end if;
  update td.payouts set state = 'sending', owner = p_owner, claimed_by = session_user,
                        lease_until = now() + make_interval(secs => p_lease_seconds),
                        updated = now()
  where key = p_key and state = 'approved';
  if not found then
    return false;
  end if;
  perform td.append_audit('claim', p_key, jsonb_build_object('owner', p_owner));
  return true;
end
$$;

-- Renews the owner's lease on a payout in flight, or takes over one whose lease ran out
-- (its owner stopped): the new owner reconciles it, it never sends it again.
create function td.renew(p_key text, p_owner text, p_lease_seconds int) returns boolean
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  previous text;
begin
  perform td.require_role('td_viewer');
  select owner into previous from td.payouts
  where key = p_key and state in ('sending', 'unknown')
    and (owner = p_owner or lease_until < now())
  for update;
  if not found then
    return false;
  end if;
  update td.payouts set owner = p_owner, claimed_by = session_user,
                        lease_until = now() + make_interval(secs => p_lease_seconds)
  where key = p_key;
  if previous is distinct from p_owner then
    perform td.append_audit('take over', p_key, jsonb_build_object('owner', p_owner,
                                                            'previous', previous));
  end if;
  return true;
end
$$;

create function td.record_outcome(p_key text, p_owner text, p_state text, p_reference text,
                                  p_message text) returns void
language plpgsql security definer set search_path = td, pg_temp as $$
begin
  if p_state not in ('sent', 'failed', 'unknown') then
    raise exception 'an outcome is sent, failed or unknown, not %', p_state
      using errcode = '22023';
  end if;
  update td.payouts set state = p_state, reference = coalesce(p_reference, ''),
                        message = coalesce(p_message, ''), updated = now()
  where key = p_key and owner = p_owner and claimed_by = session_user
    and state in ('sending', 'unknown');
  if not found then
    raise exception 'permission denied: the payout % is not in flight for %', p_key, p_owner
      using errcode = '42501';
  end if;
  perform td.append_audit('outcome', p_key, jsonb_build_object(
    'state', p_state, 'reference', coalesce(p_reference, ''), 'message', coalesce(p_message, '')));
end
$$;

create function td.release_counterparty(p_kind text, p_value text) returns void
language plpgsql security definer set search_path = td, pg_temp as $$
begin
  perform td.require_role('td_admin');
  update td.counterparties set released_by = session_user, released_at = now()
  where kind = p_kind and value = p_value;
  if not found then
    raise exception 'no % % is known', replace(p_kind, '_', ' '), p_value using errcode = 'P0002';
  end if;
  perform td.append_audit('release', p_kind || ' ' || p_value, '{}'::jsonb);
end
$$;

create function td.apply_change(c td.changes) returns void
language plpgsql as $$
declare
  grp text;
begin
  if c.kind = 'policy' then
    update td.policy set doc = c.payload, changed = now(), changed_by = c.proposed_by;
  else
    if not exists (select 1 from pg_roles where rolname = c.payload ->> 'user') then
      raise exception 'no role named %', c.payload ->> 'user' using errcode = 'P0002';
    end if;
    foreach grp in array array['td_viewer', 'td_maker', 'td_approver', 'td_admin'] loop
      execute format('revoke %I from %I', grp, c.payload ->> 'user');
    end loop;
    if coalesce(c.payload ->> 'role', '') <> '' then
      execute format('grant %I to %I', 'td_' || (c.payload ->> 'role'), c.payload ->> 'user');
    end if;
  end if;
end
$$;

create function td.propose_change(p_kind text, p_payload jsonb, out id bigint, out state text)
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  c td.changes;
begin
  perform td.require_role('td_admin');
  if p_kind = 'policy' and jsonb_typeof(p_payload -> 'rules') is distinct from 'array' then
    raise exception 'a policy has a list of rules' using errcode = '22023';
  end if;
  if p_kind = 'role' and coalesce(p_payload ->> 'role', '') not in
     ('', 'viewer', 'maker', 'approver', 'admin') then
    raise exception 'a role is viewer, maker, approver or admin' using errcode = '22023';
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

create function td.decide_change(p_id bigint, p_approve boolean) returns text
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

-- The owner adds people; their passwords arrive as SCRAM verifiers, never in clear.
create function td.add_member(p_user text, p_role text, p_verifier text) returns void
language plpgsql as $$
begin
  if p_role not in ('viewer', 'maker', 'approver', 'admin') then
    raise exception 'a role is viewer, maker, approver or admin' using errcode = '22023';
  end if;
  if exists (select 1 from pg_roles where rolname = p_user) then
    execute format('alter role %I login password %L', p_user, p_verifier);
  else
    execute format('create role %I login password %L', p_user, p_verifier);
  end if;
  execute format('grant connect on database %I to %I', current_database(), p_user);
  execute format('grant %I to %I', 'td_' || p_role, p_user);
  perform td.append_audit('add member', p_user, jsonb_build_object('role', p_role));
end
$$;

create view td.members as
  select r.rolname as name, td.role_of(r.rolname) as role,
         exists (select 1 from pg_stat_activity s
                 where s.usename = r.rolname and s.datname = current_database()) as connected
  from pg_roles r
  where r.rolcanlogin and td.role_of(r.rolname) is not null and not r.rolsuper;

revoke all on all tables in schema td from public;
revoke all on all functions in schema td from public;
grant select on all tables in schema td to td_viewer;
grant execute on function td.audit_text(bigint, timestamptz, text, text, text, jsonb),
  td.role_of(text), td.admin_count(),
  td.preview_payout(text, text, text, text, text, text, text, text) to td_viewer;
grant execute on function td.renew(text, text, int) to td_viewer;
grant execute on function td.request_payout(text, text, text, text, text, text, text, text,
                                            text, text, jsonb, jsonb) to td_maker;
grant execute on function td.approve(text, text), td.reject(text, text) to td_approver;
grant execute on function td.claim(text, text, int), td.record_outcome(text, text, text, text, text)
  to td_maker, td_approver;
grant execute on function td.release_counterparty(text, text),
  td.propose_change(text, jsonb), td.decide_change(bigint, boolean) to td_admin;
