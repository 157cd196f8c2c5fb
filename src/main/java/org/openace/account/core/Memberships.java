package org.openace.account.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' places in accounts, in {@code account_membership}. One active owner per account (database constraint). */
@Repository
public class Memberships {

    private final JdbcClient jdbc;
    private final Clock clock;

    Memberships(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a user to an account, or brings back one who was removed or is invited, with the role given. */
    public Membership add(AccountId account, UserId user, AccountRole role, Membership.Status status,
                          @Nullable UserId invitedBy) {
        jdbc.sql("""
                insert into account_membership (account_id, user_id, role, status, since, invited_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict on constraint account_membership_pk
                do update set role = excluded.role, status = excluded.status, since = excluded.since,
                              invited_by = excluded.invited_by
                """).param(account.value()).param(user.value()).param(role.name()).param(status.name())
                .param(Timestamp.from(clock.instant())).param(invitedBy == null ? null : invitedBy.value()).update();
        return find(account, user).orElseThrow();
    }

    public Optional<Membership> find(AccountId account, UserId user) {
        return jdbc.sql("select account_id, user_id, role, status, since from account_membership where account_id = ? and user_id = ?")
                .param(account.value()).param(user.value()).query(Memberships::map).optional();
    }

    public List<Membership> ofAccount(AccountId account) {
        return jdbc.sql("""
                select account_id, user_id, role, status, since from account_membership
                where account_id = ? and status <> 'REMOVED' order by role, since
                """).param(account.value()).query(Memberships::map).list();
    }

    public List<Membership> ofUser(UserId user) {
        return jdbc.sql("select account_id, user_id, role, status, since from account_membership where user_id = ? and status <> 'REMOVED'")
                .param(user.value()).query(Memberships::map).list();
    }

    public Optional<UserId> ownerOf(AccountId account) {
        return jdbc.sql("select user_id from account_membership where account_id = ? and role = 'OWNER' and status = 'ACTIVE'")
                .param(account.value()).query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).optional();
    }

    /** Reads a membership and locks its row until the end of the transaction (for a change to it). */
    public Optional<Membership> findForUpdate(AccountId account, UserId user) {
        return jdbc.sql("""
                select account_id, user_id, role, status, since from account_membership
                where account_id = ? and user_id = ? for update
                """).param(account.value()).param(user.value()).query(Memberships::map).optional();
    }

    /** The user's open invitations (invited, not yet answered), oldest first. */
    public List<Membership> invitationsOf(UserId user) {
        return jdbc.sql("""
                select account_id, user_id, role, status, since from account_membership
                where user_id = ? and status = 'INVITED' order by since
                """).param(user.value()).query(Memberships::map).list();
    }

    /**
     * Accepts an invitation issued at or after {@code invitedNotBefore}: the member is active from now on. False if
     * there is no such invitation (never invited, already answered, or expired).
     */
    public boolean accept(AccountId account, UserId user, Instant invitedNotBefore) {
        return jdbc.sql("""
                update account_membership set status = 'ACTIVE', since = ?
                where account_id = ? and user_id = ? and status = 'INVITED' and since >= ?
                """).param(Timestamp.from(clock.instant())).param(account.value()).param(user.value())
                .param(Timestamp.from(invitedNotBefore)).update() == 1;
    }

    /** Declines an open invitation; false if there is none. */
    public boolean decline(AccountId account, UserId user) {
        return jdbc.sql("""
                update account_membership set status = 'REMOVED'
                where account_id = ? and user_id = ? and status = 'INVITED'
                """).param(account.value()).param(user.value()).update() == 1;
    }

    /** How many other accounts the user is an active or invited member of. */
    public int countOtherAccounts(UserId user, AccountId except) {
        return jdbc.sql("""
                select count(*) from account_membership
                where user_id = ? and account_id <> ? and status in ('ACTIVE', 'INVITED')
                """).param(user.value()).param(except.value()).query(Integer.class).single();
    }

    public void changeRole(AccountId account, UserId user, AccountRole role) {
        jdbc.sql("update account_membership set role = ? where account_id = ? and user_id = ?")
                .param(role.name()).param(account.value()).param(user.value()).update();
    }

    public void changeStatus(AccountId account, UserId user, Membership.Status status) {
        jdbc.sql("update account_membership set status = ? where account_id = ? and user_id = ?")
                .param(status.name()).param(account.value()).param(user.value()).update();
    }

    static Membership map(ResultSet rs, int row) throws SQLException {
        return new Membership(new AccountId(rs.getObject(1, UUID.class)), new UserId(rs.getObject(2, UUID.class)),
                AccountRole.valueOf(rs.getString(3)), Membership.Status.valueOf(rs.getString(4)),
                rs.getTimestamp(5).toInstant());
    }
}
