package org.openace.webhook.delivery;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The webhook tables: endpoints ({@code webhook_endpoint}), the deliveries written for them ({@code webhook_delivery},
 * the outbox) and every attempt ({@code webhook_attempt}). Every statement names the account, the first column of
 * every key (ADR 017), except the dispatcher's claim, which looks for due deliveries of all accounts.
 */
@Repository
class WebhookStore {

    /** An endpoint as its owners see it (never its secret). */
    record Endpoint(UUID accountId, UUID id, String url, String description, Set<WebhookEventType> events,
                    String secretHint, String status, @Nullable String pausedReason, @Nullable Instant pausedAt,
                    int consecutiveFailures, Instant createdAt, @Nullable Instant secretRotatedAt, long pending) {

        public boolean paused() {
            return "PAUSED".equals(status);
        }

        public boolean wants(WebhookEventType type) {
            return events.contains(type);
        }
    }

    /** A delivery claimed for an attempt: its attempt number, body and where it goes. */
    record Claimed(UUID accountId, UUID id, UUID endpointId, UUID eventId, WebhookEventType type, String body,
                   int attempt, String url, byte[] secretCipher) {
    }

    /** One attempt as logged. */
    record Attempt(int attempt, Instant startedAt, int durationMs, @Nullable Integer statusCode,
                   @Nullable String answer, @Nullable String error) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** A delivery in an endpoint's log, with its attempts, the last first. */
    record Delivery(UUID id, UUID eventId, WebhookEventType type, @Nullable String entryNumber, String status,
                    int attempts, Instant nextAttemptAt, Instant createdAt, @Nullable Instant finishedAt,
                    @Nullable Integer lastStatus, List<Attempt> tries) {
    }

    private static final String ENDPOINT_COLUMNS = """
            e.account_id, e.id, e.url, e.description, e.events, e.secret_hint, e.status, e.paused_reason, e.paused_at,
            e.consecutive_failures, e.created_at, e.secret_rotated_at,
            (select count(*) from webhook_delivery d where d.account_id = e.account_id and d.endpoint_id = e.id
               and d.status = 'PENDING') as pending
            """;

    private final JdbcClient jdbc;

    WebhookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertEndpoint(UUID account, UUID id, String url, String description, Set<WebhookEventType> events,
                        byte[] secretCipher, String secretHint, UUID by, Instant now) {
        jdbc.sql("""
                insert into webhook_endpoint (account_id, id, url, description, events, secret_cipher, secret_hint,
                                              status, created_by, created_at)
                values (?, ?, ?, ?, ?::text[], ?, ?, 'ACTIVE', ?, ?)
                """).param(account).param(id).param(url).param(description).param(arrayText(events))
                .param(secretCipher).param(secretHint).param(by).param(Timestamp.from(now)).update();
    }

