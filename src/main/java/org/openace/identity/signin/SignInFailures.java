package org.openace.identity.signin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Failed sign-in attempts, counted per user (lockout) and per client address (throttling). */
@Repository
public class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a failure in a transaction of its own: it must stay even if the caller rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(@Nullable UserId user, String clientAddress, Instant at) {
        jdbc.sql("insert into sign_in_failure (user_id, client_address, occurred_at) values (?, ?, ?)")
                .param(user == null ? null : user.value()).param(clientAddress).param(Timestamp.from(at)).update();
    }

    public int countForUserSince(UserId user, Instant since) {
        return jdbc.sql("select count(*) from sign_in_failure where user_id = ? and occurred_at >= ?")
                .param(user.value()).param(Timestamp.from(since)).query(Integer.class).single();
    }

    public int countForAddressSince(String clientAddress, Instant since) {
        return jdbc.sql("select count(*) from sign_in_failure where client_address = ? and occurred_at >= ?")
                .param(clientAddress).param(Timestamp.from(since)).query(Integer.class).single();
    }

    /** The time at which the oldest failure counted from {@code since} falls out of the window. */
    public Optional<Instant> oldestForAddressSince(String clientAddress, Instant since) {
        return jdbc.sql("select min(occurred_at) from sign_in_failure where client_address = ? and occurred_at >= ?")
                .param(clientAddress).param(Timestamp.from(since))
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional();
    }

    /** Forgets failures older than {@code before}; they no longer count for anything. */
    @Transactional
    public int purgeBefore(Instant before) {
        return jdbc.sql("delete from sign_in_failure where occurred_at < ?").param(Timestamp.from(before)).update();
    }
}
