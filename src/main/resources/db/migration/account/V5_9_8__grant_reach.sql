-- The reach of cross-account grants, flattened (issue 11, R2: a broker with 5,000 clients).
--
-- entitled_sub_accounts (V2_2) found a receiving account's granted sub-accounts by joining, for each grant, its
-- grantor's account, its scope and the scoped sub-account: four index look-ups per grant, about 65 ms for a broker
-- whose 5,000 clients granted it their entries, read on every list and count of that broker's users.
--
-- grant_reach holds one row per sub-account, function and grant of an ACTIVE grant whose grantor account and scoped
-- sub-account are active: what the grant gives, with the period and level still checked when it is read (the period
-- depends on the day asked). Triggers keep it in the same transaction as every change that could alter it: a grant
-- made, decided, revoked or changed; a scope added, changed or removed; an account or a sub-account suspended or
-- reinstated. Each recomputes the rows of the grants concerned from the tables themselves, with the same conditions
-- entitled_sub_accounts had, so the table never holds what the tables do not give.
--
-- Keyed by the receiving account and function first: a broker's reach is one range of the primary key, read from the
-- index alone. Under Citus it is a reference table like the other account tables.

create table grant_reach (
    grantee_account_id uuid        not null,
    function           varchar(16) not null,
    grantor_account_id uuid        not null,
    sub_account_id     uuid        not null,
    grant_id           uuid        not null,
    level              varchar(4)  not null,
    starts_on          date        not null,
    ends_on            date        not null,
    constraint grant_reach_pk primary key (grantee_account_id, function, grantor_account_id, sub_account_id, grant_id)
        include (level, starts_on, ends_on)
);

create index grant_reach_grant_ix on grant_reach (grant_id);

create function grant_reach_refresh(p_grant uuid) returns void
    language sql
as
$$
delete from grant_reach where grant_id = p_grant;
insert into grant_reach (grantee_account_id, function, grantor_account_id, sub_account_id, grant_id, level, starts_on,
                         ends_on)
select g.grantee_account_id, gs.function, g.grantor_account_id, gs.sub_account_id, g.id, gs.level, g.starts_on,
       g.ends_on
from cross_account_grant g
         join trade_account grantor on grantor.id = g.grantor_account_id and grantor.status = 'ACTIVE'
         join cross_account_grant_scope gs on gs.grant_id = g.id
         join sub_account s on s.id = gs.sub_account_id and s.status = 'ACTIVE'
where g.id = p_grant
  and g.status = 'ACTIVE';
$$;

create function grant_reach_of_grant() returns trigger
    language plpgsql
as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform grant_reach_refresh(old.id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.id <> old.id) then
        perform grant_reach_refresh(new.id);
    end if;
    return null;
end
$$;

create function grant_reach_of_scope() returns trigger
    language plpgsql
as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform grant_reach_refresh(old.grant_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.grant_id <> old.grant_id) then
        perform grant_reach_refresh(new.grant_id);
    end if;
    return null;
end
$$;

create function grant_reach_of_account() returns trigger
    language plpgsql
as
$$
begin
    perform grant_reach_refresh(g.id) from cross_account_grant g where g.grantor_account_id = new.id;
    return null;
end
$$;

create function grant_reach_of_sub_account() returns trigger
    language plpgsql
as
$$
begin
    perform grant_reach_refresh(g.grant_id)
    from (select distinct gs.grant_id from cross_account_grant_scope gs where gs.sub_account_id = new.id) g;
    return null;
end
$$;

create trigger cross_account_grant_reach
    after insert or update or delete on cross_account_grant
    for each row execute function grant_reach_of_grant();

create trigger cross_account_grant_scope_reach
    after insert or update or delete on cross_account_grant_scope
    for each row execute function grant_reach_of_scope();

create trigger trade_account_grant_reach
    after update of status on trade_account
    for each row when (old.status is distinct from new.status) execute function grant_reach_of_account();

create trigger sub_account_grant_reach
    after update of status on sub_account
    for each row when (old.status is distinct from new.status) execute function grant_reach_of_sub_account();

