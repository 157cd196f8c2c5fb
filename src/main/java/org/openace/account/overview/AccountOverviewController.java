package org.openace.account.overview;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.openace.account.AccessLevel;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.AccountVisible;
import org.openace.account.PathIds;
import org.openace.account.web.AccountHeader;
import org.openace.account.web.FormErrors;
import org.openace.account.web.RevealForm;
import org.openace.identity.CurrentUser;
import org.openace.privacy.RevealReason;
import org.openace.privacy.TaxIdentifier;
import org.springframework.http.CacheControl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An account's overview: the company, its sub-accounts, the viewer's role and rights (or, for the users of an account
 * it granted access to, what they reach). The owner can reveal the tax identifier, once per request, for a reason.
 */
@Controller
class AccountOverviewController {

    private final AccountOverviews overviews;
    private final RevealTaxIdentifier revealTaxIdentifier;
    private final AccountHeader header;

    AccountOverviewController(AccountOverviews overviews, RevealTaxIdentifier revealTaxIdentifier,
                              AccountHeader header) {
        this.overviews = overviews;
        this.revealTaxIdentifier = revealTaxIdentifier;
        this.header = header;
    }

    @GetMapping("/accounts/{accountId}")
    @AccountVisible
    String overview(@PathVariable String accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(PathIds.account(accountId), user, model, RevealForm.empty(), FormErrors.none());
    }

    @PostMapping("/accounts/{accountId}/tax-identifier/reveal")
    @AccountOwnerOnly(proxyAllowed = false)
    String reveal(@PathVariable String accountId, @Valid @ModelAttribute("form") RevealForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        AccountId id = PathIds.account(accountId);
        FormErrors errors = FormErrors.of(binding);
        Optional<RevealReason> reason = Optional.ofNullable(form.reason()).flatMap(AccountOverviewController::reason);
        if (reason.isEmpty()) {
            errors.message("Choose why you need to see the full number.", 400);
        }
        else if (form.note() != null && form.note().chars().anyMatch(Character::isISOControl)) {
            errors = FormErrors.field("note", "The note cannot hold control characters.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(errors.status());
            return page(id, user, model, form, errors);
        }
        TaxIdentifier revealed = revealTaxIdentifier.reveal(user, id, reason.get(), form.note() == null ? "" : form.note());
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        response.setHeader("Pragma", "no-cache");
        header.add(model, user, id);
        model.addAttribute("revealed", revealed);
        model.addAttribute("reason", reason.get());
        return "account/reveal";
    }

    private String page(AccountId id, CurrentUser user, Model model, RevealForm form, FormErrors errors) {
        header.add(model, user, id);
        model.addAttribute("overview", overviews.of(user.id(), id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", RevealReason.values());
        model.addAttribute("edit", AccessLevel.EDIT);
        return "account/overview";
    }

    private static Optional<RevealReason> reason(String typed) {
        for (RevealReason reason : RevealReason.values()) {
            if (reason.name().equals(typed)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
