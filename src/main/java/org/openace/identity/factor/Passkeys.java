package org.openace.identity.factor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.identity.Username;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passkeys users have registered (stored by Spring Security's WebAuthn support in {@code user_entities} and
 * {@code user_credentials}), for listing and removing them.
 */
@Component
public class Passkeys {

    /** A registered passkey as the user sees it. */
    public record Passkey(String credentialId, String label, @Nullable Instant created, @Nullable Instant lastUsed) {
    }

    private final JdbcClient jdbc;

    Passkeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int count(Username user) {
        return jdbc.sql("""
                select count(*) from user_credentials c join user_entities e on e.id = c.user_entity_user_id
                where e.name = ?
                """).param(user.value()).query(Integer.class).single();
    }

    public List<Passkey> list(Username user) {
        return jdbc.sql("""
                select c.credential_id, c.label, c.created, c.last_used
                from user_credentials c join user_entities e on e.id = c.user_entity_user_id
                where e.name = ? order by c.created
                """).param(user.value())
                .query((rs, n) -> new Passkey(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4))))
                .list();
    }

    /** Removes one of the user's passkeys; false if the user has no passkey with that id. */
    @Transactional
    public boolean remove(Username user, String credentialId) {
        return jdbc.sql("""
                delete from user_credentials c using user_entities e
                where e.id = c.user_entity_user_id and e.name = ? and c.credential_id = ?
                """).param(user.value()).param(credentialId).update() == 1;
    }

    @Transactional
    public int removeAll(Username user) {
        return jdbc.sql("""
                delete from user_credentials c using user_entities e
                where e.id = c.user_entity_user_id and e.name = ?
                """).param(user.value()).update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
