-- Treasury Desk team database: filing a request, signing it, and the decisions on it.
-- Applied again on every `team init` (TeamSchema): this file is what is installed.

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

-- An Ed25519 signature in base64: 64 bytes. Its truth is for the desktops to check.
create or replace function td.require_signature(p_signature text) returns void
language plpgsql immutable as $$
begin
  if p_signature is null or p_signature !~ '^[A-Za-z0-9+/]{86}==$' then
    raise exception 'a signature is 64 bytes in base64' using errcode = '22023';
  end if;
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

-- What the team set becomes the bar for the next limit on the card.
create or replace function td.remember_card_limit() returns trigger
language plpgsql security definer set search_path = td, pg_temp as $$
begin
  insert into td.card_limits (card, currency, amount, set_by)
  values (new.counterparty, new.currency, new.amount, new.maker)
  on conflict (card) do update
    set currency = excluded.currency, amount = excluded.amount, set_at = now(),
        set_by = excluded.set_by;
  return new;
end
$$;

drop trigger if exists payouts_card_limit on td.payouts;
create trigger payouts_card_limit after update of state on td.payouts
  for each row when (new.method = 'card.limit' and new.state = 'sent' and old.state <> 'sent')
  execute function td.remember_card_limit();

drop trigger if exists payouts_signed on td.payouts;
create trigger payouts_signed before update of state on td.payouts
  for each row when (new.state = 'sending' and old.state = 'approved')
  execute function td.require_maker_signature();
