-- Treasury Desk team database: what the policy makes of a payout: amounts, counterparties, approvals needed.
-- Applied again on every `team init` (TeamSchema): this file is what is installed.

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

-- Names a secret might hide under: a definition with one is refused, so that no desktop
-- ever publishes a credential by mistake.
create or replace function td.holds_secret(p jsonb) returns boolean
language sql immutable as $$
  select exists (
    select 1 from jsonb_each(coalesce(p -> 'settings', '{}'::jsonb)) s
    where s.key ~* '(secret|password|passphrase|token|api[_-]?key|private)'
  ) or p ?| array['secret', 'password', 'token', 'api_key']
$$;

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

-- NULL-proof since schema 2: an empty country sent as NULL is no new country.
create or replace function td.evaluate(p_provider text, p_connection text, p_method text,
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
  -- A client may send NULL for an empty text: every test here is made NULL-proof, since
  -- a NULL condition would let a rule pass silently (or apply it where it should not).
  p_kind := coalesce(p_kind, '');
  p_counterparty := coalesce(p_counterparty, '');
  p_country := coalesce(p_country, '');
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
        -- The rule's conditions, so that each reader sees them in their own language.
        'conditions', r - 'name' - 'approvals',
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

create or replace function td.preview_payout(p_provider text, p_connection text, p_method text,
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

create or replace function td.release_counterparty(p_kind text, p_value text) returns void
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
