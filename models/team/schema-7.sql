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
grant select on td.keys to td_viewer;
