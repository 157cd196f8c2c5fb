package org.openace.account.grant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Cross-account grants with their scopes, in {@code cross_account_grant} and {@code cross_account_grant_scope}. */
@Repository
public class CrossAccountGrants {

    private static final String COLUMNS = """
            id, grantor_account_id, grantee_account_id, status, initiated_by, starts_on, ends_on, requested_by,
            requested_at, decided_by, decided_at, decision_note""";

    private final JdbcClient jdbc;

    CrossAccountGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void insert(CrossAccountGrant grant) {
        jdbc.sql("""
                insert into cross_account_grant (id, grantor_account_id, grantee_account_id, status, initiated_by,
                    starts_on, ends_on, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).param(grant.id()).param(grant.grantor().value()).param(grant.grantee().value())
                .param(grant.status().name()).param(grant.initiatedBy().name()).param(Date.valueOf(grant.startsOn()))
                .param(Date.valueOf(grant.endsOn())).param(grant.requestedBy().value())
                .param(Timestamp.from(grant.requestedAt())).update();
        writeScopes(grant);
    }

    /** Saves a decision; the scopes are rewritten when an approval narrowed them (delegations outside them go). */
    @Transactional
    public void update(CrossAccountGrant grant) {
        jdbc.sql("""
                update cross_account_grant set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
                    revoked_by = case when ? = 'REVOKED' then ? else revoked_by end,
                    revoked_at = case when ? = 'REVOKED' then ? else revoked_at end
                where id = ?
                """).param(grant.status().name()).param(grant.decidedBy() == null ? null : grant.decidedBy().value())
                .param(grant.decidedAt() == null ? null : Timestamp.from(grant.decidedAt())).param(grant.decisionNote())
                .param(grant.status().name()).param(grant.decidedBy() == null ? null : grant.decidedBy().value())
                .param(grant.status().name()).param(grant.decidedAt() == null ? null : Timestamp.from(grant.decidedAt()))
                .param(grant.id()).update();
        List<GrantScope> stored = scopesOf(grant.id());
        if (!stored.equals(grant.scopes())) {
            jdbc.sql("delete from cross_account_grant_scope where grant_id = ?").param(grant.id()).update();
            writeScopes(grant);
        }
    }

    private void writeScopes(CrossAccountGrant grant) {
        for (GrantScope scope : grant.scopes()) {
            jdbc.sql("insert into cross_account_grant_scope (grant_id, sub_account_id, function, level) values (?, ?, ?, ?)")
                    .param(grant.id()).param(scope.subAccount().value()).param(scope.function().name())
                    .param(scope.level().name()).update();
        }
    }

    public Optional<CrossAccountGrant> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from cross_account_grant where id = ?").param(id)
                .query(this::map).optional();
    }

    /** Locks the grant's row for a decision. */
    @Transactional
    public Optional<CrossAccountGrant> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from cross_account_grant where id = ? for update").param(id)
                .query(this::map).optional();
    }

    /** Grants the account gives (as grantor), newest first. */
    public List<CrossAccountGrant> given(AccountId account) {
        return jdbc.sql("select " + COLUMNS + " from cross_account_grant where grantor_account_id = ? order by requested_at desc")
                .param(account.value()).query(this::map).list();
    }

    /** Grants the account receives (as grantee), newest first. */
    public List<CrossAccountGrant> received(AccountId account) {
        return jdbc.sql("select " + COLUMNS + " from cross_account_grant where grantee_account_id = ? order by requested_at desc")
                .param(account.value()).query(this::map).list();
    }

    public List<GrantScope> scopesOf(UUID grant) {
        return jdbc.sql("""
                select sub_account_id, function, level from cross_account_grant_scope where grant_id = ?
                order by sub_account_id, function
                """).param(grant)
                .query((rs, n) -> new GrantScope(new SubAccountId(rs.getObject(1, UUID.class)),
                        AccountFunction.valueOf(rs.getString(2)), AccessLevel.valueOf(rs.getString(3)))).list();
    }

    // --- delegations: the grantee's owner passes a grant on to its users -------------------------------------

    /** A delegation of part of a grant to a user of the grantee account. */
    public record Delegation(UUID id, UUID grantId, UserId user, SubAccountId subAccount, AccountFunction function,
                             AccessLevel level) {
    }

    public Delegation delegate(UUID grant, UserId user, SubAccountId subAccount, AccountFunction function,
                               AccessLevel level, UserId by, java.time.Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into grant_delegation (id, grant_id, user_id, sub_account_id, function, level, granted_by, granted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict on constraint grant_delegation_uk do update set level = excluded.level,
                    granted_by = excluded.granted_by, granted_at = excluded.granted_at
                """).param(id).param(grant).param(user.value()).param(subAccount.value()).param(function.name())
                .param(level.name()).param(by.value()).param(Timestamp.from(now)).update();
        return new Delegation(id, grant, user, subAccount, function, level);
    }

    public boolean undelegate(UUID grant, UUID delegation) {
        return jdbc.sql("delete from grant_delegation where id = ? and grant_id = ?").param(delegation).param(grant).update() == 1;
    }

    public List<Delegation> delegationsOf(UUID grant) {
        return jdbc.sql("select id, grant_id, user_id, sub_account_id, function, level from grant_delegation where grant_id = ?")
                .param(grant)
                .query((rs, n) -> new Delegation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        new UserId(rs.getObject(3, UUID.class)), new SubAccountId(rs.getObject(4, UUID.class)),
                        AccountFunction.valueOf(rs.getString(5)), AccessLevel.valueOf(rs.getString(6)))).list();
    }

    private CrossAccountGrant map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new CrossAccountGrant(id, new AccountId(rs.getObject("grantor_account_id", UUID.class)),
                new AccountId(rs.getObject("grantee_account_id", UUID.class)),
                CrossAccountGrant.Status.valueOf(rs.getString("status")),
                CrossAccountGrant.Side.valueOf(rs.getString("initiated_by")), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), new UserId(rs.getObject("requested_by", UUID.class)),
                rs.getTimestamp("requested_at").toInstant(), decidedBy == null ? null : new UserId(decidedBy),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_note"), scopesOf(id));
    }
}
