package org.openace.webhook.delivery;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.PathIds;
import org.openace.audit.AuditActor;
import org.openace.identity.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhooks API, for the signed-in session of an account's owner or proxy owner (the same use cases and the same
 * {@link AccountOwnerOnly} as the pages; anyone else gets 404 {@code NOT_FOUND}): list, register (201 with the
 * secret, this once), read one with its latest deliveries, pause, resume, send a test event, rotate the secret,
 * delete. State-changing requests need the session's CSRF header ({@code GET /api/v1/csrf}). Errors are problem
 * documents ({@link WebhookApiProblems}). Described in {@code /api/openapi.yaml}.
 */
@RestController
@RequestMapping("/api/v1")
class WebhooksApiController {

    /** A new endpoint or a change, as sent. */
    record EndpointRequest(@Nullable String url, @Nullable String description, @Nullable List<String> events) {
    }

    record EndpointJson(UUID id, String url, String description, List<String> events, String status,
                        @Nullable String pausedReason, @Nullable Instant pausedAt, int consecutiveFailures,
                        long pendingDeliveries, String secretHint, Instant createdAt,
                        @Nullable Instant secretRotatedAt) {

        static EndpointJson of(WebhookStore.Endpoint e) {
            return new EndpointJson(e.id(), e.url(), e.description(),
                    e.events().stream().map(WebhookEventType::wireName).toList(), e.status(), e.pausedReason(),
                    e.pausedAt(), e.consecutiveFailures(), e.pending(), e.secretHint(), e.createdAt(),
                    e.secretRotatedAt());
        }
    }

    /** An endpoint with its secret: only in the answer to a registration or a rotation. */
    record WithSecretJson(EndpointJson endpoint, String secret) {
        @Override
        public String toString() {
            return "WithSecretJson[" + endpoint.id() + ", secret hidden]";
        }
    }

    record AttemptJson(int attempt, Instant startedAt, int durationMs, @Nullable Integer statusCode,
                       @Nullable String answer, @Nullable String error) {
    }

    record DeliveryJson(UUID id, UUID eventId, String event, @Nullable String entryNumber, String status,
                        int attempts, @Nullable Instant nextAttemptAt, Instant createdAt, @Nullable Instant finishedAt,
                        List<AttemptJson> tries) {

        static DeliveryJson of(WebhookStore.Delivery d) {
            return new DeliveryJson(d.id(), d.eventId(), d.type().wireName(), d.entryNumber(), d.status(),
                    d.attempts(), "PENDING".equals(d.status()) ? d.nextAttemptAt() : null, d.createdAt(),
                    d.finishedAt(), d.tries().stream().map(a -> new AttemptJson(a.attempt(), a.startedAt(),
                            a.durationMs(), a.statusCode(), a.answer(), a.error())).toList());
        }
    }

    record EndpointDetailJson(EndpointJson endpoint, List<DeliveryJson> deliveries) {
    }

    record TestJson(UUID eventId) {
    }

    private final Webhooks webhooks;

    WebhooksApiController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/accounts/{accountId}/webhooks")
    @AccountOwnerOnly
    List<EndpointJson> list(@PathVariable String accountId) {
        return webhooks.endpoints(PathIds.account(accountId)).stream().map(EndpointJson::of).toList();
    }

    @PostMapping("/accounts/{accountId}/webhooks")
    @AccountOwnerOnly
    ResponseEntity<WithSecretJson> register(@PathVariable String accountId, @RequestBody EndpointRequest body,
                                            @AuthenticationPrincipal CurrentUser user) {
        AccountId account = PathIds.account(accountId);
        Webhooks.WithSecret registered = webhooks.register(account, body.url(), body.description(), body.events(),
                actor(user));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account + "/webhooks/"
                        + registered.endpointId())).cacheControl(CacheControl.noStore())
                .body(new WithSecretJson(EndpointJson.of(webhooks.endpoint(account, registered.endpointId())),
                        registered.secret()));
    }

    @GetMapping("/accounts/{accountId}/webhooks/{webhookId}")
    @AccountOwnerOnly
    EndpointDetailJson show(@PathVariable String accountId, @PathVariable String webhookId) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        return new EndpointDetailJson(EndpointJson.of(endpoint), webhooks.log(account, endpoint.id(),
                WebhookPagesController.LOG).stream().map(DeliveryJson::of).toList());
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}")
    @AccountOwnerOnly
    EndpointJson change(@PathVariable String accountId, @PathVariable String webhookId,
                        @RequestBody EndpointRequest body, @AuthenticationPrincipal CurrentUser user) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        webhooks.change(account, endpoint.id(), body.url(), body.description(), body.events(), actor(user));
        return EndpointJson.of(webhooks.endpoint(account, endpoint.id()));
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}/pause")
    @AccountOwnerOnly
    EndpointJson pause(@PathVariable String accountId, @PathVariable String webhookId,
                       @AuthenticationPrincipal CurrentUser user) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        webhooks.pause(account, endpoint.id(), actor(user));
        return EndpointJson.of(webhooks.endpoint(account, endpoint.id()));
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}/resume")
    @AccountOwnerOnly
    EndpointJson resume(@PathVariable String accountId, @PathVariable String webhookId,
                        @AuthenticationPrincipal CurrentUser user) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        webhooks.resume(account, endpoint.id(), actor(user));
        return EndpointJson.of(webhooks.endpoint(account, endpoint.id()));
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}/test")
    @AccountOwnerOnly
    ResponseEntity<TestJson> test(@PathVariable String accountId, @PathVariable String webhookId,
                                  @AuthenticationPrincipal CurrentUser user) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        return ResponseEntity.accepted().body(new TestJson(webhooks.sendTest(account, endpoint.id(), actor(user))));
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}/rotate-secret")
    @AccountOwnerOnly
    ResponseEntity<WithSecretJson> rotate(@PathVariable String accountId, @PathVariable String webhookId,
                                          @AuthenticationPrincipal CurrentUser user) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        Webhooks.WithSecret rotated = webhooks.rotateSecret(account, endpoint.id(), actor(user));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new WithSecretJson(EndpointJson.of(webhooks.endpoint(account, endpoint.id())),
                        rotated.secret()));
    }

    @DeleteMapping("/accounts/{accountId}/webhooks/{webhookId}")
    @AccountOwnerOnly
    ResponseEntity<Void> delete(@PathVariable String accountId, @PathVariable String webhookId,
                                @AuthenticationPrincipal CurrentUser user) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        webhooks.delete(account, endpoint.id(), actor(user));
        return ResponseEntity.noContent().build();
    }

    private WebhookStore.Endpoint endpoint(AccountId account, String webhookId) {
        UUID id = PathIds.uuid(webhookId);
        try {
            return webhooks.endpoint(account, id);
        }
        catch (UnknownEndpointException e) {
            throw new AccountDataNotFoundException();
        }
    }

    private static AuditActor actor(CurrentUser user) {
        return AuditActor.user(user.userId(), user.username());
    }
}
