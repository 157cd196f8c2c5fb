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
import org.openace.account.EntitledScope;
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

    /**
     * The sub-accounts in a scope (see {@code AccessControl.scope}), each once, optionally of one account only,
     * by account and activity.
     */
    public List<SubAccount> inScope(EntitledScope scope, @Nullable AccountId account) {
        return jdbc.sql("select " + prefixed() + " from sub_account s where exists (select 1 from " + scope.table("e")
                        + " where e.sub_account_id = s.id) and (cast(:account as uuid) is null or s.account_id = :account)"
                        + " order by s.account_id, s.activity, s.created_at")
                .params(scope.parameters()).param("account", account == null ? null : account.value())
                .query(SubAccounts::map).list();
    }

    /** How many sub-accounts of the account are active. */
    public int countActive(AccountId account) {
        return jdbc.sql("select count(*) from sub_account where account_id = ? and status = 'ACTIVE'")
                .param(account.value()).query(Integer.class).single();
    }

    /** Closes an active or pending sub-account; false if it was neither. */
    public boolean close(SubAccountId id) {
        return jdbc.sql("update sub_account set status = 'CLOSED' where id = ? and status in ('ACTIVE', 'PENDING_APPROVAL')")
                .param(id.value()).update() == 1;
    }

    /** Reads a sub-account and locks its row until the end of the transaction. */
    public Optional<SubAccount> findForUpdate(SubAccountId id) {
        return jdbc.sql("select " + COLUMNS + " from sub_account where id = ? for update").param(id.value())
                .query(SubAccounts::map).optional();
    }

    private static String prefixed() {
        return java.util.Arrays.stream(COLUMNS.split(",")).map(c -> "s." + c.strip())
                .collect(java.util.stream.Collectors.joining(", "));
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
