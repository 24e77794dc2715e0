-- Treasury Desk team database, schema 6: what is approved is exactly what is sent.
--
-- Up to schema 5 a request passed its display columns (amount, recipient, counterparty)
-- beside the JSON it was later sent from, so a maker could show 1 USD to the approvers
-- and send 45,000 from the JSON. Now a payout or card action is filed as one document:
-- a JSON object of texts and objects only, in RFC 8785 canonical form (keys sorted, no
-- white space, the shortest escapes), so that its SHA-256 names it on every desktop.
-- The database checks the document (a known method, a positive decimal amount within the
-- currency's places, the method's fields) and derives everything the policy and people
-- see from it; nothing is taken beside it. Approvals name the document's hash; a claim
-- hands the document to the sending desktop, which checks the hash and sends it alone.
--
-- Each statement may run again over itself (an owner's team init on a schema it already
-- has), so each says "if not exists" or replaces what it makes.
--
-- Also: one maker's requests are filed one after another (the daily total no longer
-- races), a lease is renewed only by the member who claimed the payout, and taking over
-- a payout whose lease ran out is its own function that leaves it unknown.

alter table td.payouts add column if not exists doc text;
alter table td.payouts add column if not exists doc_hash bytea;
alter table td.approvals add column if not exists doc_hash bytea;

