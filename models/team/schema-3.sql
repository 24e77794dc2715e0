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

-- New objects start with PUBLIC's defaults: take them away, then grant what a role needs.
revoke all on td.card_limits from public;
grant select on td.card_limits to td_viewer;
