-- Treasury Desk team database, schema 7: requests and decisions signed by their makers.
--
-- Whoever runs the database can change any row: insert an approval, flip a state, append
-- a correctly hashed audit row. What they cannot do is sign for a member. Each member has
-- an Ed25519 key pair (the private half in their OS keychain); the public half is
-- registered here and pinned by every desktop the first time it sees it. The maker signs
-- the request's hash with the number of approvals the policy asked for; each approver
-- signs the hash, the decision and the note; an admin signs a colleague's replaced key.
-- The database only keeps signatures (PostgreSQL cannot check Ed25519); every desktop
-- checks them before it sends, and `audit verify` checks each one in the log.
--
-- Each statement may run again over itself, as in schema 6.

create table if not exists td.keys (
  id bigserial primary key,
  member text not null,
  public_key text not null check (public_key ~ '^[A-Za-z0-9+/]{43}=$'),
  registered timestamptz not null default now(),
  approved_by text,
  approval text,
  approved timestamptz,
  unique (member, public_key)
);
alter table td.payouts add column if not exists maker_signature text;
alter table td.approvals add column if not exists signature text;

-- An Ed25519 signature in base64: 64 bytes. Its truth is for the desktops to check.
create or replace function td.require_signature(p_signature text) returns void
language plpgsql immutable as $$
begin
  if p_signature is null or p_signature !~ '^[A-Za-z0-9+/]{86}==$' then
    raise exception 'a signature is 64 bytes in base64' using errcode = '22023';
  end if;
end
$$;

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

-- The payout `p_key`, locked for this transaction, or the error that there is none.
create or replace function td.locked_payout(p_key text) returns td.payouts
language plpgsql as $$
declare
  p td.payouts;
begin
  select * into p from td.payouts where key = p_key for update;
  if not found then
    raise exception 'no payout has the key %', p_key using errcode = 'P0002';
  end if;
  return p;
end
$$;

-- The maker signs what they filed, with the number of approvals the policy asked for,
-- in the transaction that filed it. Until then nobody decides on it or sends it.
create or replace function td.sign_request(p_key text, p_required int, p_signature text)
returns void
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  p td.payouts;
begin
  perform td.require_role('td_maker');
  perform td.require_signature(p_signature);
  p := td.locked_payout(p_key);
  if p.maker <> session_user then
    raise exception 'permission denied: % did not ask for this payout', session_user
      using errcode = '42501';
  end if;
  if p.maker_signature is not null then
    raise exception 'the request % is signed already', p_key using errcode = '23505';
  end if;
  if p.doc_hash is null or p_required is distinct from p.required then
    raise exception 'the request % asks for % approvals, not %', p_key, p.required, p_required
      using errcode = '22023';
  end if;
  update td.payouts set maker_signature = p_signature where key = p_key;
  perform td.append_audit('sign', p_key, jsonb_build_object(
    'hash', encode(p.doc_hash, 'hex'), 'required', p.required::text, 'signature', p_signature));
end
$$;

drop function if exists td.approve(text, text, text);
drop function if exists td.reject(text, text, text);
drop function if exists td.decide(text, text, text, text);
create or replace function td.decide(p_key text, p_hash text, p_decision text, p_note text,
                                     p_signature text) returns text
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  p td.payouts;
  approvals bigint;
begin
  perform td.require_role('td_approver');
  perform td.require_signature(p_signature);
  p := td.locked_payout(p_key);
  if p.doc_hash is null or p.maker_signature is null then
    raise exception 'the payout % is not signed by its maker; ask for it again', p_key
      using errcode = '55000';
  end if;
  if coalesce(p_hash, '') <> encode(p.doc_hash, 'hex') then
    raise exception 'the decision names another request than the one filed as %', p_key
      using errcode = '22023';
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
  insert into td.approvals (key, approver, decision, note, doc_hash, signature)
  values (p_key, session_user, p_decision, coalesce(p_note, ''), p.doc_hash, p_signature);
  if p_decision = 'reject' then
    p.state := 'rejected';
  else
    select count(*) into approvals from td.approvals a
    where a.key = p_key and a.decision = 'approve' and a.doc_hash = p.doc_hash;
    if approvals >= p.required then
      p.state := 'approved';
    end if;
  end if;
  update td.payouts set state = p.state, updated = now() where key = p_key;
  perform td.append_audit(p_decision, p_key, jsonb_build_object(
    'note', coalesce(p_note, ''), 'state', p.state, 'hash', p_hash, 'signature', p_signature));
  return p.state;
end
$$;
create or replace function td.approve(p_key text, p_hash text, p_note text, p_signature text)
returns text
language sql security definer set search_path = td, pg_temp as $$
  select td.decide(p_key, p_hash, 'approve', p_note, p_signature)
$$;
create or replace function td.reject(p_key text, p_hash text, p_note text, p_signature text)
returns text
language sql security definer set search_path = td, pg_temp as $$
  select td.decide(p_key, p_hash, 'reject', p_note, p_signature)
$$;

-- Only a request its maker signed is taken for sending (td.claim's update, or any other).
create or replace function td.require_maker_signature() returns trigger
language plpgsql as $$
begin
  if new.maker_signature is null then
    raise exception 'the payout % is not signed by its maker; ask for it again', new.key
      using errcode = '55000';
  end if;
  return new;
end
$$;
drop trigger if exists payouts_signed on td.payouts;
create trigger payouts_signed before update of state on td.payouts
  for each row when (new.state = 'sending' and old.state = 'approved')
  execute function td.require_maker_signature();

-- From here on the log holds signatures: `audit verify` expects one on every request and
-- decision after this row.
do $$
begin
  if not exists (select 1 from td.audit where action = 'signatures') then
    perform td.append_audit('signatures', 'schema 7', '{}'::jsonb);
  end if;
end
$$;

revoke all on td.keys from public;
revoke all on function td.require_signature(text), td.locked_payout(text), td.register_key(text),
  td.approve_key(text, text, text), td.sign_request(text, int, text),
  td.decide(text, text, text, text, text), td.approve(text, text, text, text),
  td.reject(text, text, text, text) from public;
grant select on td.keys to td_viewer;
grant execute on function td.register_key(text) to td_viewer;
grant execute on function td.approve_key(text, text, text) to td_admin;
grant execute on function td.sign_request(text, int, text) to td_maker;
grant execute on function td.approve(text, text, text, text), td.reject(text, text, text, text)
  to td_approver;
