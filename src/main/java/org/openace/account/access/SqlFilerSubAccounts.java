package org.openace.account.access;

import java.util.List;
import java.util.UUID;

import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.EntitledScope;
import org.openace.account.FilerSubAccounts;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link FilerSubAccounts} in one query: the user's entitled sub-accounts joined with their filer codes. */
@Component
class SqlFilerSubAccounts implements FilerSubAccounts {

    private final JdbcClient jdbc;
    private final AccessControl access;

    SqlFilerSubAccounts(JdbcClient jdbc, AccessControl access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<FilerSubAccount> whereUserFiles(UserId user) {
        EntitledScope scope = access.scope(user, AccountFunction.ENTRIES, AccessLevel.EDIT);
        return jdbc.sql("""
                select distinct s.account_id, s.id, s.name, i.value_plain
                from %s
                join sub_account s on s.id = ent.sub_account_id
                join trade_account a on a.id = s.account_id
                join account_membership m on m.account_id = s.account_id and m.user_id = :access_user
                                          and m.status = 'ACTIVE'
                join account_identifier i on i.sub_account_id = s.id and i.kind = 'FILER_CODE'
                where s.status = 'ACTIVE' and a.status = 'ACTIVE' and s.activity in ('BROKER', 'FILER')
                  and i.value_plain is not null
                  and (ent.filer_identifier_id is null or ent.filer_identifier_id = i.id)
                order by s.name, i.value_plain
                """.formatted(scope.table("ent")))
                .params(scope.parameters())
                .query((rs, n) -> new FilerSubAccount(new AccountId(rs.getObject(1, UUID.class)),
                        new SubAccountId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4)))
                .list();
    }
}
