-- Treasury Desk team database, schema 1. Applied by `treasuryctl team init`, run as the
-- database owner (a role that may create roles). Clients get SELECT on the tables and
-- EXECUTE on the functions, nothing else: every change goes through a SECURITY
-- DEFINER function that checks the caller's role (session_user, the person logged in)
-- and appends to the hash-chained audit log.
--
-- These files hold the tables, their data and grants; the functions, triggers and views
-- are in functions/, applied after each migration and on every `team init`.

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

revoke all on all tables in schema td from public;
grant select on all tables in schema td to td_viewer;
