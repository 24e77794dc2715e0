-- Treasury Desk team database, schema 2: the policy's evaluation is NULL-proof. Schema 1
-- read an empty country sent as NULL as a new country, so the "new country" rule applied
-- to payouts that name none.

-- Roles belong to the whole cluster, which may hold other team databases: a member of
-- this team is a role that may connect to this database, and only members may.
do $$
begin
  execute format('revoke connect on database %I from public', current_database());
end
$$;
