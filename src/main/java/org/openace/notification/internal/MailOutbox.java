package org.openace.notification.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.notification.OutgoingMail;
import org.openace.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox table: messages sealed per field (bound to their row), their attempts and their status. Each method is
 * one statement, so that a delivery attempt never holds a transaction or a row lock while it talks to the mail
 * server: an attempt first claims the message (one update that also moves its next attempt past the attempt's
 * lease, so no other node takes it meanwhile), then talks SMTP, then records the outcome.
 */
class MailOutbox {

    enum Status { PENDING, SENT, FAILED }

    /** A message claimed for one attempt, opened. */
    record Claimed(UUID id, int attempt, OutgoingMail mail) {
        @Override
        public String toString() {
            return "Claimed[" + id + ", attempt " + attempt + "]";
        }
    }

    /** What administrators see of a message: no address, no subject, no text. */
    record Entry(UUID id, String kind, String maskedRecipient, Status status, int attempts, Instant queuedAt,
                 @Nullable Instant lastAttemptAt, Instant nextAttemptAt, @Nullable String lastError) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    MailOutbox(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Writes a message in the caller's transaction; returns its id. */
    UUID queue(OutgoingMail mail, Instant now) {
        UUID id = UUID.randomUUID();
        String row = id.toString();
        jdbc.sql("""
                insert into outgoing_mail (id, kind, masked_recipient, recipient_cipher, subject_cipher, body_cipher,
                                           status, attempts, queued_at, next_attempt_at)
                values (:id, :kind, :masked, :recipient, :subject, :body, 'PENDING', 0, :now, :now)
                """).param("id", id).param("kind", mail.kind()).param("masked", MaskedAddress.of(mail.to()))
                .param("recipient", cipher.encrypt(mail.to(), binding(row, "recipient")))
                .param("subject", cipher.encrypt(mail.subject(), binding(row, "subject")))
                .param("body", cipher.encrypt(mail.body(), binding(row, "body")))
                .param("now", Timestamp.from(now)).update();
        return id;
    }

    /**
     * Claims a pending message for an attempt: its first attempt at any time ({@code firstOnly}, right after it was
     * queued), or any attempt once it is due.
     */
    Optional<Claimed> claim(UUID id, boolean firstOnly, Instant now, Duration lease) {
        return jdbc.sql("""
                update outgoing_mail set attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :leased
                where id = :id and status = 'PENDING' and (%s)
                returning id, kind, attempts, recipient_cipher, subject_cipher, body_cipher
                """.formatted(firstOnly ? "attempts = 0" : "next_attempt_at <= :now"))
                .param("id", id).param("now", Timestamp.from(now)).param("leased", Timestamp.from(now.plus(lease)))
                .query((rs, n) -> open(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getInt("attempts"),
                        rs.getBytes("recipient_cipher"), rs.getBytes("subject_cipher"), rs.getBytes("body_cipher")))
                .optional();
    }

    /** The pending messages due for an attempt, oldest first. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from outgoing_mail where status = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at limit ?
                """).param(Timestamp.from(now)).param(limit).query(UUID.class).list();
    }

    /** The message went out: its address, subject and text are erased, the record stays. */
    void sent(UUID id, Instant now) {
        jdbc.sql("""
                update outgoing_mail set status = 'SENT', sent_at = ?, last_error = null,
                       recipient_cipher = null, subject_cipher = null, body_cipher = null
                where id = ?
                """).param(Timestamp.from(now)).param(id).update();
    }

    /** An attempt failed; the message is tried again at {@code next}. */
    void retryAt(UUID id, Instant next, String error) {
        jdbc.sql("update outgoing_mail set next_attempt_at = ?, last_error = ? where id = ? and status = 'PENDING'")
                .param(Timestamp.from(next)).param(shorten(error)).param(id).update();
    }

    /** The last attempt failed: the message waits for an administrator. */
    void failed(UUID id, String error) {
        jdbc.sql("update outgoing_mail set status = 'FAILED', last_error = ? where id = ? and status = 'PENDING'")
                .param(shorten(error)).param(id).update();
    }

    /**
     * An administrator asks for a failed or waiting message to be tried again now, with a fresh count of attempts;
     * false if it was sent meanwhile (or does not exist).
     */
    boolean requeue(UUID id, Instant now) {
        return jdbc.sql("""
                update outgoing_mail set status = 'PENDING', attempts = 0, next_attempt_at = ?
                where id = ? and status in ('PENDING', 'FAILED')
                """).param(Timestamp.from(now)).param(id).update() == 1;
    }

    /** The messages not sent yet (failed first, then waiting), newest first. */
    List<Entry> unsent(int limit) {
        return jdbc.sql("""
                select id, kind, masked_recipient, status, attempts, queued_at, last_attempt_at, next_attempt_at,
                       last_error
                from outgoing_mail where status <> 'SENT'
                order by case status when 'FAILED' then 0 else 1 end, queued_at desc limit ?
                """).param(limit).query(Entry.class).list();
    }

    Optional<Entry> find(UUID id) {
        return jdbc.sql("""
                select id, kind, masked_recipient, status, attempts, queued_at, last_attempt_at, next_attempt_at,
                       last_error
                from outgoing_mail where id = ?
                """).param(id).query(Entry.class).optional();
    }

    /** How many messages are in each status (for the administrators' page). */
    long count(Status status) {
        return jdbc.sql("select count(*) from outgoing_mail where status = ?").param(status.name())
                .query(Long.class).single();
    }

    /** Removes the records of messages sent or failed before {@code before}; returns how many. */
    int purge(Instant before) {
        return jdbc.sql("""
                delete from outgoing_mail
                where (status = 'SENT' and sent_at < :before) or (status = 'FAILED' and last_attempt_at < :before)
                """).param("before", Timestamp.from(before)).update();
    }

    private Claimed open(UUID id, String kind, int attempt, byte[] recipient, byte[] subject, byte[] body) {
        String row = id.toString();
        return new Claimed(id, attempt, new OutgoingMail(kind, cipher.decrypt(recipient, binding(row, "recipient")),
                cipher.decrypt(subject, binding(row, "subject")), cipher.decrypt(body, binding(row, "body"))));
    }

    private static FieldCipher.Binding binding(String row, String column) {
        return new FieldCipher.Binding(SealedMailColumns.TABLE, column, row);
    }

    private static String shorten(String error) {
        return error.length() <= 200 ? error : error.substring(0, 200);
    }
}
