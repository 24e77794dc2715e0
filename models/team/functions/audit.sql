-- Treasury Desk team database: the audit log: its hash chain, and rows that never change.
-- Applied again on every `team init` (TeamSchema): this file is what is installed.

-- The text a row's hash covers: each field as its byte length, a colon and the field,
-- so no field can borrow from its neighbour. Clients rebuild it to verify the chain.
create or replace function td.audit_text(seq bigint, at timestamptz, actor text, action text,
                              object text, detail jsonb) returns text
language sql immutable as $$
  select string_agg(octet_length(f)::text || ':' || f, '' order by n)
  from unnest(array[seq::text,
                    to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    actor, action, object, detail::text]) with ordinality as t(f, n)
$$;

-- Appends are serialised by a transaction-level advisory lock, so two sessions cannot
-- both link to the same previous row; the sequence number is taken under the lock.
create or replace function td.audit_chain() returns trigger
language plpgsql as $$
declare
  last record;
begin
  perform pg_advisory_xact_lock(hashtext('td.audit'));
  select a.seq, a.hash into last from td.audit a order by a.seq desc limit 1;
  new.seq := coalesce(last.seq, 0) + 1;
  new.at := date_trunc('microseconds', clock_timestamp());
  new.actor := session_user;
  new.prev_hash := coalesce(last.hash, ''::bytea);
  new.hash := sha256(new.prev_hash || convert_to(
    td.audit_text(new.seq, new.at, new.actor, new.action, new.object, new.detail), 'UTF8'));
  return new;
end
$$;

create or replace function td.audit_frozen() returns trigger
language plpgsql as $$
begin
  raise exception 'audit rows are never changed or deleted' using errcode = '42501';
end
$$;

create or replace function td.append_audit(p_action text, p_object text, p_detail jsonb) returns void
language sql as $$
  insert into td.audit (seq, at, actor, action, object, detail, prev_hash, hash)
  values (0, now(), session_user, p_action, p_object, p_detail, ''::bytea, ''::bytea);
  select pg_notify('td_changes', p_action || ' ' || p_object);
$$;

drop trigger if exists audit_chain on td.audit;
create trigger audit_chain before insert on td.audit
  for each row execute function td.audit_chain();

drop trigger if exists audit_frozen on td.audit;
create trigger audit_frozen before update or delete on td.audit
  for each row execute function td.audit_frozen();

drop trigger if exists audit_no_truncate on td.audit;
create trigger audit_no_truncate before truncate on td.audit
  for each statement execute function td.audit_frozen();
