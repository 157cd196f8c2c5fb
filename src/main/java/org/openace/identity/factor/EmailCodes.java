package org.openace.identity.factor;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.openace.identity.EmailAddress;
import org.openace.identity.UserId;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit codes sent by e-mail: single use, valid for 10 minutes, spent after 5 wrong entries, at most 5 sent
 * per user in 15 minutes; a new code replaces the previous one. Only a keyed digest of each code is stored.
 */
@Component
public class EmailCodes {

    private static final int DIGITS = 6;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Mailer mailer;
    private final FactorProperties properties;
    private final Clock clock;

    EmailCodes(JdbcClient jdbc, FieldCipher cipher, Mailer mailer, FactorProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a message with a code says, by purpose. */
    public record CodeMessage(String subject, String intro) {
    }

    /**
     * Sends a new code to {@code destination}, unless the sending limit is reached.
     *
     * @return false if the limit of codes per window was reached and nothing was sent
     */
    @Transactional
    public boolean send(UserId user, CodePurpose purpose, EmailAddress destination, CodeMessage message) {
        Instant now = clock.instant();
        int recent = jdbc.sql("select count(*) from one_time_code where user_id = ? and issued_at > ?")
                .param(user.value()).param(Timestamp.from(now.minus(properties.emailCodeWindow())))
                .query(Integer.class).single();
        if (recent >= properties.emailCodesPerWindow()) {
            return false;
        }
        jdbc.sql("update one_time_code set consumed_at = ? where user_id = ? and purpose = ? and consumed_at is null")
                .param(Timestamp.from(now)).param(user.value()).param(purpose.name()).update();
        UUID id = UUID.randomUUID();
        String code = OneTimeSecrets.numericCode(DIGITS);
        Instant expires = now.plus(properties.emailCodeValidity());
        jdbc.sql("""
                insert into one_time_code (id, user_id, purpose, code_digest, destination, issued_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).param(id).param(user.value()).param(purpose.name()).param(digest(id, code))
                .param(destination.value()).param(Timestamp.from(now)).param(Timestamp.from(expires)).update();
        long minutes = properties.emailCodeValidity().toMinutes();
        mailer.send(new OutgoingMail(purpose.name() + "_CODE", destination.value(), message.subject(), message.intro() + "\n\n"
                + "    " + code + "\n\n"
                + "The code can be used once, within " + minutes + " minutes. If you did not ask for it, someone may "
                + "know your password: change it and tell your account owner or the support center.\n"));
        return true;
    }

    /** Checks a typed code against the newest usable code of this purpose, spending it if right. */
    @Transactional
    public CodeCheck check(UserId user, CodePurpose purpose, String typed) {
        Instant now = clock.instant();
        Optional<PendingCode> pending = jdbc.sql("""
                select id, code_digest, failed_attempts from one_time_code
                where user_id = ? and purpose = ? and consumed_at is null and expires_at > ?
                order by issued_at desc limit 1 for update
                """).param(user.value()).param(purpose.name()).param(Timestamp.from(now))
                .query(PendingCode.class).optional();
        if (pending.isEmpty()) {
            return CodeCheck.EXPIRED;
        }
        PendingCode code = pending.get();
        String normalized = OneTimeSecrets.normalizeTyped(typed);
        if (normalized.matches("\\d{" + DIGITS + "}") && MessageDigest.isEqual(code.codeDigest(), digest(code.id(), normalized))) {
            jdbc.sql("update one_time_code set consumed_at = ? where id = ?").param(Timestamp.from(now)).param(code.id()).update();
            return CodeCheck.ACCEPTED;
        }
        int attempts = code.failedAttempts() + 1;
        boolean spent = attempts >= properties.emailCodeAttempts();
        jdbc.sql("update one_time_code set failed_attempts = ?, consumed_at = ? where id = ?")
                .param(attempts).param(spent ? Timestamp.from(now) : null).param(code.id()).update();
        return spent ? CodeCheck.EXPIRED : CodeCheck.WRONG;
    }

    /** Where the pending code of this purpose was sent (for an e-mail change: the new address). */
    public Optional<EmailAddress> pendingDestination(UserId user, CodePurpose purpose) {
        return jdbc.sql("""
                select destination from one_time_code
                where user_id = ? and purpose = ? and consumed_at is null and expires_at > ?
                order by issued_at desc limit 1
                """).param(user.value()).param(purpose.name()).param(Timestamp.from(clock.instant()))
                .query(String.class).optional().map(EmailAddress::new);
    }

    private byte[] digest(UUID id, String code) {
        return cipher.lookupDigest("one-time-code", id + ":" + code);
    }

    record PendingCode(UUID id, byte[] codeDigest, int failedAttempts) {
    }
}
