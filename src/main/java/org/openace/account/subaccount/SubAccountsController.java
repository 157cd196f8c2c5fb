package org.openace.account.subaccount;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.AccountRole;
import org.openace.account.AccountVisible;
import org.openace.account.BusinessActivity;
import org.openace.account.PathIds;
import org.openace.account.SubAccountId;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.SubAccount;
import org.openace.account.overview.AccountOverviews;
import org.openace.account.web.AccountHeader;
import org.openace.account.web.FormErrors;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's sub-accounts (A2): the list (members see all; others what they reach), adding one for a business
 * activity with the identifiers it requires, adding and removing identifiers, and closing one.
 */
@Controller
class SubAccountsController {

    /** An activity to choose, with what it needs. */
    record ActivityChoice(String value, String title, boolean needsApproval, String identifiers) {
    }

    private final AccountOverviews overviews;
    private final AddSubAccount addSubAccount;
    private final ChangeIdentifiers changeIdentifiers;
    private final CloseSubAccount closeSubAccount;
    private final AccountHeader header;

    SubAccountsController(AccountOverviews overviews, AddSubAccount addSubAccount, ChangeIdentifiers changeIdentifiers,
                          CloseSubAccount closeSubAccount, AccountHeader header) {
        this.overviews = overviews;
        this.addSubAccount = addSubAccount;
        this.changeIdentifiers = changeIdentifiers;
        this.closeSubAccount = closeSubAccount;
        this.header = header;
    }

    @GetMapping("/accounts/{accountId}/sub-accounts")
    @AccountVisible
    String list(@PathVariable String accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        AccountId id = PathIds.account(accountId);
        header.add(model, user, id);
        model.addAttribute("overview", overviews.of(user.id(), id));
        return "account/sub-accounts";
    }

    @GetMapping("/accounts/{accountId}/sub-accounts/new")
    @AccountOwnerOnly
    String newSubAccount(@PathVariable String accountId,
                         @RequestParam(name = "activity", required = false) @Nullable String activity,
                         @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        if (activity != null && activity(activity).isEmpty()) {
            errors = FormErrors.field("activity", "Choose the business activity of the sub-account.");
            response.setStatus(400);
        }
        return form(PathIds.account(accountId), user, model, NewSubAccountForm.empty(activity), errors);
    }

