-- Treasury Desk team database: claiming an approved request for sending, its lease, and the outcome.
-- Applied again on every `team init` (TeamSchema): this file is what is installed.

-- A lease is a few minutes at most: a desktop that stops leaves its payout to a colleague
-- soon, and nobody holds one for years.
create or replace function td.lease(p_seconds int) returns interval
language plpgsql immutable as $$
begin
  if p_seconds is null or p_seconds not between 1 and 900 then
    raise exception 'a lease is 1 to 900 seconds, not %', p_seconds using errcode = '22023';
  end if;
  return make_interval(secs => p_seconds);
end
$$;

-- Takes an approved request for sending, once, and hands back its document (NULL when
-- another desktop has it or it is not approved).
create or replace function td.claim(p_key text, p_owner text, p_lease_seconds int) returns text
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  p td.payouts;
  held timestamptz;
begin
  perform td.require_sender();
  select * into p from td.payouts where key = p_key;
  if not found then
    raise exception 'no payout has the key %', p_key using errcode = 'P0002';
  end if;
  if p.state = 'awaiting_approval' then
    raise exception 'the payout still waits for approval' using errcode = '42501';
  end if;
  if p.doc is null then
    raise exception 'the payout % was filed before requests were documents; ask for it again',
      p_key using errcode = '55000';
  end if;
  select c.usable_from into held from td.counterparties c
  where c.kind = p.counterparty_kind and c.value = p.counterparty and c.released_at is null
    and c.usable_from > now();
  if found then
    raise exception 'the new % is held until %', replace(p.counterparty_kind, '_', ' '), held
      using errcode = '55000';
  end if;
  update td.payouts set state = 'sending', owner = p_owner, claimed_by = session_user,
                        lease_until = now() + td.lease(p_lease_seconds), updated = now()
  where key = p_key and state = 'approved';
  if not found then
    return null;
  end if;
  perform td.append_audit('claim', p_key, jsonb_build_object('owner', p_owner));
  return p.doc;
end
$$;

-- Renews the lease of the member who claimed the payout, for the run that holds it.
create or replace function td.renew(p_key text, p_owner text, p_lease_seconds int)
returns boolean
language plpgsql security definer set search_path = td, pg_temp as $$
begin
  perform td.require_sender();
  update td.payouts set lease_until = now() + td.lease(p_lease_seconds)
  where key = p_key and state in ('sending', 'unknown') and claimed_by = session_user
    and owner = p_owner;
  return found;
end
$$;

-- A payout in flight whose lease ran out (its desktop stopped) passes to another run or
-- member, as unknown: whether it went out is settled from the provider's records, and it
-- is never sent again.
create or replace function td.take_over(p_key text, p_owner text, p_lease_seconds int) returns boolean
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  p td.payouts;
begin
  perform td.require_sender();
  select * into p from td.payouts
  where key = p_key and state in ('sending', 'unknown') and lease_until < now()
  for update;
  if not found then
    return false;
  end if;
  update td.payouts set state = 'unknown', owner = p_owner, claimed_by = session_user,
                        lease_until = now() + td.lease(p_lease_seconds), updated = now()
  where key = p_key;
  perform td.append_audit('take over', p_key, jsonb_build_object(
    'owner', p_owner, 'previous', p.owner, 'previous_member', p.claimed_by));
  return true;
end
$$;

create or replace function td.record_outcome(p_key text, p_owner text, p_state text, p_reference text,
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
