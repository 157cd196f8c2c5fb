package org.openace.identity.password;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.openace.identity.UserId;
import org.openace.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last passwords of each user, kept as keyed digests (HMAC-SHA-256 under a key outside the database), so
 * that reuse of any of the last {@code history} passwords, or of one of them reversed, is refused at once without
 * a slow hash per entry, and the digests are useless to anyone who copies the database.
 */
@Component
public class PasswordHistory {

    private static final String PURPOSE = "password-history";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final PasswordProperties properties;
    private final Clock clock;

    PasswordHistory(JdbcClient jdbc, FieldCipher cipher, PasswordProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    public Optional<PasswordViolation> checkReuse(UserId user, String password) {
        String normalized = normalize(password);
        byte[] forward = digest(normalized);
        byte[] reversed = digest(new StringBuilder(normalized).reverse().toString());
        List<byte[]> recent = jdbc.sql("select digest from password_history where user_id = ? order by created_at desc, id desc limit ?")
                .param(user.value()).param(properties.history()).query(byte[].class).list();
        for (byte[] earlier : recent) {
            if (MessageDigest.isEqual(earlier, forward) || MessageDigest.isEqual(earlier, reversed)) {
                return Optional.of(new PasswordViolation("PASSWORD_REUSED",
                        "Do not reuse one of your last " + properties.history() + " passwords, or one of them reversed."));
            }
        }
        return Optional.empty();
    }

    @Transactional
    public void remember(UserId user, String password) {
        jdbc.sql("insert into password_history (user_id, digest, created_at) values (?, ?, ?)")
                .param(user.value()).param(digest(normalize(password))).param(Timestamp.from(clock.instant())).update();
        jdbc.sql("""
                delete from password_history where user_id = :user and id not in
                  (select id from password_history where user_id = :user order by created_at desc, id desc limit :keep)
                """).param("user", user.value()).param("keep", properties.history()).update();
    }

    private byte[] digest(String normalized) {
        return cipher.lookupDigest(PURPOSE, normalized);
    }

    private static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }
}
