package org.openace.account.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' rights in {@code account_right}. */
@Repository
public class Rights {

    private static final String COLUMNS = """
            id, account_id, user_id, sub_account_id, function, level, importer_identifier_id, filer_identifier_id, port""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Rights(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Gives a right, or changes the level of the same right if the user has it already. */
    public Right grant(AccountId account, UserId user, SubAccountId subAccount, AccountFunction function,
                       AccessLevel level, @Nullable UUID importerIdentifier, @Nullable UUID filerIdentifier, PortCode port,
                       @Nullable UserId grantedBy) {
        UUID id = UUID.randomUUID();
        return jdbc.sql("""
                insert into account_right (id, account_id, user_id, sub_account_id, function, level,
                                           importer_identifier_id, filer_identifier_id, port, granted_by, granted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict on constraint account_right_uk do update set level = excluded.level,
                    granted_by = excluded.granted_by, granted_at = excluded.granted_at
                """ + " returning " + COLUMNS)
                .param(id).param(account.value()).param(user.value()).param(subAccount.value()).param(function.name())
                .param(level.name()).param(importerIdentifier).param(filerIdentifier).param(port.value())
                .param(grantedBy == null ? null : grantedBy.value()).param(Timestamp.from(clock.instant()))
                .query(Rights::map).single();
    }

    /** Removes a right of the account; false if the account has no such right. */
    public boolean revoke(AccountId account, UUID rightId) {
        return jdbc.sql("delete from account_right where id = ? and account_id = ?")
                .param(rightId).param(account.value()).update() == 1;
    }

    public int revokeAll(AccountId account, UserId user) {
        return jdbc.sql("delete from account_right where account_id = ? and user_id = ?")
                .param(account.value()).param(user.value()).update();
    }

    /**
     * Replaces all of a user's rights in the account by {@code wanted} (call within a transaction, so that the
     * change is all or nothing).
     */
    public List<Right> replace(AccountId account, UserId user, List<RightSpec> wanted, UserId grantedBy) {
        revokeAll(account, user);
        for (RightSpec spec : wanted) {
            grant(account, user, spec.subAccount(), spec.function(), spec.level(), spec.importerIdentifier(),
                    spec.filerIdentifier(), spec.port(), grantedBy);
        }
        return of(account, user);
    }

    public List<Right> of(AccountId account, UserId user) {
        return jdbc.sql("select " + COLUMNS + " from account_right where account_id = ? and user_id = ? order by function, sub_account_id")
                .param(account.value()).param(user.value()).query(Rights::map).list();
    }

    public List<Right> ofAccount(AccountId account) {
        return jdbc.sql("select " + COLUMNS + " from account_right where account_id = ? order by user_id, function")
                .param(account.value()).query(Rights::map).list();
    }

    static Right map(ResultSet rs, int row) throws SQLException {
        return new Right(rs.getObject(1, UUID.class), new AccountId(rs.getObject(2, UUID.class)),
                new UserId(rs.getObject(3, UUID.class)), new SubAccountId(rs.getObject(4, UUID.class)),
                AccountFunction.valueOf(rs.getString(5)), AccessLevel.valueOf(rs.getString(6)),
                rs.getObject(7, UUID.class), rs.getObject(8, UUID.class), new PortCode(rs.getString(9)));
    }
}
