package org.openace.account.access;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.DataRef;
import org.openace.account.EntitledScope;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link AccessControl} on the database function {@code entitled_sub_accounts}: one call per decision (the PL/pgSQL
 * functions {@code may_access_sub_account} and {@code may_access_account}, whose plan is prepared once per connection
 * rather than planned on every call), lists narrowed by joining the function; grant dates read as UTC days.
 */
@Component
class SqlAccessControl implements AccessControl {

    private final JdbcClient jdbc;
    private final Clock clock;

    SqlAccessControl(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean may(UserId user, AccountFunction function, AccessLevel level, DataRef data) {
        return jdbc.sql("""
                select may_access_sub_account(:access_user, :access_function, :access_level, :access_today, :sub,
                                              cast(:importer as uuid), cast(:filer as uuid), cast(:port as char(4)))
                """)
                .params(parameters(user, function, level))
                .param("sub", data.subAccount().value())
                .param("importer", data.importerIdentifier())
                .param("filer", data.filerIdentifier())
                .param("port", data.port() == null ? null : data.port().value())
                .query(Boolean.class).single();
    }

    @Override
    public boolean mayOnAccount(UserId user, AccountFunction function, AccessLevel level, AccountId account) {
        return jdbc.sql("""
                select may_access_account(:access_user, :access_function, :access_level, :access_today, :account)
                """)
                .params(parameters(user, function, level))
                .param("account", account.value())
                .query(Boolean.class).single();
    }

    @Override
    public EntitledScope scope(UserId user, AccountFunction function, AccessLevel level) {
        return new EntitledScope(parameters(user, function, level));
    }

    @Override
    public Optional<AccountRole> roleIn(UserId user, AccountId account) {
        return jdbc.sql("""
                select m.role from account_membership m join trade_account a on a.id = m.account_id
                where m.account_id = ? and m.user_id = ? and m.status = 'ACTIVE' and a.status = 'ACTIVE'
                """).param(account.value()).param(user.value())
                .query((rs, n) -> AccountRole.valueOf(rs.getString(1))).optional();
    }

    @Override
    public List<AccountId> accountsOf(UserId user) {
        return jdbc.sql("""
                select m.account_id from account_membership m join trade_account a on a.id = m.account_id
                where m.user_id = ? and m.status = 'ACTIVE' and a.status = 'ACTIVE'
                """).param(user.value())
                .query((rs, n) -> new AccountId(rs.getObject(1, java.util.UUID.class))).list();
    }

    private Map<String, Object> parameters(UserId user, AccountFunction function, AccessLevel level) {
        return Map.of("access_user", user.value(), "access_function", function.name(), "access_level", level.name(),
                "access_today", Date.valueOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }
}
