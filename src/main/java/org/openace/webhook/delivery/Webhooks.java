package org.openace.webhook.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.platform.EncryptedColumn;
import org.openace.platform.FieldCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * What an account's owners do with its webhook endpoints (the pages and the API both call these): register one (its
 * secret made and shown once), change its address, description and events, rotate its secret, pause and resume it,
 * send it a test event, delete it. Each is audited with the endpoint's id, never its secret; bad input is refused
 * ({@link WebhookRefused}) before anything is stored.
 */
@Service
class Webhooks {

    static final int MAX_ENDPOINTS = 20;
    static final int MAX_DESCRIPTION = 200;
    static final EncryptedColumn SECRET = EncryptedColumn.of("webhook_endpoint", "secret_cipher", "secret");

    /** An endpoint registered or its secret rotated: the secret to show once. */
    record WithSecret(UUID endpointId, String secret, String hint) {
        @Override
        public String toString() {
            return "WithSecret[" + endpointId + ", secret hidden]";
        }
    }

    private final WebhookStore store;
    private final UrlRules rules;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    Webhooks(WebhookStore store, UrlRules rules, FieldCipher cipher, AuditTrail audit, JsonMapper json, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.cipher = cipher;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    WithSecret register(AccountId account, @Nullable String url, @Nullable String description,
                        @Nullable Collection<String> events, AuditActor actor) {
        URI uri = rules.check(url);
        String text = description(description);
        Set<WebhookEventType> types = events(events);
        if (store.endpoints(account.value()).size() >= MAX_ENDPOINTS) {
            throw new WebhookRefused("endpoint", "TOO_MANY_ENDPOINTS", "An account has at most " + MAX_ENDPOINTS
                    + " webhook endpoints. Delete one you no longer use first.");
        }
        UUID id = UUID.randomUUID();
        WebhookSecret secret = WebhookSecret.random();
        store.insertEndpoint(account.value(), id, uri.toString(), text, types, seal(secret, id), secret.hint(),
                actor.id() == null ? new UUID(0, 0) : actor.id(), clock.instant());
        audit.record(AuditRecord.of("WEBHOOK_REGISTERED", AuditOutcome.SUCCESS).actor(actor)
                .object("webhook_endpoint", id).detail("account", account).detail("host", uri.getHost())
                .detail("events", String.join(",", types.stream().map(WebhookEventType::wireName).toList())));
        return new WithSecret(id, secret.reveal(), secret.hint());
    }

    @Transactional
    void change(AccountId account, UUID endpoint, @Nullable String url, @Nullable String description,
                @Nullable Collection<String> events, AuditActor actor) {
        found(account, endpoint);
        URI uri = rules.check(url);
        String text = description(description);
        Set<WebhookEventType> types = events(events);
        store.changeEndpoint(account.value(), endpoint, uri.toString(), text, types);
        audit.record(AuditRecord.of("WEBHOOK_CHANGED", AuditOutcome.SUCCESS).actor(actor)
                .object("webhook_endpoint", endpoint).detail("account", account).detail("host", uri.getHost())
                .detail("events", String.join(",", types.stream().map(WebhookEventType::wireName).toList())));
    }

    @Transactional
    WithSecret rotateSecret(AccountId account, UUID endpoint, AuditActor actor) {
        found(account, endpoint);
        WebhookSecret secret = WebhookSecret.random();
        store.rotateSecret(account.value(), endpoint, seal(secret, endpoint), secret.hint(), clock.instant());
        audit.record(AuditRecord.of("WEBHOOK_SECRET_ROTATED", AuditOutcome.SUCCESS).actor(actor)
                .object("webhook_endpoint", endpoint).detail("account", account));
        return new WithSecret(endpoint, secret.reveal(), secret.hint());
    }

    @Transactional
    boolean pause(AccountId account, UUID endpoint, AuditActor actor) {
        found(account, endpoint);
        boolean paused = store.pause(account.value(), endpoint, "Paused by " + actor.name() + ".", clock.instant());
        if (paused) {
            audit.record(AuditRecord.of("WEBHOOK_PAUSED", AuditOutcome.SUCCESS).actor(actor)
                    .object("webhook_endpoint", endpoint).detail("account", account));
        }
        return paused;
    }

    @Transactional
    boolean resume(AccountId account, UUID endpoint, AuditActor actor) {
        WebhookStore.Endpoint found = found(account, endpoint);
        rules.check(found.url()); // an address that no longer resolves to a public one stays paused
        boolean resumed = store.resume(account.value(), endpoint, clock.instant());
        if (resumed) {
            audit.record(AuditRecord.of("WEBHOOK_RESUMED", AuditOutcome.SUCCESS).actor(actor)
                    .object("webhook_endpoint", endpoint).detail("account", account));
        }
        return resumed;
    }

    @Transactional
    void delete(AccountId account, UUID endpoint, AuditActor actor) {
        WebhookStore.Endpoint found = found(account, endpoint);
        store.delete(account.value(), endpoint);
        audit.record(AuditRecord.of("WEBHOOK_DELETED", AuditOutcome.SUCCESS).actor(actor)
                .object("webhook_endpoint", endpoint).detail("account", account)
                .detail("host", URI.create(found.url()).getHost()));
    }

    /** Queues a test event for the endpoint (sent like any other delivery); refused while it is paused. */
    @Transactional
    UUID sendTest(AccountId account, UUID endpoint, AuditActor actor) {
        WebhookStore.Endpoint found = found(account, endpoint);
        if (found.paused()) {
            throw new WebhookRefused("endpoint", "WEBHOOK_PAUSED",
                    "The endpoint is paused. Resume it to send a test event.");
        }
        Instant now = clock.instant();
        UUID eventId = UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("message", "A test event sent from the portal by " + actor.name() + ".");
        store.enqueue(account.value(), endpoint, eventId, WebhookEventType.TEST, null,
                body(eventId, WebhookEventType.TEST, account.value(), now, null, null, data), now);
        audit.record(AuditRecord.of("WEBHOOK_TEST_SENT", AuditOutcome.SUCCESS).actor(actor)
                .object("webhook_endpoint", endpoint).detail("account", account).detail("event", eventId));
        return eventId;
    }

    List<WebhookStore.Endpoint> endpoints(AccountId account) {
        return store.endpoints(account.value());
    }

    WebhookStore.Endpoint endpoint(AccountId account, UUID endpoint) {
        return found(account, endpoint);
    }

    List<WebhookStore.Delivery> log(AccountId account, UUID endpoint, int limit) {
        return store.log(account.value(), endpoint, limit);
    }

    /**
     * The body of a delivery: the event's id, type, when it happened and was sent, the receiving account, the entry
     * (no personal data: the importer as the filing module shows it, masked) and the event's own facts.
     */
    String body(UUID eventId, WebhookEventType type, UUID account, Instant createdAt, @Nullable String occurredOn,
                @Nullable Map<String, Object> entry, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId.toString());
        body.put("type", type.wireName());
        body.put("createdAt", createdAt.toString());
        if (occurredOn != null) {
            body.put("occurredOn", occurredOn);
        }
        body.put("account", account.toString());
        if (entry != null) {
            body.put("entry", entry);
        }
        body.put("data", data);
        return json.writeValueAsString(body);
    }

    byte[] seal(WebhookSecret secret, UUID endpoint) {
        return cipher.encrypt(secret.reveal(), SECRET.binding(endpoint.toString()));
    }

    String open(byte[] sealed, UUID endpoint) {
        return cipher.decrypt(sealed, SECRET.binding(endpoint.toString()));
    }

    private WebhookStore.Endpoint found(AccountId account, UUID endpoint) {
        return store.endpoint(account.value(), endpoint)
                .orElseThrow(() -> new UnknownEndpointException());
    }

    private static String description(@Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new WebhookRefused("description", "Say which software receives it, such as \"Filing server\".");
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw new WebhookRefused("description", "Keep the description to " + MAX_DESCRIPTION + " characters.");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new WebhookRefused("description", "The description may not contain control characters.");
        }
        return text;
    }

    private static Set<WebhookEventType> events(@Nullable Collection<String> typed) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        if (typed != null) {
            for (String name : typed) {
                types.add(WebhookEventType.parse(name == null ? "" : name.strip()).orElseThrow(
                        () -> new WebhookRefused("events", "Choose events from the list.")));
            }
        }
        if (types.isEmpty()) {
            throw new WebhookRefused("events", "Choose at least one event to receive.");
        }
        return types;
    }
}
