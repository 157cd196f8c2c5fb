package org.openace.account.token;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.PathIds;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.web.AccountHeader;
import org.openace.account.web.FormErrors;
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
 * An account's API tokens, for its owners and proxy owners: the list (never a secret; the last use, when and from
 * where), issuing one for a broker or filer sub-account (the secret is shown on the answer to the issue, once, and
 * never stored), and revoking one.
 */
@Controller
class ApiTokensController {

    /** The form as typed. */
    record Form(@Nullable String subAccountId, @Nullable String name, @Nullable String days) {
    }

    private final ApiTokens tokens;
    private final IssueApiToken issue;
    private final RevokeApiToken revoke;
    private final AccountHeader header;
    private final Clock clock;

    ApiTokensController(ApiTokens tokens, IssueApiToken issue, RevokeApiToken revoke, AccountHeader header,
                        Clock clock) {
        this.tokens = tokens;
        this.issue = issue;
        this.revoke = revoke;
        this.header = header;
        this.clock = clock;
    }

    @GetMapping("/accounts/{accountId}/api-tokens")
    @AccountOwnerOnly
    String list(@PathVariable String accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(PathIds.account(accountId), user, model,
                new Form(null, null, String.valueOf(IssueApiToken.DEFAULT_DAYS)), FormErrors.none(), null);
    }

    @PostMapping("/accounts/{accountId}/api-tokens")
    @AccountOwnerOnly
    String issue(@PathVariable String accountId,
                 @RequestParam(name = "subAccountId", required = false) @Nullable String subAccountId,
                 @RequestParam(name = "name", required = false) @Nullable String name,
                 @RequestParam(name = "days", required = false) @Nullable String days,
                 @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        AccountId id = PathIds.account(accountId);
        Form form = new Form(subAccountId, name, days);
        response.setHeader("Cache-Control", "no-store");
        try {
            IssueApiToken.Issued issued = issue.issue(user, id, subAccountId, name, days);
            model.addAttribute("success", UserMessage.of("account.api-token.issued", issued.name()));
            return page(id, user, model, new Form(null, null, String.valueOf(IssueApiToken.DEFAULT_DAYS)),
                    FormErrors.none(), issued);
        }
        catch (AccountChangeRefusedException refused) {
            FormErrors errors = FormErrors.none().add(refused);
            response.setStatus(errors.status());
            return page(id, user, model, form, errors, null);
        }
    }

    @PostMapping("/accounts/{accountId}/api-tokens/{tokenId}/revoke")
    @AccountOwnerOnly
    String revoke(@PathVariable String accountId, @PathVariable String tokenId,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        try {
            String name = revoke.revoke(user, id, PathIds.uuid(tokenId));
            redirect.addFlashAttribute("success", UserMessage.of("account.api-token.revoked", name));
        }
        catch (AccountChangeRefusedException refused) {
            FormErrors errors = FormErrors.none().add(refused);
            response.setStatus(errors.status());
            return page(id, user, model, new Form(null, null, String.valueOf(IssueApiToken.DEFAULT_DAYS)), errors,
                    null);
        }
        return "redirect:/accounts/" + id + "/api-tokens";
    }

    private String page(AccountId id, CurrentUser user, Model model, Form form, FormErrors errors,
                        IssueApiToken.@Nullable Issued issued) {
        header.add(model, user, id);
        model.addAttribute("tokens", tokens.ofAccount(id));
        model.addAttribute("now", clock.instant());
        model.addAttribute("filers", tokens.filerSubAccounts(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("issued", issued);
        model.addAttribute("maxDays", IssueApiToken.MAX_DAYS);
        return "account/api-tokens";
    }
}
