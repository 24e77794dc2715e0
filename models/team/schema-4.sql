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

-- Names a secret might hide under: a definition with one is refused, so that no desktop
-- ever publishes a credential by mistake.
create or replace function td.holds_secret(p jsonb) returns boolean
language sql immutable as $$
  select exists (
    select 1 from jsonb_each(coalesce(p -> 'settings', '{}'::jsonb)) s
    where s.key ~* '(secret|password|passphrase|token|api[_-]?key|private)'
  ) or p ?| array['secret', 'password', 'token', 'api_key']
$$;

create or replace function td.publish_connection(p_id text, p_provider text, p_name text,
                                                 p_definition jsonb) returns void
language plpgsql security definer set search_path = td, pg_temp as $$
begin
  perform td.require_role('td_admin');
  if td.holds_secret(coalesce(p_definition, '{}'::jsonb)) then
    raise exception 'a connection definition never holds a secret' using errcode = '22023';
  end if;
  insert into td.connections (id, provider, name, definition, published_by)
  values (p_id, p_provider, p_name, coalesce(p_definition, '{}'::jsonb), session_user)
  on conflict (id) do update
    set provider = excluded.provider, name = excluded.name, definition = excluded.definition,
        published_by = session_user, published = now(), retired = null;
  perform td.append_audit('connection', p_id, jsonb_build_object(
    'provider', p_provider, 'name', p_name, 'definition', p_definition));
end
$$;

create or replace function td.retire_connection(p_id text) returns void
language plpgsql security definer set search_path = td, pg_temp as $$
begin
  perform td.require_role('td_admin');
  update td.connections set retired = now() where id = p_id and retired is null;
  if not found then
    raise exception 'no published connection has the id %', p_id using errcode = 'P0002';
  end if;
  perform td.append_audit('retire connection', p_id, '{}'::jsonb);
end
$$;

revoke all on td.connections from public;
revoke all on function td.holds_secret(jsonb), td.publish_connection(text, text, text, jsonb),
  td.retire_connection(text) from public;
grant select on td.connections to td_viewer;
grant execute on function td.publish_connection(text, text, text, jsonb),
  td.retire_connection(text) to td_admin;
