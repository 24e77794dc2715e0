-- Who may call what. Applied after the other files on every `team init`: every grant on a
-- td function is taken away first (one an operator added by hand included), then the
-- groups get exactly these. A function no file defines any more is left callable by
-- its owner only. The groups only open the door: each function checks the caller's role
-- in this team (td.team_members) itself.
do $$
declare
  f record;
begin
  for f in
    select p.oid::regprocedure as fn, a.grantee
    from pg_proc p
    join pg_namespace n on n.oid = p.pronamespace
    cross join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
    where n.nspname = 'td' and a.grantee <> p.proowner
  loop
    execute format('revoke all on function %s from %s', f.fn,
                   case when f.grantee = 0 then 'public'
                        else quote_ident(pg_get_userbyid(f.grantee)) end);
  end loop;
end
$$;

grant execute on function
  td.admin_count(),
  td.audit_text(bigint,timestamp with time zone,text,text,text,jsonb),
  td.canonical(jsonb),
  td.preview_payout(text,text,text,text,text,text,text,text),
  td.register_key(text),
  td.role_of(text)
  to td_viewer;
grant execute on function
  td.file_request(text),
  td.sign_request(text,integer,text)
  to td_maker;
grant execute on function
  td.claim(text,text,integer),
  td.record_outcome(text,text,text,text,text),
  td.renew(text,text,integer),
  td.take_over(text,text,integer)
  to td_maker, td_approver;
grant execute on function
  td.approve(text,text,text,text),
  td.reject(text,text,text,text)
  to td_approver;
grant execute on function
  td.approve_key(text,text,text),
  td.decide_change(bigint,boolean),
  td.propose_change(text,jsonb),
  td.publish_connection(text,text,text,jsonb),
  td.release_counterparty(text,text),
  td.retire_connection(text)
  to td_admin;
grant select on td.members to td_viewer;
