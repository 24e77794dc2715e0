-- Treasury Desk team database, schema 4: the team's connections. An admin publishes the
-- non-secret part of a connection (provider, name, environment, settings) under its
-- stable id, so that every desktop that adds it keys its journal, cards and the policy's
-- connection rules the same way; each desktop keeps the secret in its own keychain. Like
-- schema 3 it may run again over itself.

create table if not exists td.connections (
  id text primary key check (length(id) between 1 and 128),
  provider text not null,
  name text not null check (length(name) between 1 and 200),
  definition jsonb not null,
  published_by text not null,
  published timestamptz not null default now(),
  retired timestamptz
);

revoke all on td.connections from public;
grant select on td.connections to td_viewer;
