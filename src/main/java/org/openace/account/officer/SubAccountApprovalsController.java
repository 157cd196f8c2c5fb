package org.openace.account.officer;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openace.account.SubAccountId;
import org.openace.account.TradeAccount;
import org.openace.account.core.Identifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Broker, filer and carrier sub-accounts waiting for a customs officer, oldest first; approve or reject each. */
@Controller
@RequestMapping("/officer/sub-accounts")
@RoleRequired("OFFICER")
class SubAccountApprovalsController {

    static final int LIMIT = 100;
    private static final String VIEW = "account/officer/sub-accounts";

    /** A pending sub-account with its account and identifiers (masked where personal). */
    record Pending(SubAccount subAccount, TradeAccount account, List<Identifier> identifiers) {
    }

    /** The reason for a rejection. */
    record RejectForm(
            @NotBlank(message = "Enter the reason: the account owner reads it")
            @Size(min = DecideSubAccount.MIN_REASON, max = DecideSubAccount.MAX_REASON,
                    message = "Write the reason in 10 to 500 characters")
            @Pattern(regexp = "[[\\P{Cc}&&\\P{Cs}]\\r\\n\\t]*", message = "Use letters, digits, punctuation and line breaks only")
            @Nullable String reason) {
    }

    private final SubAccounts subAccounts;
    private final TradeAccounts accounts;
    private final Identifiers identifiers;
    private final DecideSubAccount decideSubAccount;

    SubAccountApprovalsController(SubAccounts subAccounts, TradeAccounts accounts, Identifiers identifiers,
                                  DecideSubAccount decideSubAccount) {
        this.subAccounts = subAccounts;
        this.accounts = accounts;
        this.identifiers = identifiers;
        this.decideSubAccount = decideSubAccount;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "applications";
    }

    @GetMapping
    String list(Model model) {
        return page(model, null);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable String id, @AuthenticationPrincipal CurrentUser officer, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        SubAccountId subAccount = pending(id);
        return answer(decideSubAccount.decide(subAccount, DecideSubAccount.Decision.APPROVE, officer, null), model,
                response, redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable String id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser officer, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        SubAccountId subAccount = pending(id);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, subAccount);
        }
        return answer(decideSubAccount.decide(subAccount, DecideSubAccount.Decision.REJECT, officer, form.reason()),
                model, response, redirect);
    }

    private String answer(DecideSubAccount.Result result, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        switch (result) {
            case DecideSubAccount.Result.Decided decided -> {
                SubAccount sub = decided.subAccount();
                boolean approved = sub.status() == SubAccount.Status.ACTIVE;
                String activity = org.openace.platform.Sentences.inSentence(sub.activity().title());
                String number = decided.account().number();
                redirect.addFlashAttribute("success", decided.ownerMailSent()
                        ? UserMessage.of(approved ? "account.sub-account.approved" : "account.sub-account.rejected",
                                activity, sub.name(), number)
                        : UserMessage.of(approved ? "account.sub-account.approved.owner-not-mailed"
                                : "account.sub-account.rejected.owner-not-mailed", activity, sub.name(), number));
                return "redirect:/officer/sub-accounts";
            }
            case DecideSubAccount.Result.NotPending notPending -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("error", UserMessage.of("account.sub-account.not-pending"));
            }
            case DecideSubAccount.Result.OwnAccount own -> {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                model.addAttribute("error", UserMessage.of("account.sub-account.own-account"));
            }
        }
        return page(model, null);
    }

    /** The sub-account in the path; 404 if the id is malformed or unknown. */
    private SubAccountId pending(String id) {
        SubAccountId subAccount = new SubAccountId(UnknownRecordException.parse(id));
        subAccounts.find(subAccount).orElseThrow(UnknownRecordException::new);
        return subAccount;
    }

    private String page(Model model, @Nullable SubAccountId rejecting) {
        List<Pending> pending = subAccounts.pendingApproval(LIMIT).stream()
                .map(s -> new Pending(s, accounts.find(s.accountId()).orElseThrow(), identifiers.ofSubAccount(s.id())))
                .toList();
        model.addAttribute("pending", pending);
        model.addAttribute("rejecting", rejecting == null ? null : rejecting.value());
        model.addAttribute("limit", LIMIT);
        if (!model.containsAttribute("rejectForm")) {
            model.addAttribute("rejectForm", new RejectForm(""));
        }
        return VIEW;
    }
}
