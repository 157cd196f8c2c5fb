package org.openace.account.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.TradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.UserMessage;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Access for other accounts": what this account gives and receives, offering and asking for access, and answering,
 * withdrawing or revoking. Seeing the list is for the owner and proxy owners; starting, answering and ending grants
 * is for the owner only (proxy owners may not make cross-account grants, A3).
 */
@Controller
@RequestMapping("/accounts/{accountId}/grants")
class GrantController {

    private final CrossAccountAccess access;
    private final CrossAccountGrants grants;
    private final TradeAccounts accounts;
    private final SubAccounts subAccounts;
    private final AccessControl accessControl;

    GrantController(CrossAccountAccess access, CrossAccountGrants grants, TradeAccounts accounts,
                    SubAccounts subAccounts, AccessControl accessControl) {
        this.access = access;
        this.grants = grants;
        this.accounts = accounts;
        this.subAccounts = subAccounts;
        this.accessControl = accessControl;
    }

    /** A grant as listed: the other account, the scopes named, what this account may do with it now. */
    record GrantRow(CrossAccountGrant grant, TradeAccount other, List<String> scopes, boolean inForce, boolean expired,
                    boolean mayAnswer, boolean mayWithdraw, boolean mayRevoke, boolean mayPassOn) {
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "accounts";
    }

    @GetMapping
    @AccountOwnerOnly
    String list(@PathVariable UUID accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        AccountId id = new AccountId(accountId);
        header(id, user, model);
        model.addAttribute("given", rows(id, grants.given(id), CrossAccountGrant.Side.GRANTOR));
        model.addAttribute("received", rows(id, grants.received(id), CrossAccountGrant.Side.GRANTEE));
        return "account/grants/list";
    }

    @GetMapping("/offer")
    @AccountOwnerOnly(proxyAllowed = false)
    String offerForm(@PathVariable UUID accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        AccountId id = new AccountId(accountId);
        model.addAttribute("form", GrantForm.empty(access.today()));
        return offerPage(id, user, model);
    }

