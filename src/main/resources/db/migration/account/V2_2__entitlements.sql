-- The one answer to "which data may this user reach for this function at this level": every sub-account the user
-- is entitled to, with the narrowing of each entitlement (importer number, filer code, port; null and 9900 mean
-- "all"). Owners and proxy owners reach all of their accounts; users their rights; a receiving account's owners
-- what was granted to it, its users what was passed on to them or to their client group, always within an active,
-- current grant. Accounts and sub-accounts must be active. Every authorization decision and every narrowed list
-- goes through this function (see AccessControl), inside the database query.
create function entitled_sub_accounts(p_user uuid, p_function varchar, p_level varchar, p_today date)
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
select gs.sub_account_id, null::uuid, null::uuid, '9900'::char(4), 'GRANT'::varchar
from account_membership m
         join trade_account grantee on grantee.id = m.account_id and grantee.status = 'ACTIVE'
         join cross_account_grant g on g.grantee_account_id = m.account_id and g.status = 'ACTIVE'
    and p_today between g.starts_on and g.ends_on
         join trade_account grantor on grantor.id = g.grantor_account_id and grantor.status = 'ACTIVE'
         join cross_account_grant_scope gs on gs.grant_id = g.id and gs.function = p_function
    and (gs.level = 'EDIT' or p_level = 'VIEW')
         join sub_account s on s.id = gs.sub_account_id and s.status = 'ACTIVE'
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
select gs.sub_account_id, null::uuid, null::uuid, '9900'::char(4), 'GROUP'::varchar
from client_group_user cu
         join client_group cg on cg.id = cu.group_id
         join account_membership m on m.account_id = cg.account_id and m.user_id = cu.user_id and m.status = 'ACTIVE'
         join trade_account grantee on grantee.id = cg.account_id and grantee.status = 'ACTIVE'
         join client_group_account ca on ca.group_id = cg.id
         join cross_account_grant g on g.grantor_account_id = ca.client_account_id
    and g.grantee_account_id = cg.account_id and g.status = 'ACTIVE' and p_today between g.starts_on and g.ends_on
         join trade_account grantor on grantor.id = g.grantor_account_id and grantor.status = 'ACTIVE'
         join cross_account_grant_scope gs on gs.grant_id = g.id and gs.function = p_function
    and (gs.level = 'EDIT' or p_level = 'VIEW')
         join sub_account s on s.id = gs.sub_account_id and s.status = 'ACTIVE'
where cu.user_id = p_user
  and cu.function = p_function
  and (cu.level = 'EDIT' or p_level = 'VIEW')
$$;
