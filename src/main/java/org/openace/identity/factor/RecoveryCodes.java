package org.openace.identity.factor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openace.identity.UserId;
import org.openace.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use recovery codes for a user who has lost their usual second factor. Shown once when made; stored only
 * as keyed digests; a new set replaces the old one.
 */
@Component
public class RecoveryCodes {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final FactorProperties properties;
    private final SecurityNoticeMail notices;
    private final Clock clock;

    RecoveryCodes(JdbcClient jdbc, FieldCipher cipher, FactorProperties properties, SecurityNoticeMail notices,
                  Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock;
    }

    /** Replaces the user's recovery codes by a new set and returns it, the only time the codes are seen. */
    @Transactional
    public List<String> renew(UserId user) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(user.value()).update();
        Instant now = clock.instant();
        List<String> codes = new ArrayList<>();
        while (codes.size() < properties.recoveryCodes()) {
            String code = OneTimeSecrets.recoveryCode();
            if (codes.contains(code)) {
                continue;
            }
            codes.add(code);
            jdbc.sql("insert into recovery_code (user_id, code_digest, created_at) values (?, ?, ?)")
                    .param(user.value()).param(digest(user, code)).param(Timestamp.from(now)).update();
        }
        return codes;
    }

    /** Spends a recovery code if it is one of the user's unused codes, and tells the user by e-mail. */
    @Transactional
    public boolean redeem(UserId user, String typed) {
        String normalized = OneTimeSecrets.normalizeTyped(typed);
        if (!normalized.matches("[0-9A-Z]{10}")) {
            return false;
        }
        String code = normalized.substring(0, 5) + "-" + normalized.substring(5);
        boolean spent = jdbc.sql("update recovery_code set used_at = ? where user_id = ? and code_digest = ? and used_at is null")
                .param(Timestamp.from(clock.instant())).param(user.value()).param(digest(user, code)).update() == 1;
        if (spent) {
            notices.recoveryCodeUsed(user, remaining(user));
        }
        return spent;
    }

    /** Of the codes given, those that are the user's unused recovery codes (none is spent), in the order given. */
    public List<String> unusedAmong(UserId user, List<String> typed) {
        List<String> unused = new ArrayList<>();
        for (String each : typed) {
            String normalized = OneTimeSecrets.normalizeTyped(each);
            if (!normalized.matches("[0-9A-Z]{10}")) {
                continue;
            }
            String code = normalized.substring(0, 5) + "-" + normalized.substring(5);
            boolean known = jdbc.sql("select count(*) from recovery_code where user_id = ? and code_digest = ? and used_at is null")
                    .param(user.value()).param(digest(user, code)).query(Integer.class).single() == 1;
            if (known && !unused.contains(code)) {
                unused.add(code);
            }
        }
        return unused;
    }

    public int remaining(UserId user) {
        return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
                .param(user.value()).query(Integer.class).single();
    }

    @Transactional
    public void revokeAll(UserId user) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(user.value()).update();
    }

    private byte[] digest(UserId user, String code) {
        return cipher.lookupDigest("recovery-code", user + ":" + code);
    }
}
