package org.openace.identity.recovery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.openace.identity.UserId;
import org.openace.identity.factor.OneTimeSecrets;
import org.openace.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use password links: a 256-bit random token in the link, only its keyed digest in the database, an
 * expiry, and spent on use. A new link does not cancel earlier ones until one of them is used.
 */
@Component
public class PasswordLinks {

    /** A valid, unused link. */
    public record Link(byte[] digest, UserId user, LinkPurpose purpose, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;

    PasswordLinks(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Makes a link token for the user; the token itself is returned once and never stored. */
    @Transactional
    public String issue(UserId user, LinkPurpose purpose, Duration validity) {
        String token = OneTimeSecrets.linkToken();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into password_reset_token (token_digest, user_id, purpose, issued_at, expires_at)
                values (?, ?, ?, ?, ?)
                """).param(digest(token)).param(user.value()).param(purpose.name()).param(Timestamp.from(now))
                .param(Timestamp.from(now.plus(validity))).update();
        return token;
    }

    public int issuedSince(UserId user, Instant since) {
        return jdbc.sql("select count(*) from password_reset_token where user_id = ? and issued_at >= ?")
                .param(user.value()).param(Timestamp.from(since)).query(Integer.class).single();
    }

    /** The link of a token, if it is well formed, known, unused and unexpired. */
    public Optional<Link> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return findByDigest(digest(token));
    }

    public Optional<Link> findByDigest(byte[] digest) {
        return jdbc.sql("""
                select token_digest, user_id, purpose, expires_at from password_reset_token
                where token_digest = ? and used_at is null and expires_at > ?
                """).param(digest).param(Timestamp.from(clock.instant()))
                .query((rs, n) -> new Link(rs.getBytes(1), new UserId(rs.getObject(2, UUID.class)),
                        LinkPurpose.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** Spends a link and every other open link of the same user. False if it was already spent. */
    @Transactional
    public boolean spend(Link link) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean spent = jdbc.sql("update password_reset_token set used_at = ? where token_digest = ? and used_at is null")
                .param(now).param(link.digest()).update() == 1;
        jdbc.sql("update password_reset_token set used_at = ? where user_id = ? and used_at is null")
                .param(now).param(link.user().value()).update();
        return spent;
    }

    private byte[] digest(String token) {
        return cipher.lookupDigest("password-link", token);
    }
}
