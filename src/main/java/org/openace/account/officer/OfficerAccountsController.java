package org.openace.account.officer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.TradeAccount;
import org.openace.account.core.Identifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.platform.web.RoleRequired;
import org.openace.privacy.PersonalDataReveals;
import org.openace.privacy.RevealReason;
import org.openace.privacy.TaxIdentifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customs officers find trade accounts by name or number and look at one, read-only: the company, its masked tax
 * identifier (revealed once for a stated reason, audited), its sub-accounts with their status and identifiers, its
 * members with their roles, and its contacts.
 */
@Controller
@RequestMapping("/officer/accounts")
@RoleRequired("OFFICER")
class OfficerAccountsController {

    static final int LIMIT = 50;
    static final int MAX_QUERY = 100;
    private static final String VIEW = "account/officer/account";
    /** One line of text: no control characters, no broken characters. */
    private static final java.util.regex.Pattern ONE_LINE = java.util.regex.Pattern.compile("[\\P{Cc}&&\\P{Cs}]*");

    /** A sub-account with its identifiers, masked where personal. */
    record SubAccountView(SubAccount subAccount, List<Identifier> identifiers) {
    }

    /** A member of the account: the user (if found) and their role. */
    record MemberView(Membership membership, @Nullable UserSummary user) {
    }

    /** What an officer gives to see the tax identifier in full. */
    record RevealForm(@Nullable String reason, @Nullable String note) {

        Optional<RevealReason> chosenReason() {
            return Arrays.stream(RevealReason.values()).filter(r -> r.name().equals(reason)).findFirst();
        }

        String cleanNote() {
            return note == null ? "" : note.strip();
        }
    }

    private final TradeAccounts accounts;
    private final SubAccounts subAccounts;
    private final Identifiers identifiers;
    private final Memberships memberships;
    private final AccountContacts contacts;
    private final UserDirectory directory;
    private final PersonalDataReveals reveals;

    OfficerAccountsController(TradeAccounts accounts, SubAccounts subAccounts, Identifiers identifiers,
                              Memberships memberships, AccountContacts contacts, UserDirectory directory,
                              PersonalDataReveals reveals) {
        this.accounts = accounts;
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
        this.memberships = memberships;
        this.contacts = contacts;
        this.directory = directory;
        this.reveals = reveals;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "officer-accounts";
    }

    @GetMapping
    String search(@RequestParam(name = "q", required = false) @Nullable String query, Model model,
                  HttpServletResponse response) {
        String text = query == null ? "" : query.strip();
        model.addAttribute("q", text);
        if (text.isEmpty()) {
            return "account/officer/accounts";
        }
        if (text.length() > MAX_QUERY || !ONE_LINE.matcher(text).matches()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("queryError", "Enter up to 100 letters, digits or punctuation: part of the name or the "
                    + "account number (for example TA1000123)");
            return "account/officer/accounts";
        }
        model.addAttribute("results", accounts.search(text, LIMIT));
        model.addAttribute("limit", LIMIT);
        return "account/officer/accounts";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        return page(load(id), model);
    }

    @PostMapping("/{id}/reveal")
    String reveal(@PathVariable String id, @ModelAttribute("revealForm") RevealForm form, BindingResult errors,
                  Model model, HttpServletResponse response) {
        TradeAccount account = load(id);
        Optional<RevealReason> reason = form.chosenReason();
        if (reason.isEmpty()) {
            errors.rejectValue("reason", "required", "Choose why you need to see the full number");
        }
        if (form.note() != null && (form.note().length() > 200 || !ONE_LINE.matcher(form.note()).matches())) {
            errors.rejectValue("note", "format", "Write the note on one line, in 200 characters or fewer");
        }
        if (!account.taxIdKind().isPersonalData()) {
            errors.reject("notPersonal", "This account's tax identifier is not masked: nothing to reveal");
        }
        if (errors.hasErrors() || reason.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(account, model);
        }
        TaxIdentifier value = reveals.reveal("TRADE_ACCOUNT", account.id().toString(), reason.get(), form.cleanNote(),
                () -> accounts.openTaxIdentifier(account.id()));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("revealedValue", value.value());
        return page(account, model);
    }

    private TradeAccount load(String id) {
        return accounts.find(new AccountId(UnknownRecordException.parse(id))).orElseThrow(UnknownRecordException::new);
    }

    private String page(TradeAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("subAccounts", subAccounts.ofAccount(account.id()).stream()
                .map(s -> new SubAccountView(s, identifiers.ofSubAccount(s.id()))).toList());
        model.addAttribute("members", memberships.ofAccount(account.id()).stream()
                .map(m -> new MemberView(m, directory.find(m.userId()).orElse(null))).toList());
        model.addAttribute("contacts", contacts.of(account.id()));
        model.addAttribute("reasons", RevealReason.values());
        model.addAttribute("personal", account.taxIdKind().isPersonalData());
        if (!model.containsAttribute("revealForm")) {
            model.addAttribute("revealForm", new RevealForm("", ""));
        }
        return VIEW;
    }
}