-- The payout methods the database accepts, the currency each must be in (NULL: a crypto
-- asset's own code) and its fields. tst_team compares this with the client's list.
create table if not exists td.methods (
  method text primary key,
  currency text,
  required text[] not null,
  allowed text[] not null
);
insert into td.methods (method, currency, required, allowed) values
  ('dinari.ach', 'USD',
   array['recipient_name', 'bank_account', 'bank_routing'],
   array['recipient_name', 'bank_account', 'bank_routing', 'description', 'admin_note']),
  ('dinari.swift', 'USD',
   array['recipient_name', 'street_1', 'city', 'region', 'country', 'bank_account',
         'bank_routing', 'bank_name', 'bank_street_1', 'bank_city', 'bank_region',
         'bank_country'],
   array['recipient_name', 'street_1', 'street_2', 'city', 'region', 'postal_code', 'country',
         'bank_account', 'bank_routing', 'bank_name', 'bank_street_1', 'bank_street_2',
         'bank_city', 'bank_region', 'bank_country', 'description', 'admin_note']),
  ('dinari.zelle', 'USD', array['zelle_address'],
   array['zelle_address', 'description', 'admin_note']),
  ('dinari.virtual_card', 'USD', array['recipient_name', 'email'],
   array['recipient_name', 'email', 'recipient_account_id', 'description', 'admin_note']),
  ('dots.payout', 'USD', array['dots_user', 'platform'], array['dots_user', 'platform']),
  ('dots.payout_link', 'USD', array['delivery'], array['delivery', 'payee', 'message', 'memo']),
  ('crypto.withdrawal', null, array['address'], array['address']),
  ('dart.transfer', 'USDC', array['dart_customer'], array['dart_customer']),
  ('crypto.to_sub', null, array['wallet'], array['wallet']),
  ('crypto.to_master', null, array['wallet'], array['wallet']),
  ('dots.transfer', 'USD', array['dots_user'], array['dots_user'])
on conflict (method) do update
  set currency = excluded.currency, required = excluded.required, allowed = excluded.allowed;

-- RFC 8785 for documents of texts and objects: members sorted by key (keys are ASCII, so
-- byte order is UTF-16 order), no white space, texts escaped as JSON.stringify does
-- (PostgreSQL's to_json escapes exactly the same characters the same way).
create or replace function td.canonical(j jsonb) returns text
language plpgsql immutable as $$
declare
  k text;
  parts text[] := '{}';
begin
  case jsonb_typeof(j)
    when 'string' then
      return to_json(j #>> '{}')::text;
    when 'object' then
      for k in select key from jsonb_object_keys(j) as t(key) order by key collate "C" loop
        if k !~ '^[a-z0-9_]{1,64}$' then
          raise exception 'a request''s keys are lower-case words, not "%"', k
            using errcode = '22023';
        end if;
        parts := parts || (to_json(k)::text || ':' || td.canonical(j -> k));
      end loop;
      return '{' || array_to_string(parts, ',') || '}';
    else
      raise exception 'a request holds texts and objects only, not a %', jsonb_typeof(j)
        using errcode = '22023';
  end case;
end
$$;

-- A positive decimal written plainly, within `places` decimals: no NaN, Infinity,
-- exponent or sign, whatever PostgreSQL's numeric would take.
create or replace function td.amount_of(p_text text, p_places int, p_zero_ok boolean) returns numeric
language plpgsql immutable as $$
declare
  a numeric;
begin
  if p_text is null or p_text !~ '^[0-9]{1,18}(\.[0-9]{1,18})?$' then
    raise exception 'the amount "%" is not a plain decimal number', coalesce(p_text, '')
      using errcode = '22023';
  end if;
  a := p_text::numeric;
  if a < 0 or (a = 0 and not p_zero_ok) then
    raise exception 'the amount must be more than zero' using errcode = '22023';
  end if;
  if scale(trim_scale(a)) > p_places then
    raise exception 'the amount % has more than % decimals', p_text, p_places
      using errcode = '22023';
  end if;
  return a;
end
$$;

-- Whom a payout pays, from its fields, as the policy tells new from known.
create or replace function td.counterparty_of(f jsonb, out kind text, out value text, out country text)
language plpgsql immutable as $$
begin
  country := coalesce(nullif(f ->> 'bank_country', ''), f ->> 'country', '');
  if coalesce(f ->> 'bank_account', '') <> '' then
    kind := 'bank_account';
    value := coalesce(f ->> 'bank_routing', '') || '/' || (f ->> 'bank_account');
  elsif coalesce(f ->> 'address', '') <> '' then
    kind := 'address';
    value := f ->> 'address';
  elsif coalesce(f ->> 'wallet', '') <> '' then
    kind := 'wallet';
    value := f ->> 'wallet';
  else
    kind := 'recipient';
    value := coalesce(nullif(f ->> 'dots_user', ''), nullif(f ->> 'dart_customer', ''),
                      nullif(f ->> 'zelle_address', ''), nullif(f ->> 'payee', ''),
                      nullif(f ->> 'email', ''), nullif(f ->> 'recipient_name', ''), '');
  end if;
end
$$;

-- Files a payout or card action from its document; the answer says what the policy made
-- of it and the document's hash (hex), which approvals must name.
create or replace function td.file_request(p_doc text, out key text, out state text, out required int,
                                out reasons jsonb, out held_until timestamptz, out hash text)
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  d jsonb;
  f jsonb;
  m td.methods;
  v_action text;
  v_provider text;
  v_connection_id text;
  v_method text;
  v_currency text;
  v_amount numeric;
  fk text;
  cp_kind text := 'card';
  cp_value text;
  cp_country text := '';
  v_usd numeric;
  e record;
  v_summary jsonb;
  pol jsonb;
  rule text;
  known td.card_limits;
begin
  perform td.require_role('td_maker');
  begin
    d := p_doc::jsonb;
  exception when others then
    raise exception 'the request is not JSON' using errcode = '22023';
  end;
  if jsonb_typeof(d) is distinct from 'object' or td.canonical(d) <> p_doc then
    raise exception 'the request is not in canonical form (RFC 8785)' using errcode = '22023';
  end if;
  -- One maker's requests one after another: the daily total counts each before the next.
  perform pg_advisory_xact_lock(hashtext('td.request'), hashtext(session_user));
  key := d ->> 'key';
  v_action := d ->> 'action';
  v_provider := coalesce(d ->> 'provider', '');
  v_connection_id := coalesce(d ->> 'connection_id', '');
  v_method := coalesce(d ->> 'method', '');
  v_currency := coalesce(d ->> 'currency', '');
  if key is null or length(key) not between 8 and 128 then
    raise exception 'a request has a key of 8 to 128 characters' using errcode = '22023';
  end if;
  if v_connection_id = '' then
    raise exception 'the request names no connection' using errcode = '22023';
  end if;
  if exists (select 1 from td.payouts p where p.key = file_request.key) then
    raise exception 'a payout with the key % was already requested', key using errcode = '23505';
  end if;
  if v_action = 'payout' then
    select * into m from td.methods where td.methods.method = v_method;
    if not found then
      raise exception 'no payout method is called "%"', v_method using errcode = '22023';
    end if;
    if v_provider <> split_part(v_method, '.', 1) then
      raise exception 'the method % is not sent by %', v_method, v_provider using errcode = '22023';
    end if;
    if m.currency is not null and v_currency <> m.currency then
      raise exception 'the method % pays %, not %', v_method, m.currency, v_currency
        using errcode = '22023';
    end if;
    if v_currency !~ '^[A-Z0-9]{2,16}$' then
      raise exception 'the currency "%" is not a currency code', v_currency using errcode = '22023';
    end if;
    v_amount := td.amount_of(d ->> 'amount',
                           case v_currency when 'USD' then 2 when 'USDC' then 6 else 18 end, false);
    f := coalesce(d -> 'fields', '{}'::jsonb);
    if jsonb_typeof(f) <> 'object' then
      raise exception 'the fields are an object' using errcode = '22023';
    end if;
    for fk in select jsonb_object_keys(f) loop
      if not fk = any (m.allowed) then
        raise exception 'the method % has no field "%"', v_method, fk using errcode = '22023';
      end if;
    end loop;
    foreach fk in array m.required loop
      if coalesce(btrim(f ->> fk), '') = '' then
        raise exception 'the field "%" is missing', fk using errcode = '22023';
      end if;
    end loop;
    select c.kind, c.value, c.country into cp_kind, cp_value, cp_country
    from td.counterparty_of(f) c;
    -- Whom it pays for people: the form's name for a picked payee, else the recipient's name.
    v_summary := jsonb_build_object('recipient',
                                    coalesce(nullif(d ->> 'recipient', ''),
                                             nullif(f ->> 'recipient_name', ''), cp_value),
                                    'counterparty', cp_value);
    e := td.evaluate(v_provider, v_connection_id, v_method, v_amount, v_currency, cp_kind,
                     cp_value, cp_country, session_user);
    insert into td.counterparties (kind, value, usable_from)
    values (cp_kind, cp_value, coalesce(e.held_until, now()))
    on conflict do nothing;
    v_usd := e.usd;
    required := e.required;
    reasons := e.reasons;
    held_until := e.held_until;
  elsif v_action = 'card' then
    if v_method not in ('card.unfreeze', 'card.limit', 'card.create') then
      raise exception 'a card action is card.unfreeze, card.limit or card.create, not %',
        v_method using errcode = '22023';
    end if;
    if v_provider not in ('dashfi', 'dinari', 'dots', 'crypto', 'dart') then
      raise exception 'no provider is called "%"', v_provider using errcode = '22023';
    end if;
    cp_value := coalesce(d ->> 'card', '');
    if v_method <> 'card.create' and cp_value = '' then
      raise exception 'the action names no card' using errcode = '22023';
    end if;
    -- dash.fi's NO-LIMIT period is no limit at all, whatever amount comes with it.
    if coalesce(d ->> 'limit', '') <> '' and coalesce(d ->> 'period', '') <> 'NO-LIMIT' then
      v_amount := td.amount_of(d ->> 'limit', 2, true);
    end if;
    v_summary := jsonb_build_object('recipient', case when v_method = 'card.create'
                                                    then d -> 'new_card' ->> 'name'
                                                    else d ->> 'label' end);
    select doc into pol from td.policy;
    rule := case v_method when 'card.unfreeze' then 'unfreeze' when 'card.create' then 'create'
                        else 'limit_raise' end;
    required := greatest(coalesce((pol -> 'card_approvals' ->> rule)::int, 1), 0);
    -- At or below the last limit the team set, in its currency, is the safe direction.
    if v_method = 'card.limit' and v_amount is not null then
      select * into known from td.card_limits c where c.card = cp_value;
      if found and known.currency = v_currency and (known.amount is null or v_amount <= known.amount)
      then
        required := 0;
      end if;
    end if;
    reasons := case when required > 0
                    then jsonb_build_array(jsonb_build_object(
                      'rule', case rule when 'unfreeze' then 'card unfreeze'
                                        when 'create' then 'new card' else 'higher card limit' end,
                      'approvals', required))
                    else '[]'::jsonb end;
  else
    raise exception 'a request is a payout or a card action' using errcode = '22023';
  end if;
  state := case when required > 0 then 'awaiting_approval' else 'approved' end;
  insert into td.payouts (key, action, maker, provider, connection_id, connection, method,
                          amount, currency, usd, counterparty_kind, counterparty, country,
                          fields, summary, state, required, reasons, doc, doc_hash)
  values (key, v_action, session_user, v_provider, v_connection_id,
          coalesce(d ->> 'connection', ''), v_method, v_amount, v_currency, v_usd, cp_kind,
          cp_value, coalesce(cp_country, ''), d, v_summary, state, required, reasons, p_doc,
          sha256(convert_to(p_doc, 'UTF8')));
  hash := encode(sha256(convert_to(p_doc, 'UTF8')), 'hex');
  perform td.append_audit('request', key, jsonb_build_object(
    'method', v_method, 'connection', v_connection_id, 'amount', v_amount::text,
    'currency', v_currency, 'recipient', v_summary -> 'recipient', 'counterparty', cp_value,
    'state', state, 'required', required, 'reasons', reasons, 'hash', hash));
end
$$;

-- A decision names the document it was made on.
create or replace function td.decide(p_key text, p_hash text, p_decision text, p_note text) returns text
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
  if p.doc_hash is null then
    raise exception 'the payout % was filed before requests were documents; ask for it again',
      p_key using errcode = '55000';
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
  insert into td.approvals (key, approver, decision, note, doc_hash)
  values (p_key, session_user, p_decision, coalesce(p_note, ''), p.doc_hash);
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
    'note', coalesce(p_note, ''), 'state', p.state, 'hash', p_hash));
  return p.state;
end
$$;

drop function if exists td.approve(text, text);
drop function if exists td.reject(text, text);
drop function if exists td.decide(text, text, text);
create or replace function td.approve(p_key text, p_hash text, p_note text) returns text
language sql security definer set search_path = td, pg_temp as $$
  select td.decide(p_key, p_hash, 'approve', p_note)
$$;
create or replace function td.reject(p_key text, p_hash text, p_note text) returns text
language sql security definer set search_path = td, pg_temp as $$
  select td.decide(p_key, p_hash, 'reject', p_note)
$$;

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

-- Makers and approvers send what the team approved; viewers never touch a payout in flight.
create or replace function td.require_sender() returns void
language plpgsql as $$
begin
  if not (pg_has_role(session_user, 'td_maker', 'MEMBER') or
          pg_has_role(session_user, 'td_approver', 'MEMBER')) then
    raise exception 'permission denied: % may not send payouts', session_user
      using errcode = '42501';
  end if;
end
$$;

-- Takes an approved request for sending, once, and hands back its document (NULL when
-- another desktop has it or it is not approved).
drop function if exists td.claim(text, text, int);
create function td.claim(p_key text, p_owner text, p_lease_seconds int) returns text
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

drop function if exists td.request_payout(text, text, text, text, text, text, text, text, text, text,
                                jsonb, jsonb);
drop function if exists td.request_card_action(text, text, text, text, text, text, text, text, jsonb,
                                     jsonb);

revoke all on td.methods from public;
revoke all on function td.canonical(jsonb), td.amount_of(text, int, boolean),
  td.counterparty_of(jsonb), td.file_request(text), td.decide(text, text, text, text),
  td.approve(text, text, text), td.reject(text, text, text), td.lease(int), td.require_sender(),
  td.claim(text, text, int), td.take_over(text, text, int) from public;
revoke all on function td.renew(text, text, int) from public, td_viewer;
grant select on td.methods to td_viewer;
grant execute on function td.canonical(jsonb) to td_viewer;
grant execute on function td.file_request(text) to td_maker;
grant execute on function td.approve(text, text, text), td.reject(text, text, text)
  to td_approver;
grant execute on function td.claim(text, text, int), td.renew(text, text, int),
  td.take_over(text, text, int) to td_maker, td_approver;

-- Roles belong to the whole cluster. A name the owner adds may be a person of another team
-- database, or an operator's role: it keeps its password, and joins only when the owner
-- says it is meant (p_existing). Group roles and superusers are never people of the team.
drop function if exists td.add_member(text, text, text);
create or replace function td.add_member(p_user text, p_role text, p_verifier text,
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
revoke all on function td.add_member(text, text, text, boolean) from public;

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
revoke all on function td.require_member(text) from public;

create or replace function td.apply_change(c td.changes) returns void
language plpgsql as $$
declare
  grp text;
begin
  if c.kind = 'policy' then
    update td.policy set doc = c.payload, changed = now(), changed_by = c.proposed_by;
  else
    perform td.require_member(c.payload ->> 'user');
    foreach grp in array array['td_viewer', 'td_maker', 'td_approver', 'td_admin'] loop
      execute format('revoke %I from %I', grp, c.payload ->> 'user');
    end loop;
    if coalesce(c.payload ->> 'role', '') <> '' then
      execute format('grant %I to %I', 'td_' || (c.payload ->> 'role'), c.payload ->> 'user');
    end if;
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
