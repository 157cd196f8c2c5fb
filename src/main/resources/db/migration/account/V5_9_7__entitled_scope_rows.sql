-- The rows of entitled_sub_accounts (V2_2, V2_4) through a PL/pgSQL function, for queries that join a user's scope
-- several times or count over it (the compliance view, issue 11 R2): PostgreSQL neither inlines the five-way union
-- into the calling query (whose planning took 150-340 ms for a broker with 5,000 clients) nor plans it afresh on each
-- call; the plan of the inner query is kept per connection. The same as filing's entry_search_scope (V4_3_1), owned
-- here so that every module may use it through EntitledScope.rows. ROWS 10: a user holds few entitlements, so each
-- drives index look-ups in the joined table.
create function entitled_scope_rows(p_user uuid, p_function varchar, p_level varchar, p_today date)
    returns table (sub_account_id uuid, importer_identifier_id uuid, filer_identifier_id uuid, port char(4))
    language plpgsql stable parallel safe rows 10
as
$$
begin
    return query
        select distinct e.sub_account_id, e.importer_identifier_id, e.filer_identifier_id, e.port
        from entitled_sub_accounts(p_user, p_function, p_level, p_today) e;
end
$$;
