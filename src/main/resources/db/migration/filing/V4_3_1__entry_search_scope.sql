-- Entry search (issue 9, F4): the sub-accounts a trade user may search, each once, for the search query to join.
-- The same rows as the account module's entitled_sub_accounts (which it calls), in PL/pgSQL so that PostgreSQL
-- neither inlines the five-way union into every search query nor plans it afresh on every call: the plan of the
-- inner query is kept per connection, as for the decisions of V2_4. ROWS 10 tells the planner a user holds few
-- entitlements, so that each one drives an ordered scan of the sub-account indexes of entry_summary.
create function entry_search_scope(p_user uuid, p_function varchar, p_level varchar, p_today date)
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
