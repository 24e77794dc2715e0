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

revoke all on td.methods from public;
grant select on td.methods to td_viewer;