    @PostMapping("/offer")
    @AccountOwnerOnly(proxyAllowed = false)
    String offer(@PathVariable UUID accountId, @Valid @ModelAttribute("form") GrantForm form, BindingResult errors,
                 @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        AccountId id = new AccountId(accountId);
        AccessLevel level = level(form, errors);
        TradeAccount grantee = errors.hasFieldErrors("otherAccount") ? null
                : access.otherAccount(id, form.otherAccount()).orElse(null);
        if (grantee == null && !errors.hasFieldErrors("otherAccount")) {
            errors.rejectValue("otherAccount", "unknown", "No other active account has that number. Check it with its owner.");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return offerPage(id, user, model);
        }
        try {
            access.offer(id, grantee, CrossAccountAccess.parseScopes(form.scopes(), level), form.startsOn(),
                    form.endsOn(), user.id());
        }
        catch (GrantRefusedException e) {
            errors.reject(e.code(), e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return offerPage(id, user, model);
        }
        redirect.addFlashAttribute("success", UserMessage.of("account.grant.offered",
                org.openace.platform.Sentences.endingWith(grantee.legalName())));
        return "redirect:/accounts/" + accountId + "/grants";
    }

    @GetMapping("/request")
    @AccountOwnerOnly(proxyAllowed = false)
    String requestForm(@PathVariable UUID accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", GrantForm.empty(access.today()));
        return requestPage(new AccountId(accountId), user, model);
    }

    @PostMapping("/request")
    @AccountOwnerOnly(proxyAllowed = false)
    String request(@PathVariable UUID accountId, @Valid @ModelAttribute("form") GrantForm form, BindingResult errors,
                   @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        AccountId id = new AccountId(accountId);
        AccessLevel level = level(form, errors);
        List<AccountFunction> functions = new ArrayList<>();
        for (String name : form.functions() == null ? List.<String>of() : form.functions()) {
            try {
                AccountFunction function = AccountFunction.valueOf(name);
                if (function.isGrantable()) {
                    functions.add(function);
                }
            }
            catch (IllegalArgumentException e) {
                errors.rejectValue("functions", "unknown", "Choose functions from the list.");
            }
        }
        if (functions.isEmpty() && !errors.hasFieldErrors("functions")) {
            errors.rejectValue("functions", "empty", "Choose at least one function.");
        }
        TradeAccount grantor = errors.hasFieldErrors("otherAccount") ? null
                : access.otherAccount(id, form.otherAccount()).orElse(null);
        if (grantor == null && !errors.hasFieldErrors("otherAccount")) {
            errors.rejectValue("otherAccount", "unknown", "No other active account has that number. Check it with its owner.");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return requestPage(id, user, model);
        }
        try {
            access.request(id, grantor, functions, level, form.startsOn(), form.endsOn(), user.id());
        }
        catch (GrantRefusedException e) {
            errors.reject(e.code(), e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return requestPage(id, user, model);
        }
        redirect.addFlashAttribute("success", UserMessage.of("account.grant.requested",
                org.openace.platform.Sentences.endingWith(grantor.legalName())));
        return "redirect:/accounts/" + accountId + "/grants";
    }

    @GetMapping("/{grantId}")
    @AccountOwnerOnly
    String detail(@PathVariable UUID accountId, @PathVariable UUID grantId, @AuthenticationPrincipal CurrentUser user,
                  Model model) {
        AccountId id = new AccountId(accountId);
        CrossAccountAccess.Sided sided = access.find(id, grantId).orElseThrow(CrossAccountAccess.GrantNotFoundException::new);
        header(id, user, model);
        model.addAttribute("row", row(id, sided.grant(), sided.side()));
        model.addAttribute("scopeChoices", sided.grant().scopes().stream().map(s -> new ScopeChoice(
                s.subAccount() + ":" + s.function(), scopeLabel(s))).toList());
        return "account/grants/detail";
    }

    /** One scope as a checkbox. */
    record ScopeChoice(String value, String label) {
    }

    @PostMapping("/{grantId}/approve")
    @AccountOwnerOnly(proxyAllowed = false)
    String approve(@PathVariable UUID accountId, @PathVariable UUID grantId,
                   @RequestParam(required = false) List<String> scopes, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        AccountId id = new AccountId(accountId);
        CrossAccountAccess.Sided sided = access.find(id, grantId).orElseThrow(CrossAccountAccess.GrantNotFoundException::new);
        List<GrantScope> narrowed = sided.side() == CrossAccountGrant.Side.GRANTOR && scopes != null
                ? narrowing(sided.grant(), scopes) : null;
        return act(accountId, grantId, redirect, UserMessage.of("account.grant.approved"),
                () -> access.approve(id, grantId, user.id(), narrowed));
    }

    /** The requested scopes the grantor kept ticked; anything not among those requested is ignored. */
    private static List<GrantScope> narrowing(CrossAccountGrant grant, List<String> ticked) {
        Map<String, GrantScope> requested = grant.scopes().stream()
                .collect(Collectors.toMap(s -> s.subAccount() + ":" + s.function(), Function.identity()));
        return ticked.stream().map(requested::get).filter(java.util.Objects::nonNull).toList();
    }

    @PostMapping("/{grantId}/reject")
    @AccountOwnerOnly(proxyAllowed = false)
    String reject(@PathVariable UUID accountId, @PathVariable UUID grantId,
                  @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        String printable = note.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        String reason = printable.length() > 500 ? printable.substring(0, 500) : printable;
        return act(accountId, grantId, redirect, UserMessage.of("account.grant.rejected"),
                () -> access.reject(new AccountId(accountId), grantId, user.id(), reason));
    }

    @PostMapping("/{grantId}/withdraw")
    @AccountOwnerOnly(proxyAllowed = false)
    String withdraw(@PathVariable UUID accountId, @PathVariable UUID grantId, @AuthenticationPrincipal CurrentUser user,
                    RedirectAttributes redirect) {
        return act(accountId, grantId, redirect, UserMessage.of("account.grant.withdrawn"),
                () -> access.withdraw(new AccountId(accountId), grantId, user.id()));
    }

    @PostMapping("/{grantId}/revoke")
    @AccountOwnerOnly(proxyAllowed = false)
    String revoke(@PathVariable UUID accountId, @PathVariable UUID grantId, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        return act(accountId, grantId, redirect, UserMessage.of("account.grant.revoked"),
                () -> access.revoke(new AccountId(accountId), grantId, user.id()));
    }

    private String act(UUID accountId, UUID grantId, RedirectAttributes redirect, MessageSourceResolvable success,
                       Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        }
        catch (GrantRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/accounts/" + accountId + "/grants/" + grantId;
        }
        return "redirect:/accounts/" + accountId + "/grants";
    }

    // --- page models ---------------------------------------------------------------------------------------

    private String offerPage(AccountId id, CurrentUser user, Model model) {
        header(id, user, model);
        List<SubAccount> own = subAccounts.ofAccount(id).stream().filter(s -> s.status() == SubAccount.Status.ACTIVE).toList();
        List<ScopeChoice> choices = new ArrayList<>();
        for (SubAccount sub : own) {
            for (AccountFunction function : AccountFunction.values()) {
                if (function.isGrantable()) {
                    choices.add(new ScopeChoice(sub.id() + ":" + function, sub.activity().label(sub.name())
                            + ": " + org.openace.platform.Sentences.inSentence(function.title())));
                }
            }
        }
        model.addAttribute("scopeChoices", choices);
        return "account/grants/offer";
    }

    private String requestPage(AccountId id, CurrentUser user, Model model) {
        header(id, user, model);
        model.addAttribute("functions", java.util.Arrays.stream(AccountFunction.values())
                .filter(AccountFunction::isGrantable).toList());
        return "account/grants/request";
    }

    private void header(AccountId id, CurrentUser user, Model model) {
        model.addAttribute("account", accounts.find(id).orElseThrow(CrossAccountAccess.GrantNotFoundException::new));
        model.addAttribute("role", accessControl.roleIn(user.id(), id).orElse(null));
    }

    private List<GrantRow> rows(AccountId id, List<CrossAccountGrant> list, CrossAccountGrant.Side side) {
        return list.stream().map(g -> row(id, g, side)).toList();
    }

    private GrantRow row(AccountId id, CrossAccountGrant grant, CrossAccountGrant.Side side) {
        TradeAccount other = accounts.find(side == CrossAccountGrant.Side.GRANTOR ? grant.grantee() : grant.grantor())
                .orElseThrow();
        boolean pending = grant.status() == CrossAccountGrant.Status.OFFERED || grant.status() == CrossAccountGrant.Status.REQUESTED;
        boolean active = grant.status() == CrossAccountGrant.Status.ACTIVE;
        return new GrantRow(grant, other, grant.scopes().stream().map(this::scopeLabel).toList(),
                grant.isInForce(access.today()), grant.hasExpired(access.today()),
                pending && grant.answeringSide() == side, pending && grant.initiatedBy() == side,
                active && !grant.hasExpired(access.today()),
                active && side == CrossAccountGrant.Side.GRANTEE && !grant.hasExpired(access.today()));
    }

    private String scopeLabel(GrantScope scope) {
        String sub = subAccounts.find(scope.subAccount()).map(s -> s.activity().label(s.name()))
                .orElse("a sub-account");
        return sub + ": " + org.openace.platform.Sentences.inSentence(scope.function().title()) + ", "
                + (scope.level() == AccessLevel.EDIT ? "view and change" : "view");
    }

    private static AccessLevel level(GrantForm form, BindingResult errors) {
        try {
            return AccessLevel.valueOf(form.level() == null ? "" : form.level());
        }
        catch (IllegalArgumentException e) {
            if (!errors.hasFieldErrors("level")) {
                errors.rejectValue("level", "unknown", "Choose view or change.");
            }
            return AccessLevel.VIEW;
        }
    }
}
