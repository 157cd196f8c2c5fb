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
import org.openace.account.ImporterSubAccounts;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ImporterSubAccounts} in one query: the user's entitled sub-accounts joined with their importer numbers. */
@Component
class SqlImporterSubAccounts implements ImporterSubAccounts {

    private final JdbcClient jdbc;
    private final AccessControl access;

    SqlImporterSubAccounts(JdbcClient jdbc, AccessControl access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<ImporterNumberHeld> whereUser(UserId user, AccountFunction function, AccessLevel level) {
        EntitledScope scope = access.scope(user, function, level);
        return jdbc.sql("""
                select distinct a.id account_id, a.legal_name, s.id sub_account_id, s.name, i.id identifier_id,
                       i.display
                from %s
                join sub_account s on s.id = ent.sub_account_id
                join trade_account a on a.id = s.account_id
                join account_membership m on m.account_id = s.account_id and m.user_id = :access_user
                                          and m.status = 'ACTIVE'
                join account_identifier i on i.sub_account_id = s.id and i.kind = 'IMPORTER_NUMBER'
                where s.status = 'ACTIVE' and a.status = 'ACTIVE' and s.activity = 'IMPORTER'
                  and (ent.importer_identifier_id is null or ent.importer_identifier_id = i.id)
                order by a.legal_name, s.name, i.display
                """.formatted(scope.table("ent")))
                .params(scope.parameters())
                .query(SqlImporterSubAccounts::held).list();
    }

    @Override
    public Optional<ImporterNumberHeld> held(UUID identifierId) {
        return jdbc.sql("""
                select a.id account_id, a.legal_name, s.id sub_account_id, s.name, i.id identifier_id, i.display
                from account_identifier i
                join sub_account s on s.id = i.sub_account_id
                join trade_account a on a.id = s.account_id
                where i.id = ? and i.kind = 'IMPORTER_NUMBER' and s.status = 'ACTIVE' and s.activity = 'IMPORTER'
                """).param(identifierId).query(SqlImporterSubAccounts::held).optional();
    }

    private static ImporterNumberHeld held(ResultSet rs, int row) throws SQLException {
        return new ImporterNumberHeld(new AccountId(rs.getObject("account_id", UUID.class)),
                rs.getString("legal_name"), new SubAccountId(rs.getObject("sub_account_id", UUID.class)),
                rs.getString("name"), rs.getObject("identifier_id", UUID.class), rs.getString("display"));
    }
}
