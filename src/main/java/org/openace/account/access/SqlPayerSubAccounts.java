package org.openace.account.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.EntitledScope;
import org.openace.account.PayerSubAccounts;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link PayerSubAccounts} in one query: the user's entitled sub-accounts joined with their payer numbers. */
@Component
class SqlPayerSubAccounts implements PayerSubAccounts {

    /** The identifiers that are payer numbers, on the sub-accounts whose activity holds them. */
    private static final String PAYER_NUMBER = """
            ((i.kind = 'IMPORTER_NUMBER' and s.activity = 'IMPORTER')
             or (i.kind = 'FILER_CODE' and s.activity in ('BROKER', 'FILER')))""";

    private final JdbcClient jdbc;
    private final AccessControl access;

    SqlPayerSubAccounts(JdbcClient jdbc, AccessControl access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<PayerNumberHeld> whereUser(UserId user, AccountFunction function, AccessLevel level) {
        EntitledScope scope = access.scope(user, function, level);
        return jdbc.sql("""
                select distinct a.id account_id, a.legal_name, s.id sub_account_id, s.name, i.id identifier_id,
                       i.display, i.kind
                from %s
                join sub_account s on s.id = ent.sub_account_id
                join trade_account a on a.id = s.account_id
                join account_membership m on m.account_id = s.account_id and m.user_id = :access_user
                                          and m.status = 'ACTIVE'
                join account_identifier i on i.sub_account_id = s.id
                where s.status = 'ACTIVE' and a.status = 'ACTIVE' and %s
                  and (i.kind <> 'IMPORTER_NUMBER' or ent.importer_identifier_id is null
                       or ent.importer_identifier_id = i.id)
                  and (i.kind <> 'FILER_CODE' or (ent.importer_identifier_id is null
                       and (ent.filer_identifier_id is null or ent.filer_identifier_id = i.id)))
                order by a.legal_name, s.name, i.kind desc, i.display
                """.formatted(scope.table("ent"), PAYER_NUMBER))
                .params(scope.parameters())
                .query(SqlPayerSubAccounts::held).list();
    }

    @Override
    public Optional<PayerNumberHeld> held(UUID identifierId) {
        return jdbc.sql("""
                select a.id account_id, a.legal_name, s.id sub_account_id, s.name, i.id identifier_id, i.display,
                       i.kind
                from account_identifier i
                join sub_account s on s.id = i.sub_account_id
                join trade_account a on a.id = s.account_id
                where i.id = ? and s.status = 'ACTIVE' and %s
                """.formatted(PAYER_NUMBER)).param(identifierId).query(SqlPayerSubAccounts::held).optional();
    }

    private static PayerNumberHeld held(ResultSet rs, int row) throws SQLException {
        return new PayerNumberHeld(new AccountId(rs.getObject("account_id", UUID.class)),
                rs.getString("legal_name"), new SubAccountId(rs.getObject("sub_account_id", UUID.class)),
                rs.getString("name"), rs.getObject("identifier_id", UUID.class), rs.getString("display"),
                "FILER_CODE".equals(rs.getString("kind")));
    }
}
