package org.openace.webhook.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.PathIds;
import org.openace.account.TradeAccount;
import org.openace.account.TradeAccountRegister;
import org.openace.audit.AuditActor;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's webhook pages, for its owners and proxy owners ({@link AccountOwnerOnly}: anyone else, another
 * account's owner included, gets 404): the endpoints with their state, registering one (its secret shown once), and
 * an endpoint's page with its delivery log, its settings to change, and pause, resume, test event, secret rotation
 * and deletion. An endpoint id of another account answers 404 like an unknown one.
 */
@Controller
class WebhookPagesController {

    static final int LOG = 50;

    /** The form as typed. */
    record Form(@Nullable String url, @Nullable String description, List<String> events) {
        public boolean has(String event) {
            return events.contains(event);
        }
    }

    private final Webhooks webhooks;
    private final TradeAccountRegister accounts;
    private final AccessControl access;
    private final UrlRules rules;
    private final WebhookProperties properties;

    WebhookPagesController(Webhooks webhooks, TradeAccountRegister accounts, AccessControl access, UrlRules rules,
                           WebhookProperties properties) {
        this.webhooks = webhooks;
        this.accounts = accounts;
        this.access = access;
        this.rules = rules;
        this.properties = properties;
    }

    @GetMapping("/accounts/{accountId}/webhooks")
    @AccountOwnerOnly
    String list(@PathVariable String accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return listPage(PathIds.account(accountId), user, model, emptyForm(), Map.of(), null);
    }

    @PostMapping("/accounts/{accountId}/webhooks")
    @AccountOwnerOnly
    String register(@PathVariable String accountId, @RequestParam(required = false) @Nullable String url,
                    @RequestParam(required = false) @Nullable String description,
                    @RequestParam(required = false) @Nullable List<String> events,
                    @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        AccountId account = PathIds.account(accountId);
        Form form = new Form(url, description, events == null ? List.of() : events);
        response.setHeader("Cache-Control", "no-store");
        try {
            Webhooks.WithSecret registered = webhooks.register(account, url, description, form.events(), actor(user));
            model.addAttribute("success", UserMessage.of("webhook.registered"));
            return listPage(account, user, model, emptyForm(), Map.of(), registered);
        }
        catch (WebhookRefused refused) {
            response.setStatus(422);
            return listPage(account, user, model, form, Map.of(refused.field(), refused.getMessage()), null);
        }
    }

    @GetMapping("/accounts/{accountId}/webhooks/{webhookId}")
    @AccountOwnerOnly
    String show(@PathVariable String accountId, @PathVariable String webhookId,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        return endpointPage(account, endpoint, user, model, formOf(endpoint), Map.of(), null);
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}")
    @AccountOwnerOnly
    String change(@PathVariable String accountId, @PathVariable String webhookId,
                  @RequestParam(required = false) @Nullable String url,
                  @RequestParam(required = false) @Nullable String description,
                  @RequestParam(required = false) @Nullable List<String> events,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        Form form = new Form(url, description, events == null ? List.of() : events);
        try {
            webhooks.change(account, endpoint.id(), url, description, form.events(), actor(user));
        }
        catch (WebhookRefused refused) {
            response.setStatus(422);
            return endpointPage(account, endpoint, user, model, form, Map.of(refused.field(), refused.getMessage()),
                    null);
        }
        redirect.addFlashAttribute("success", UserMessage.of("webhook.changed"));
        return redirectTo(account, endpoint.id());
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}/rotate-secret")
    @AccountOwnerOnly
    String rotate(@PathVariable String accountId, @PathVariable String webhookId,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        response.setHeader("Cache-Control", "no-store");
        Webhooks.WithSecret rotated = webhooks.rotateSecret(account, endpoint.id(), actor(user));
        model.addAttribute("success", UserMessage.of("webhook.rotated"));
        WebhookStore.Endpoint now = webhooks.endpoint(account, endpoint.id());
        return endpointPage(account, now, user, model, formOf(now), Map.of(), rotated);
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}/pause")
    @AccountOwnerOnly
    String pause(@PathVariable String accountId, @PathVariable String webhookId,
                 @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        boolean paused = webhooks.pause(account, endpoint.id(), actor(user));
        redirect.addFlashAttribute(paused ? "success" : "info",
                UserMessage.of(paused ? "webhook.paused" : "webhook.already-paused"));
        return redirectTo(account, endpoint.id());
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}/resume")
    @AccountOwnerOnly
    String resume(@PathVariable String accountId, @PathVariable String webhookId,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        try {
            boolean resumed = webhooks.resume(account, endpoint.id(), actor(user));
            redirect.addFlashAttribute(resumed ? "success" : "info",
                    UserMessage.of(resumed ? "webhook.resumed" : "webhook.already-active"));
        }
        catch (WebhookRefused refused) {
            response.setStatus(422);
            return endpointPage(account, endpoint, user, model, formOf(endpoint),
                    Map.of("endpoint", refused.getMessage()), null);
        }
        return redirectTo(account, endpoint.id());
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}/test")
    @AccountOwnerOnly
    String test(@PathVariable String accountId, @PathVariable String webhookId,
                @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        try {
            webhooks.sendTest(account, endpoint.id(), actor(user));
        }
        catch (WebhookRefused refused) {
            response.setStatus(409);
            return endpointPage(account, endpoint, user, model, formOf(endpoint),
                    Map.of("endpoint", refused.getMessage()), null);
        }
        redirect.addFlashAttribute("success", UserMessage.of("webhook.test-queued"));
        return redirectTo(account, endpoint.id());
    }

