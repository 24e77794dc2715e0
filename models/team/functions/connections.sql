-- Treasury Desk team database: the team's published connections (never their secrets).
-- Applied again on every `team init` (TeamSchema): this file is what is installed.

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
