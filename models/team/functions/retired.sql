-- Treasury Desk team database: functions this build no longer has, or has with another
-- result. Applied first on every `team init`, so that an older database upgrades into the
-- files that follow (`create or replace` cannot change a function's result).

-- Schema 1 to 5: display columns beside the document, decisions without the hash.
drop function if exists td.request_payout(text, text, text, text, text, text, text, text, text,
                                          text, jsonb, jsonb);
drop function if exists td.request_card_action(text, text, text, text, text, text, text, text,
                                               jsonb, jsonb);
drop function if exists td.approve(text, text);
drop function if exists td.reject(text, text);
drop function if exists td.decide(text, text, text);
drop function if exists td.add_member(text, text, text);
-- Schema 6: decisions without a signature.
drop function if exists td.approve(text, text, text);
drop function if exists td.reject(text, text, text);
drop function if exists td.decide(text, text, text, text);
-- Up to schema 5 a claim answered true or false; now it hands over the document.
do $$
begin
  if (select prorettype from pg_proc where oid = to_regprocedure('td.claim(text, text, integer)'))
     = 'boolean'::regtype then
    drop function td.claim(text, text, integer);
  end if;
end
$$;
