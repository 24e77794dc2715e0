-- Treasury Desk team database, schema 2: the policy's evaluation is NULL-proof. Schema 1
-- read an empty country sent as NULL as a new country, so the "new country" rule applied
-- to payouts that name none.

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

-- request_payout kept empty texts as given; NULL ones become empty from now on.
create or replace function td.request_payout(p_key text, p_provider text, p_connection_id text,
                                  p_connection text, p_method text, p_amount text,
                                  p_currency text, p_kind text, p_counterparty text,
                                  p_country text, p_fields jsonb, p_summary jsonb,
                                  out state text, out required int, out reasons jsonb,
                                  out held_until timestamptz)
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  e record;
  amount numeric := p_amount::numeric;
begin
  perform td.require_role('td_maker');
  p_kind := coalesce(p_kind, '');
  p_counterparty := coalesce(p_counterparty, '');
  p_country := coalesce(p_country, '');
  if amount <= 0 then
    raise exception 'the amount must be more than zero' using errcode = '22023';
  end if;
  if exists (select 1 from td.payouts p where p.key = p_key) then
    raise exception 'a payout with the key % was already requested', p_key
      using errcode = '23505';
  end if;
  e := td.evaluate(p_provider, p_connection_id, p_method, amount, p_currency, p_kind,
                   p_counterparty, p_country, session_user);
  insert into td.counterparties (kind, value, usable_from)
  values (p_kind, p_counterparty, coalesce(e.held_until, now()))
  on conflict do nothing;
  state := case when e.required > 0 then 'awaiting_approval' else 'approved' end;
  insert into td.payouts (key, maker, provider, connection_id, connection, method, amount,
                          currency, usd, counterparty_kind, counterparty, country, fields,
                          summary, state, required, reasons)
  values (p_key, session_user, p_provider, p_connection_id, p_connection, p_method, amount,
          p_currency, e.usd, p_kind, p_counterparty, coalesce(p_country, ''), p_fields,
          p_summary, state, e.required, e.reasons);
  perform td.append_audit('request', p_key, jsonb_build_object(
    'method', p_method, 'connection', p_connection_id, 'amount', amount::text,
    'currency', p_currency, 'recipient', p_summary -> 'recipient', 'state', state,
    'required', e.required, 'reasons', e.reasons));
  required := e.required;
  reasons := e.reasons;
  held_until := e.held_until;
end
$$;

-- Roles belong to the whole cluster, which may hold other team databases: a member of
-- this team is a role that may connect to this database, and only members may.
do $$
begin
  execute format('revoke connect on database %I from public', current_database());
end
$$;

create or replace view td.members as
  select r.rolname as name, td.role_of(r.rolname) as role,
         exists (select 1 from pg_stat_activity s
                 where s.usename = r.rolname and s.datname = current_database()) as connected
  from pg_roles r
  where r.rolcanlogin and td.role_of(r.rolname) is not null and not r.rolsuper
    and has_database_privilege(r.oid, current_database(), 'CONNECT');