    List<Endpoint> endpoints(UUID account) {
        return jdbc.sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint e where e.account_id = ? "
                        + "order by e.created_at, e.id")
                .param(account).query(WebhookStore::endpoint).list();
    }

    Optional<Endpoint> endpoint(UUID account, UUID id) {
        return jdbc.sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint e where e.account_id = ? and e.id = ?")
                .param(account).param(id).query(WebhookStore::endpoint).optional();
    }

    Optional<byte[]> secretCipher(UUID account, UUID id) {
        return jdbc.sql("select secret_cipher from webhook_endpoint where account_id = ? and id = ?")
                .param(account).param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The endpoints of these accounts that asked for this event (active or paused: a paused one keeps them). */
    Map<UUID, List<UUID>> subscribers(Collection<UUID> accounts, WebhookEventType type) {
        Map<UUID, List<UUID>> found = new LinkedHashMap<>();
        if (accounts.isEmpty()) {
            return found;
        }
        jdbc.sql("select account_id, id from webhook_endpoint where account_id = any(?::uuid[]) and ? = any(events)")
                .param(accounts.stream().map(UUID::toString).toArray(String[]::new)).param(type.name())
                .query((rs, n) -> found.computeIfAbsent(rs.getObject(1, UUID.class), a -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class))).list();
        return found;
    }

    /** Writes a delivery, due now; nothing if this endpoint already has one for the event (a repeated publication). */
    boolean enqueue(UUID account, UUID endpoint, UUID eventId, WebhookEventType type, @Nullable String entryNumber,
                    String body, Instant now) {
        return jdbc.sql("""
                insert into webhook_delivery (account_id, id, endpoint_id, event_id, event_type, entry_number, body,
                                              status, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                on conflict (account_id, endpoint_id, event_id) do nothing
                """).param(account).param(UUID.randomUUID()).param(endpoint).param(eventId).param(type.name())
                .param(entryNumber).param(body).param(Timestamp.from(now)).param(Timestamp.from(now)).update() == 1;
    }

    /**
     * Claims up to {@code limit} due deliveries of active endpoints for an attempt each: counts the attempt and moves
     * the next one to the end of the lease, so that no other node (or a later look of this one) takes them while the
     * attempt runs, and a node that dies mid-attempt leaves them due again when the lease ends. Rows another node is
     * claiming at this moment are skipped, not waited for.
     */
    List<Claimed> claim(Instant now, Instant leaseEnd, int limit) {
        return jdbc.sql("""
                with due as (
                    select d.account_id, d.id from webhook_delivery d
                    join webhook_endpoint e on e.account_id = d.account_id and e.id = d.endpoint_id
                    where d.status = 'PENDING' and d.next_attempt_at <= ? and e.status = 'ACTIVE'
                    order by d.next_attempt_at
                    limit ?
                    for update of d skip locked
                )
                update webhook_delivery d set attempts = d.attempts + 1, next_attempt_at = ?
                from due, webhook_endpoint e
                where d.account_id = due.account_id and d.id = due.id
                  and e.account_id = d.account_id and e.id = d.endpoint_id
                returning d.account_id, d.id, d.endpoint_id, d.event_id, d.event_type, d.body, d.attempts, e.url,
                          e.secret_cipher
                """).param(Timestamp.from(now)).param(limit).param(Timestamp.from(leaseEnd))
                .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                        WebhookEventType.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getString(8),
                        rs.getBytes(9))).list();
    }

    void logAttempt(UUID account, UUID delivery, Attempt attempt) {
        jdbc.sql("""
                insert into webhook_attempt (account_id, delivery_id, attempt, started_at, duration_ms, status_code,
                                             answer, error)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """).param(account).param(delivery).param(attempt.attempt()).param(Timestamp.from(attempt.startedAt()))
                .param(attempt.durationMs()).param(attempt.statusCode()).param(attempt.answer()).param(attempt.error())
                .update();
    }

    /**
     * Moves a delivery after its {@code attempt}-th attempt, if it is still at that attempt (a lease that ran out
     * and was claimed again by another node is left to that node); true if moved.
     */
    boolean moveDelivery(UUID account, UUID delivery, int attempt, DeliveryPolicy.After after,
                         @Nullable Integer statusCode, Instant now) {
        return jdbc.sql("""
                update webhook_delivery set status = ?, next_attempt_at = coalesce(?, next_attempt_at),
                    finished_at = ?, last_status = ?
                where account_id = ? and id = ? and attempts = ? and status = 'PENDING'
                """).param(after.status().name())
                .param(after.nextAttemptAt() == null ? null : Timestamp.from(after.nextAttemptAt()))
                .param(after.status() == DeliveryPolicy.Status.PENDING ? null : Timestamp.from(now))
                .param(statusCode).param(account).param(delivery).param(attempt).update() == 1;
    }

    /** Sets the endpoint's run of failed attempts back to zero. */
    void endpointSucceeded(UUID account, UUID endpoint) {
        jdbc.sql("update webhook_endpoint set consecutive_failures = 0 where account_id = ? and id = ? "
                + "and consecutive_failures <> 0").param(account).param(endpoint).update();
    }

    /** Counts a failed attempt of the endpoint (its row locked until the commit); the failures in a row before it. */
    int endpointFailed(UUID account, UUID endpoint) {
        return jdbc.sql("""
                update webhook_endpoint set consecutive_failures = consecutive_failures + 1
                where account_id = ? and id = ? returning consecutive_failures - 1
                """).param(account).param(endpoint).query(Integer.class).optional().orElse(0);
    }

    /** Pauses an active endpoint with a reason; false if it was not active. */
    boolean pause(UUID account, UUID endpoint, String reason, Instant now) {
        return jdbc.sql("""
                update webhook_endpoint set status = 'PAUSED', paused_reason = ?, paused_at = ?
                where account_id = ? and id = ? and status = 'ACTIVE'
                """).param(reason).param(Timestamp.from(now)).param(account).param(endpoint).update() == 1;
    }

    /** Resumes a paused endpoint: its run of failures starts again at zero and its pending deliveries are due now. */
    boolean resume(UUID account, UUID endpoint, Instant now) {
        boolean resumed = jdbc.sql("""
                update webhook_endpoint set status = 'ACTIVE', paused_reason = null, paused_at = null,
                    consecutive_failures = 0
                where account_id = ? and id = ? and status = 'PAUSED'
                """).param(account).param(endpoint).update() == 1;
        if (resumed) {
            jdbc.sql("""
                    update webhook_delivery set next_attempt_at = ?
                    where account_id = ? and endpoint_id = ? and status = 'PENDING' and next_attempt_at > ?
                    """).param(Timestamp.from(now)).param(account).param(endpoint).param(Timestamp.from(now)).update();
        }
        return resumed;
    }

    boolean rotateSecret(UUID account, UUID endpoint, byte[] secretCipher, String hint, Instant now) {
        return jdbc.sql("""
                update webhook_endpoint set secret_cipher = ?, secret_hint = ?, secret_rotated_at = ?
                where account_id = ? and id = ?
                """).param(secretCipher).param(hint).param(Timestamp.from(now)).param(account).param(endpoint)
                .update() == 1;
    }

    boolean changeEndpoint(UUID account, UUID endpoint, String url, String description,
                           Set<WebhookEventType> events) {
        return jdbc.sql("""
                update webhook_endpoint set url = ?, description = ?, events = ?::text[]
                where account_id = ? and id = ?
                """).param(url).param(description).param(arrayText(events)).param(account).param(endpoint)
                .update() == 1;
    }

    /** Deletes the endpoint with its deliveries and their attempts. */
    boolean delete(UUID account, UUID endpoint) {
        return jdbc.sql("delete from webhook_endpoint where account_id = ? and id = ?").param(account).param(endpoint)
                .update() == 1;
    }

    /** The endpoint's latest deliveries, newest first, each with its attempts (the last first). */
    List<Delivery> log(UUID account, UUID endpoint, int limit) {
        Map<UUID, List<Attempt>> attempts = new LinkedHashMap<>();
        List<Delivery> deliveries = jdbc.sql("""
                select id, event_id, event_type, entry_number, status, attempts, next_attempt_at, created_at,
                       finished_at, last_status
                from webhook_delivery where account_id = ? and endpoint_id = ?
                order by created_at desc, id limit ?
                """).param(account).param(endpoint).param(limit).query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<Attempt> tries = attempts.computeIfAbsent(id, k -> new ArrayList<>());
                    return new Delivery(id, rs.getObject(2, UUID.class), WebhookEventType.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getInt(6), instant(rs, 7), instant(rs, 8),
                            nullableInstant(rs, 9), (Integer) rs.getObject(10), tries);
                }).list();
        if (!deliveries.isEmpty()) {
            jdbc.sql("""
                    select delivery_id, attempt, started_at, duration_ms, status_code, answer, error
                    from webhook_attempt where account_id = ? and delivery_id = any(?::uuid[])
                    order by delivery_id, attempt desc
                    """).param(account).param(attempts.keySet().stream().map(UUID::toString).toArray(String[]::new))
                    .query((rs, n) -> attempts.get(rs.getObject(1, UUID.class)).add(new Attempt(rs.getInt(2),
                            instant(rs, 3), rs.getInt(4), (Integer) rs.getObject(5), rs.getString(6),
                            rs.getString(7)))).list();
        }
        return deliveries;
    }

    /** Deletes finished deliveries (and their attempts) that finished before {@code before}; how many. */
    int purge(Instant before) {
        return jdbc.sql("""
                delete from webhook_delivery where status in ('DELIVERED', 'FAILED') and finished_at < ?
                """).param(Timestamp.from(before)).update();
    }

    private static String arrayText(Set<WebhookEventType> events) {
        StringBuilder text = new StringBuilder("{");
        for (WebhookEventType type : events) {
            text.append(text.length() > 1 ? "," : "").append(type.name());
        }
        return text.append('}').toString();
    }

    private static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        Array array = rs.getArray("events");
        for (Object name : (Object[]) array.getArray()) {
            WebhookEventType.parse(String.valueOf(name)).ifPresent(events::add);
        }
        return new Endpoint(rs.getObject("account_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getString("url"), rs.getString("description"), events, rs.getString("secret_hint"),
                rs.getString("status"), rs.getString("paused_reason"), nullableInstant(rs, 9), rs.getInt(10),
                instant(rs, 11), nullableInstant(rs, 12), rs.getLong("pending"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
