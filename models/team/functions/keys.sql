-- Treasury Desk team database: the members' public signing keys.
-- Applied again on every `team init` (TeamSchema): this file is what is installed.

-- A member registers their public key. The first one is theirs at once (desktops pin it
-- and colleagues compare its fingerprint); a later one waits for an admin's signature.
create or replace function td.register_key(p_public_key text) returns text
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  first boolean;
begin
  if td.role_of(session_user) is null then
    raise exception 'permission denied: % is not a member of this team', session_user
      using errcode = '42501';
  end if;
  if p_public_key is null or p_public_key !~ '^[A-Za-z0-9+/]{43}=$' then
    raise exception 'a public key is 32 bytes in base64' using errcode = '22023';
  end if;
  if exists (select 1 from td.keys k where k.member = session_user and k.public_key = p_public_key)
  then
    return 'registered';
  end if;
  perform pg_advisory_xact_lock(hashtext('td.keys'), hashtext(session_user));
  first := not exists (select 1 from td.keys k where k.member = session_user);
  insert into td.keys (member, public_key) values (session_user, p_public_key);
  perform td.append_audit('register key', session_user,
                          jsonb_build_object('public_key', p_public_key));
  return case when first then 'registered' else 'awaiting approval' end;
end
$$;

-- An admin vouches for a colleague's new key, signing (member, key).
create or replace function td.approve_key(p_member text, p_public_key text, p_signature text)
returns void
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  k td.keys;
begin
  perform td.require_role('td_admin');
  perform td.require_signature(p_signature);
  if p_member = session_user then
    raise exception 'permission denied: another admin approves %''s own new key', session_user
      using errcode = '42501';
  end if;
  select * into k from td.keys
  where member = p_member and public_key = p_public_key for update;
  if not found then
    raise exception '% registered no such key', p_member using errcode = 'P0002';
  end if;
  if k.approved_by is not null or k.id = (select min(id) from td.keys where member = p_member) then
    raise exception 'the key needs no approval' using errcode = '55000';
  end if;
  update td.keys set approved_by = session_user, approval = p_signature, approved = now()
  where id = k.id;
  perform td.append_audit('approve key', p_member, jsonb_build_object(
    'member', p_member, 'public_key', p_public_key, 'signature', p_signature));
end
$$;
