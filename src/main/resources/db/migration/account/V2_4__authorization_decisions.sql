-- One authorization decision as one call, with a plan PostgreSQL keeps.
--
-- Asked directly, "select exists (select 1 from entitled_sub_accounts(...) where ...)" inlines the five-way union of
-- entitled_sub_accounts into the caller's query and, with the default plan_cache_mode, PostgreSQL plans it afresh for
-- its parameters on most calls: about 30 ms of planning for well under 1 ms of execution (docs/benchmarks.md). Inside
-- a PL/pgSQL function the query is prepared once per connection; force_generic_plan makes that one plan the plan of
-- every call, which the indexes on user, sub-account and grant make right for any parameters.

create function may_access_sub_account(p_user uuid, p_function varchar, p_level varchar, p_today date,
                                       p_sub_account uuid, p_importer uuid, p_filer uuid, p_port char(4))
    returns boolean
    language plpgsql stable parallel safe
    set plan_cache_mode = force_generic_plan
as
$$
begin
    return exists (select 1
                   from entitled_sub_accounts(p_user, p_function, p_level, p_today) e
                   where e.sub_account_id = p_sub_account
                     and (p_importer is null or e.importer_identifier_id is null
                          or e.importer_identifier_id = p_importer)
                     and (p_filer is null or e.filer_identifier_id is null or e.filer_identifier_id = p_filer)
                     and (p_port is null or e.port = '9900' or e.port = p_port));
end;
$$;

create function may_access_account(p_user uuid, p_function varchar, p_level varchar, p_today date,
                                   p_account uuid)
    returns boolean
    language plpgsql stable parallel safe
    set plan_cache_mode = force_generic_plan
as
$$
begin
    return exists (select 1
                   from entitled_sub_accounts(p_user, p_function, p_level, p_today) e
                            join sub_account s on s.id = e.sub_account_id
                   where s.account_id = p_account);
end;
$$;
