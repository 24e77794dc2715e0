-- Treasury Desk team database, schema 3: card actions under the policy. Freezing stays
-- one click and is never asked here (it is the safe direction). Unfreezing a card, a new
-- card and a spend limit above the last one the team set are journaled for the team like
-- payouts, in the same table (action 'card'), and wait for the approvals the policy's
-- "card_approvals" asks; decisions, the claim for sending and the outcome are the payouts'.

-- Each statement may run again over itself (an owner's team init on a schema it already
-- has), so each says "if not exists" or replaces what it makes.
alter table td.payouts alter column amount drop not null;
alter table td.payouts drop constraint if exists payouts_amount_check;
-- A payout moves more than zero; a card's limit may be zero, or none (no limit).
alter table td.payouts add constraint payouts_amount_check
  check (case when action = 'payout' then amount > 0 else amount is null or amount >= 0 end);
alter table td.payouts drop constraint if exists payouts_action_check;
alter table td.payouts add constraint payouts_action_check
  check (action in ('payout', 'card'));

-- The last spend limit the team set on each card (connection id / card id); NULL: no limit.
create table if not exists td.card_limits (
  card text primary key,
  currency text not null,
  amount numeric,
  set_at timestamptz not null default now(),
  set_by text not null
);

do $$
begin
  if not exists (select 1 from td.policy where doc ? 'card_approvals') then
    update td.policy
    set doc = doc || '{"card_approvals": {"unfreeze": 1, "create": 1, "limit_raise": 1}}',
        changed = now(), changed_by = session_user;
    perform td.append_audit('policy', 'card_approvals',
                            (select jsonb_build_object('card_approvals', doc -> 'card_approvals')
                             from td.policy));
  end if;
end
$$;

create or replace function td.request_card_action(p_key text, p_provider text, p_connection_id text,
                                       p_connection text, p_method text, p_card text,
                                       p_amount text, p_currency text, p_fields jsonb,
                                       p_summary jsonb, out state text, out required int,
                                       out reasons jsonb)
language plpgsql security definer set search_path = td, pg_temp as $$
declare
  pol jsonb;
  amount numeric := nullif(btrim(coalesce(p_amount, '')), '')::numeric;
  rule text;
  rule_name text;
  known td.card_limits;
begin
  perform td.require_role('td_maker');
  p_card := coalesce(p_card, '');
  p_currency := coalesce(p_currency, '');
  if p_method is null or p_method not in ('card.unfreeze', 'card.limit', 'card.create') then
    raise exception 'a card action is card.unfreeze, card.limit or card.create, not %',
      p_method using errcode = '22023';
  end if;
  if amount < 0 then
    raise exception 'a card limit is not negative' using errcode = '22023';
  end if;
  if p_method <> 'card.create' and p_card = '' then
    raise exception 'the action names no card' using errcode = '22023';
  end if;
  if exists (select 1 from td.payouts p where p.key = p_key) then
    raise exception 'an action with the key % was already requested', p_key
      using errcode = '23505';
  end if;
  select doc into pol from td.policy;
  rule := case p_method when 'card.unfreeze' then 'unfreeze' when 'card.create' then 'create'
                        else 'limit_raise' end;
  rule_name := case rule when 'unfreeze' then 'card unfreeze' when 'create' then 'new card'
                         else 'higher card limit' end;
  required := greatest(coalesce((pol -> 'card_approvals' ->> rule)::int, 1), 0);
  -- At or below the last limit the team set, in its currency, is the safe direction; no
  -- limit at all, or a card the team never limited, is a raise.
  if p_method = 'card.limit' and amount is not null then
    select * into known from td.card_limits c where c.card = p_card;
    if found and known.currency = p_currency and (known.amount is null or amount <= known.amount)
    then
      required := 0;
    end if;
  end if;
  reasons := case when required > 0
                  then jsonb_build_array(jsonb_build_object('rule', rule_name,
                                                            'approvals', required))
                  else '[]'::jsonb end;
  state := case when required > 0 then 'awaiting_approval' else 'approved' end;
  insert into td.payouts (key, action, maker, provider, connection_id, connection, method,
                          amount, currency, usd, counterparty_kind, counterparty, country,
                          fields, summary, state, required, reasons)
  values (p_key, 'card', session_user, p_provider, p_connection_id, p_connection, p_method,
          amount, p_currency, null, 'card', p_card, '', p_fields, p_summary, state, required,
          reasons);
  perform td.append_audit('request', p_key, jsonb_build_object(
    'method', p_method, 'connection', p_connection_id, 'card', p_card,
    'amount', amount::text, 'currency', p_currency, 'state', state, 'required', required,
    'reasons', reasons));
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

-- New objects start with PUBLIC's defaults: take them away, then grant what a role needs.
revoke all on td.card_limits from public;
revoke all on function td.request_card_action(text, text, text, text, text, text, text, text,
                                              jsonb, jsonb),
  td.remember_card_limit() from public;
grant select on td.card_limits to td_viewer;
grant execute on function td.request_card_action(text, text, text, text, text, text, text,
                                                 text, jsonb, jsonb) to td_maker;