    @PostMapping("/accounts/{accountId}/webhooks/{webhookId}/delete")
    @AccountOwnerOnly
    String delete(@PathVariable String accountId, @PathVariable String webhookId,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        AccountId account = PathIds.account(accountId);
        WebhookStore.Endpoint endpoint = endpoint(account, webhookId);
        webhooks.delete(account, endpoint.id(), actor(user));
        redirect.addFlashAttribute("success", UserMessage.of("webhook.deleted", endpoint.url()));
        return "redirect:/accounts/" + account + "/webhooks";
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

    private String listPage(AccountId id, CurrentUser user, Model model, Form form, Map<String, String> errors,
                            Webhooks.@Nullable WithSecret secret) {
        header(id, user, model);
        model.addAttribute("endpoints", webhooks.endpoints(id));
        common(model, form, errors, secret);
        return "webhook/endpoints";
    }

    private String endpointPage(AccountId id, WebhookStore.Endpoint endpoint, CurrentUser user, Model model, Form form,
                                Map<String, String> errors, Webhooks.@Nullable WithSecret secret) {
        header(id, user, model);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("deliveries", webhooks.log(id, endpoint.id(), LOG));
        model.addAttribute("logSize", LOG);
        common(model, form, errors, secret);
        return "webhook/endpoint";
    }

    private void common(Model model, Form form, Map<String, String> errors, Webhooks.@Nullable WithSecret secret) {
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("secret", secret);
        model.addAttribute("eventTypes", WebhookEventType.subscribableValues());
        model.addAttribute("allowPrivate", rules.allowsPrivate());
        model.addAttribute("maxAttempts", properties.maxAttempts());
        model.addAttribute("pauseAfter", properties.pauseAfterFailures());
    }

    private void header(AccountId id, CurrentUser user, Model model) {
        TradeAccount account = accounts.find(id).orElseThrow(AccountDataNotFoundException::new);
        model.addAttribute("account", account);
        model.addAttribute("role", access.roleIn(user.id(), id).orElse(null));
        model.addAttribute("mayViewUsers", access.mayOnAccount(user.id(), AccountFunction.USERS, AccessLevel.VIEW, id));
        model.addAttribute("navSection", "accounts");
    }

    private static Form emptyForm() {
        return new Form(null, null, List.of(WebhookEventType.ENTRY_SUMMARY_ACCEPTED.name(),
                WebhookEventType.ENTRY_SUMMARY_REJECTED.name()));
    }

    private static Form formOf(WebhookStore.Endpoint endpoint) {
        return new Form(endpoint.url(), endpoint.description(),
                endpoint.events().stream().map(Enum::name).toList());
    }

    private static String redirectTo(AccountId account, UUID endpoint) {
        return "redirect:/accounts/" + account + "/webhooks/" + endpoint;
    }

    private static AuditActor actor(CurrentUser user) {
        return AuditActor.user(user.userId(), user.username());
    }
}