    @PostMapping("/accounts/{accountId}/sub-accounts")
    @AccountOwnerOnly
    String add(@PathVariable String accountId, @Valid @ModelAttribute("form") NewSubAccountForm form,
               BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                SubAccountInput.NewSubAccount request = SubAccountInput.parse(form.activity(), form.name(),
                        List.of(new SubAccountInput.TypedIdentifier(null, form.identifier(), "identifier")),
                        "identifier");
                SubAccount added = addSubAccount.add(user, id, request, i -> "identifier");
                redirect.addFlashAttribute("success", added.status() == SubAccount.Status.ACTIVE
                        ? UserMessage.of("account.sub-account.added", added.name())
                        : UserMessage.of("account.sub-account.added.pending", added.name(),
                                org.openace.platform.Sentences.inSentence(added.activity().title())));
                return "redirect:/accounts/" + id + "/sub-accounts/" + added.id();
            }
            catch (AccountChangeRefusedException refused) {
                errors.add(refused);
            }
        }
        response.setStatus(errors.status());
        return form(id, user, model, form, errors);
    }

    @GetMapping("/accounts/{accountId}/sub-accounts/{subAccountId}")
    @AccountVisible
    String show(@PathVariable String accountId, @PathVariable String subAccountId,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        return detail(PathIds.account(accountId), PathIds.subAccount(subAccountId), user, model,
                IdentifierForm.empty(), FormErrors.none());
    }

    @PostMapping("/accounts/{accountId}/sub-accounts/{subAccountId}/identifiers")
    @AccountOwnerOnly
    String addIdentifier(@PathVariable String accountId, @PathVariable String subAccountId,
                         @Valid @ModelAttribute("form") IdentifierForm form, BindingResult binding,
                         @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        SubAccountId sub = PathIds.subAccount(subAccountId);
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                changeIdentifiers.add(user, id, sub, form.kind(), form.value());
                redirect.addFlashAttribute("success", UserMessage.of("account.identifier.added"));
                return "redirect:/accounts/" + id + "/sub-accounts/" + sub;
            }
            catch (AccountChangeRefusedException refused) {
                errors.add(refused);
            }
        }
        response.setStatus(errors.status());
        return detail(id, sub, user, model, form, errors);
    }

    @PostMapping("/accounts/{accountId}/sub-accounts/{subAccountId}/identifiers/{identifierId}/remove")
    @AccountOwnerOnly
    String removeIdentifier(@PathVariable String accountId, @PathVariable String subAccountId,
                            @PathVariable String identifierId, @AuthenticationPrincipal CurrentUser user, Model model,
                            HttpServletResponse response, RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        SubAccountId sub = PathIds.subAccount(subAccountId);
        UUID identifier = PathIds.uuid(identifierId);
        try {
            changeIdentifiers.remove(user, id, sub, identifier);
        }
        catch (AccountChangeRefusedException refused) {
            response.setStatus(refused.kind().status());
            return detail(id, sub, user, model, IdentifierForm.empty(), FormErrors.none().add(refused));
        }
        redirect.addFlashAttribute("success", UserMessage.of("account.identifier.removed"));
        return "redirect:/accounts/" + id + "/sub-accounts/" + sub;
    }

    @PostMapping("/accounts/{accountId}/sub-accounts/{subAccountId}/close")
    @AccountOwnerOnly(proxyAllowed = false)
    String close(@PathVariable String accountId, @PathVariable String subAccountId,
                 @RequestParam(name = "confirm", required = false) @Nullable String confirm,
                 @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        SubAccountId sub = PathIds.subAccount(subAccountId);
        if (!"yes".equals(confirm)) {
            response.setStatus(400);
            return detail(id, sub, user, model, IdentifierForm.empty(),
                    FormErrors.field("confirm", "Check the box to confirm that the sub-account closes."));
        }
        try {
            SubAccount closed = closeSubAccount.close(user, id, sub);
            redirect.addFlashAttribute("success", UserMessage.of("account.sub-account.closed", closed.name()));
        }
        catch (AccountChangeRefusedException refused) {
            response.setStatus(refused.kind().status());
            return detail(id, sub, user, model, IdentifierForm.empty(), FormErrors.none().add(refused));
        }
        return "redirect:/accounts/" + id + "/sub-accounts";
    }

    private String form(AccountId id, CurrentUser user, Model model, NewSubAccountForm form, FormErrors errors) {
        header.add(model, user, id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activities", java.util.Arrays.stream(BusinessActivity.values()).map(a ->
                new ActivityChoice(a.name(), a.title(), a.needsOfficerApproval(), a.identifiers().stream()
                        .map(k -> k.title()).collect(java.util.stream.Collectors.joining(", ")))).toList());
        Optional<BusinessActivity> chosen = activity(form.activity());
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute("identifierKind", chosen.filter(a -> !a.identifiers().isEmpty())
                .map(a -> a.identifiers().getFirst()).orElse(null));
        model.addAttribute("identifierHint", chosen.filter(a -> !a.identifiers().isEmpty())
                .map(a -> TradeIdentifier.formatHint(a.identifiers().getFirst())).orElse(null));
        return "account/sub-account-new";
    }

    private String detail(AccountId id, SubAccountId sub, CurrentUser user, Model model, IdentifierForm form,
                          FormErrors errors) {
        AccountRole role = header.add(model, user, id);
        AccountOverviews.SubAccountView view = overviews.subAccount(id, sub)
                .orElseThrow(AccountDataNotFoundException::new);
        boolean open = view.subAccount().status() == SubAccount.Status.ACTIVE
                || view.subAccount().status() == SubAccount.Status.PENDING_APPROVAL;
        model.addAttribute("view", view);
        model.addAttribute("mayChange", role != null && role.isOwner() && open);
        model.addAttribute("mayClose", role == AccountRole.OWNER && open);
        model.addAttribute("kinds", view.subAccount().activity().identifiers());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "account/sub-account";
    }

    private static Optional<BusinessActivity> activity(@Nullable String typed) {
        return java.util.Arrays.stream(BusinessActivity.values()).filter(a -> a.name().equals(typed)).findFirst();
    }
}
