package org.openace.account.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.BusinessActivity;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sub-accounts in {@code sub_account}. */
@Repository
public class SubAccounts {

    private static final String COLUMNS = "id, account_id, activity, name, status, decision_reason, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    SubAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public SubAccount insert(AccountId account, BusinessActivity activity, String name, SubAccount.Status status,
                             @Nullable UserId requestedBy) {
        SubAccountId id = SubAccountId.random();
        jdbc.sql("""
                insert into sub_account (id, account_id, activity, name, status, requested_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).param(id.value()).param(account.value()).param(activity.name()).param(name).param(status.name())
                .param(requestedBy == null ? null : requestedBy.value()).param(Timestamp.from(clock.instant())).update();
        return find(id).orElseThrow();
    }

    public Optional<SubAccount> find(SubAccountId id) {
        return jdbc.sql("select " + COLUMNS + " from sub_account where id = ?").param(id.value())
                .query(SubAccounts::map).optional();
    }

    public List<SubAccount> ofAccount(AccountId account) {
        return jdbc.sql("select " + COLUMNS + " from sub_account where account_id = ? order by activity, created_at")
                .param(account.value()).query(SubAccounts::map).list();
    }

    /** Sub-accounts waiting for a customs officer, oldest first. */
    public List<SubAccount> pendingApproval(int limit) {
        return jdbc.sql("select " + COLUMNS + " from sub_account where status = 'PENDING_APPROVAL' order by created_at limit ?")
                .param(limit).query(SubAccounts::map).list();
    }

    /** Records an officer's decision on a pending sub-account; false if it was not pending any more. */
    public boolean decide(SubAccountId id, SubAccount.Status outcome, UserId officer, @Nullable String reason) {
        return jdbc.sql("""
                update sub_account set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                where id = ? and status = 'PENDING_APPROVAL'
                """).param(outcome.name()).param(officer.value()).param(Timestamp.from(clock.instant())).param(reason)
                .param(id.value()).update() == 1;
    }

    public void changeStatus(SubAccountId id, SubAccount.Status status) {
        jdbc.sql("update sub_account set status = ? where id = ?").param(status.name()).param(id.value()).update();
    }

    static SubAccount map(ResultSet rs, int row) throws SQLException {
        return new SubAccount(new SubAccountId(rs.getObject("id", UUID.class)),
                new AccountId(rs.getObject("account_id", UUID.class)), BusinessActivity.valueOf(rs.getString("activity")),
                rs.getString("name"), SubAccount.Status.valueOf(rs.getString("status")), rs.getString("decision_reason"),
                rs.getTimestamp("created_at").toInstant());
    }
}
