package org.openace.webhook.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries (ADR 017). Every {@code openace.webhooks.poll-interval}, each node claims as many due
 * deliveries as it has free attempt threads ({@code dispatcher-threads}, a fixed pool: a slow receiver holds at most
 * those) with {@code for update skip locked}, so two nodes never send the same attempt; each attempt POSTs the body
 * with its signature ({@link WebhookSignature}) through {@link HttpClient} (connect and read time-outs, redirects not
 * followed), and logs the status, the duration and the start of the answer. A 2xx answer delivers it; anything else
 * (another status, a time-out, a refused connection, an address that no longer passes the {@link UrlRules}) is a
 * failed attempt, moved by the {@link DeliveryPolicy}: retried after back-off, given up after the last attempt, and
 * the endpoint paused after its failures in a row. The log, the delivery's move and the endpoint's count commit
 * together; a node that dies mid-attempt leaves the delivery due again when its lease ends (at-least-once).
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final int ANSWER_CHARS = 500;

    private final WebhookStore store;
    private final Webhooks webhooks;
    private final UrlRules rules;
    private final DeliveryPolicy policy;
    private final WebhookProperties properties;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;
    private final HttpClient http;
    private final ExecutorService attempts;
    private final Semaphore free;
    /** Whether the last look found at least as many deliveries due as there were free threads. */
    private volatile boolean backlog;

    WebhookDispatcher(WebhookStore store, Webhooks webhooks, UrlRules rules, WebhookProperties properties,
                      TransactionTemplate transaction, AuditTrail audit, Clock clock) {
        this.store = store;
        this.webhooks = webhooks;
        this.rules = rules;
        this.policy = DeliveryPolicy.of(properties);
        this.properties = properties;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.attempts = new ThreadPoolExecutor(properties.dispatcherThreads(), properties.dispatcherThreads(), 60,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "webhook-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.free = new Semaphore(properties.dispatcherThreads());
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Claims what this node's free threads can send now, and sends it. Called every poll interval, and again by an
     * attempt thread as soon as it is free while the last look found more due than there were threads (a backlog
     * drains at the pool's pace, not the poll's).
     */
    @Scheduled(fixedDelayString = "${openace.webhooks.poll-interval:1s}",
            initialDelayString = "${openace.webhooks.poll-interval:1s}")
    void sendDue() {
        int room = free.drainPermits();
        if (room == 0) {
            return;
        }
        List<WebhookStore.Claimed> claimed;
        try {
            Instant now = clock.instant();
            claimed = store.claim(now, now.plus(properties.lease()), room);
        }
        catch (RuntimeException e) {
            free.release(room);
            log.warn("webhook deliveries not claimed: {}", e.toString());
            return;
        }
        backlog = claimed.size() == room;
        if (claimed.size() < room) {
            free.release(room - claimed.size());
        }
        for (WebhookStore.Claimed delivery : claimed) {
            try {
                attempts.execute(() -> {
                    try {
                        attempt(delivery);
                    }
                    catch (RuntimeException e) {
                        // e.g. the database was unreachable: the lease ends and the delivery is due again
                        log.warn("webhook attempt not recorded delivery={}: {}", delivery.id(), e.toString());
                    }
                    finally {
                        free.release();
                    }
                    if (backlog && !attempts.isShutdown()) {
                        sendDue();
                    }
                });
            }
            catch (RuntimeException rejected) {
                free.release();
                log.warn("webhook attempt not started delivery={}: {}", delivery.id(), rejected.toString());
            }
        }
    }

    /** One attempt at a claimed delivery, logged and moved in one transaction. */
    void attempt(WebhookStore.Claimed delivery) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        Integer status = null;
        String answer = null;
        String error = null;
        try {
            URI uri = rules.check(delivery.url());
            String secret = webhooks.open(delivery.secretCipher(), delivery.endpointId());
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.readTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "OpenACE-Webhooks/1")
                    .header(WebhookSignature.ID_HEADER, delivery.eventId().toString())
                    .header(WebhookSignature.EVENT_HEADER, delivery.type().wireName())
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8)).build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (InputStream body = response.body()) {
                answer = truncated(new String(body.readNBytes(ANSWER_CHARS * 4), StandardCharsets.UTF_8));
            }
            catch (IOException e) {
                answer = null;
            }
            if (status >= 300 && status < 400) {
                error = "Redirect to " + truncated(response.headers().firstValue("Location").orElse("(none)"))
                        + " not followed: deliveries go to the registered address only.";
            }
            else if (status < 200 || status >= 300) {
                error = "The endpoint answered HTTP " + status + ".";
            }
        }
        catch (WebhookRefused refused) {
            error = refused.getMessage();
        }
        catch (HttpConnectTimeoutException e) {
            error = "No connection within " + seconds(properties.connectTimeout()) + ".";
        }
        catch (HttpTimeoutException e) {
            error = "No answer within " + seconds(properties.readTimeout()) + ".";
        }
        catch (ConnectException e) {
            error = "The connection was refused.";
        }
        catch (IOException e) {
            error = truncated("The connection failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // shutting down: the lease ends and another node (or this one, started again) sends it
        }
        catch (IllegalArgumentException e) {
            error = truncated("The request could not be made: " + e.getMessage());
        }
        int duration = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - startNanos) / 1_000_000);
        WebhookStore.Attempt logged = new WebhookStore.Attempt(delivery.attempt(), started, duration, status, answer,
                error);
        record(delivery, logged);
    }

    private void record(WebhookStore.Claimed delivery, WebhookStore.Attempt attempt) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            store.logAttempt(delivery.accountId(), delivery.id(), attempt);
            if (attempt.error() == null) {
                store.moveDelivery(delivery.accountId(), delivery.id(), delivery.attempt(), policy.succeeded(),
                        attempt.statusCode(), now);
                store.endpointSucceeded(delivery.accountId(), delivery.endpointId());
                return;
            }
            int before = store.endpointFailed(delivery.accountId(), delivery.endpointId());
            DeliveryPolicy.After after = policy.failed(delivery.attempt(), before, now);
            store.moveDelivery(delivery.accountId(), delivery.id(), delivery.attempt(), after, attempt.statusCode(),
                    now);
            if (after.pauseEndpoint()) {
                String reason = "Paused after " + after.consecutiveFailures() + " failed attempts in a row. The last: "
                        + attempt.error();
                if (store.pause(delivery.accountId(), delivery.endpointId(), truncated(reason), now)) {
                    audit.record(AuditRecord.of("WEBHOOK_PAUSED_AFTER_FAILURES", AuditOutcome.SUCCESS)
                            .actor(AuditActor.SYSTEM).object("webhook_endpoint", delivery.endpointId())
                            .detail("account", delivery.accountId()).detail("failures", after.consecutiveFailures()));
                    log.warn("webhook endpoint paused endpoint={} failures={}", delivery.endpointId(),
                            after.consecutiveFailures());
                }
            }
        });
        if (attempt.error() != null) {
            log.info("webhook attempt failed delivery={} attempt={} status={} ms={}", delivery.id(),
                    delivery.attempt(), attempt.statusCode(), attempt.durationMs());
        }
    }

    /** Deletes finished deliveries older than {@code openace.webhooks.keep-deliveries}. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void purge() {
        try {
            int purged = store.purge(clock.instant().minus(properties.keepDeliveries()));
            if (purged > 0) {
                log.info("webhook deliveries purged count={}", purged);
            }
        }
        catch (RuntimeException e) {
            log.warn("webhook deliveries not purged: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        attempts.shutdownNow();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static @Nullable String truncated(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return text.length() > ANSWER_CHARS ? text.substring(0, ANSWER_CHARS - 1) + "…" : text;
    }
}
