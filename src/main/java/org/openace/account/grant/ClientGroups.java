package org.openace.account.grant;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.identity.UserId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A broker's groups of client accounts, and the broker's users assigned to each group (for functions and a level).
 * A group gives nothing of its own: its users reach, of each client, only what that client granted to the broker's
 * account and is in force.
 */
@Repository
public class ClientGroups {

    /** A group of client accounts. */
    public record ClientGroup(UUID id, AccountId account, String name) {
    }

    /** A user's assignment to a group. */
    public record Assignment(UserId user, AccountFunction function, AccessLevel level) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ClientGroups(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the new group, or empty if the account already has a group of that name */
    public Optional<ClientGroup> create(AccountId account, String name) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into client_group (id, account_id, name, created_at) values (?, ?, ?, ?)")
                    .param(id).param(account.value()).param(name).param(Timestamp.from(clock.instant())).update();
        }
        catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(new ClientGroup(id, account, name));
    }

    public Optional<ClientGroup> find(AccountId account, UUID group) {
        return jdbc.sql("select id, account_id, name from client_group where id = ? and account_id = ?")
                .param(group).param(account.value())
                .query((rs, n) -> new ClientGroup(rs.getObject(1, UUID.class), new AccountId(rs.getObject(2, UUID.class)),
                        rs.getString(3))).optional();
    }

    public List<ClientGroup> of(AccountId account) {
        return jdbc.sql("select id, account_id, name from client_group where account_id = ? order by lower(name)")
                .param(account.value())
                .query((rs, n) -> new ClientGroup(rs.getObject(1, UUID.class), new AccountId(rs.getObject(2, UUID.class)),
                        rs.getString(3))).list();
    }

    public void addClient(UUID group, AccountId client) {
        jdbc.sql("""
                insert into client_group_account (group_id, client_account_id) values (?, ?)
                on conflict on constraint client_group_account_pk do nothing
                """).param(group).param(client.value()).update();
    }

    public boolean removeClient(UUID group, AccountId client) {
        return jdbc.sql("delete from client_group_account where group_id = ? and client_account_id = ?")
                .param(group).param(client.value()).update() == 1;
    }

    public List<AccountId> clients(UUID group) {
        return jdbc.sql("select client_account_id from client_group_account where group_id = ?").param(group)
                .query((rs, n) -> new AccountId(rs.getObject(1, UUID.class))).list();
    }

    public void assign(UUID group, UserId user, AccountFunction function, AccessLevel level) {
        if (!function.isGrantable()) {
            throw new IllegalArgumentException("Users and rights are not part of client groups");
        }
        jdbc.sql("""
                insert into client_group_user (group_id, user_id, function, level) values (?, ?, ?, ?)
                on conflict on constraint client_group_user_pk do update set level = excluded.level
                """).param(group).param(user.value()).param(function.name()).param(level.name()).update();
    }

    public int unassign(UUID group, UserId user) {
        return jdbc.sql("delete from client_group_user where group_id = ? and user_id = ?")
                .param(group).param(user.value()).update();
    }

    public List<Assignment> assignments(UUID group) {
        return jdbc.sql("select user_id, function, level from client_group_user where group_id = ? order by user_id, function")
                .param(group)
                .query((rs, n) -> new Assignment(new UserId(rs.getObject(1, UUID.class)),
                        AccountFunction.valueOf(rs.getString(2)), AccessLevel.valueOf(rs.getString(3)))).list();
    }
}