-- the grants already made
select grant_reach_refresh(g.id) from cross_account_grant g where g.status = 'ACTIVE';

-- the same answer as V2_2, the grants' and client groups' branches reading grant_reach
create or replace function entitled_sub_accounts(p_user uuid, p_function varchar, p_level varchar, p_today date)
    returns table (sub_account_id uuid, importer_identifier_id uuid, filer_identifier_id uuid, port char(4),
                   via varchar)
    language sql stable parallel safe
as
$$
select s.id, null::uuid, null::uuid, '9900'::char(4), 'OWNER'::varchar
from account_membership m
         join trade_account a on a.id = m.account_id and a.status = 'ACTIVE'
         join sub_account s on s.account_id = m.account_id and s.status = 'ACTIVE'
where m.user_id = p_user
  and m.status = 'ACTIVE'
  and m.role in ('OWNER', 'PROXY_OWNER')
union all
select r.sub_account_id, r.importer_identifier_id, r.filer_identifier_id, r.port, 'RIGHT'::varchar
from account_right r
         join account_membership m on m.account_id = r.account_id and m.user_id = r.user_id and m.status = 'ACTIVE'
         join trade_account a on a.id = r.account_id and a.status = 'ACTIVE'
         join sub_account s on s.id = r.sub_account_id and s.status = 'ACTIVE'
where r.user_id = p_user
  and r.function = p_function
  and (r.level = 'EDIT' or p_level = 'VIEW')
union all
select gr.sub_account_id, null::uuid, null::uuid, '9900'::char(4), 'GRANT'::varchar
from account_membership m
         join trade_account grantee on grantee.id = m.account_id and grantee.status = 'ACTIVE'
         join grant_reach gr on gr.grantee_account_id = m.account_id and gr.function = p_function
    and (gr.level = 'EDIT' or p_level = 'VIEW') and p_today between gr.starts_on and gr.ends_on
where m.user_id = p_user
  and m.status = 'ACTIVE'
  and m.role in ('OWNER', 'PROXY_OWNER')
union all
select d.sub_account_id, null::uuid, null::uuid, '9900'::char(4), 'DELEGATION'::varchar
from grant_delegation d
         join cross_account_grant g on g.id = d.grant_id and g.status = 'ACTIVE'
    and p_today between g.starts_on and g.ends_on
         join cross_account_grant_scope gs on gs.grant_id = d.grant_id and gs.sub_account_id = d.sub_account_id
    and gs.function = d.function and (gs.level = 'EDIT' or p_level = 'VIEW')
         join account_membership m on m.account_id = g.grantee_account_id and m.user_id = d.user_id
    and m.status = 'ACTIVE'
         join trade_account grantee on grantee.id = g.grantee_account_id and grantee.status = 'ACTIVE'
         join trade_account grantor on grantor.id = g.grantor_account_id and grantor.status = 'ACTIVE'
         join sub_account s on s.id = d.sub_account_id and s.status = 'ACTIVE'
where d.user_id = p_user
  and d.function = p_function
  and (d.level = 'EDIT' or p_level = 'VIEW')
union all
select gr.sub_account_id, null::uuid, null::uuid, '9900'::char(4), 'GROUP'::varchar
-- the user's client groups first (offset 0 keeps them apart: read once, not once per client)
from (select cg.id as group_id, cg.account_id
      from client_group_user cu
               join client_group cg on cg.id = cu.group_id
               join account_membership m
                    on m.account_id = cg.account_id and m.user_id = cu.user_id and m.status = 'ACTIVE'
               join trade_account grantee on grantee.id = cg.account_id and grantee.status = 'ACTIVE'
      where cu.user_id = p_user
        and cu.function = p_function
        and (cu.level = 'EDIT' or p_level = 'VIEW')
      offset 0) g
         join client_group_account ca on ca.group_id = g.group_id
         join grant_reach gr on gr.grantee_account_id = g.account_id and gr.function = p_function
    and gr.grantor_account_id = ca.client_account_id
    and (gr.level = 'EDIT' or p_level = 'VIEW') and p_today between gr.starts_on and gr.ends_on
$$;
