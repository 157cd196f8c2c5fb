package org.openace.payment.option;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.PayerSubAccounts;
import org.openace.account.PayerSubAccounts.PayerNumberHeld;
import org.openace.identity.CurrentUser;
import org.openace.payment.refund.Refunds;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The payment options of the importer numbers a trade user holds payments rights on (M1): the list, and per importer
 * number its ACH refund bank details with the change waiting for a second person, and its ACH debit, ACH credit and
 * Periodic Monthly Statement enrollment. Viewing needs payments at view level on the importer number, any change at
 * edit level; an importer number the user may not reach is 404, as if it did not exist. Refusals are shown on the
 * page with their reason; a form with mistakes is shown again with each one at its field (400).
 */
@Controller
@RoleRequired("TRADE")
class PaymentOptionsController {

    private final PayerSubAccounts importers;
    private final RefundBankDetails refundBank;
    private final PaymentOptions options;
    private final Refunds refunds;

    PaymentOptionsController(PayerSubAccounts importers, RefundBankDetails refundBank, PaymentOptions options,
                             Refunds refunds) {
        this.importers = importers;
        this.refundBank = refundBank;
        this.options = options;
        this.refunds = refunds;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "payments";
    }

    @GetMapping("/payments/options")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<PayerNumberHeld> held = importers.whereUser(user.id(), AccountFunction.PAYMENTS, AccessLevel.VIEW);
        model.addAttribute("importers", held.stream().map(h -> {
            List<RefundBankDetail> history = refundBank.history(h.identifierId());
            return new Summary(h, history.stream().anyMatch(d -> "ACTIVE".equals(d.status())),
                    history.stream().anyMatch(RefundBankDetail::pending), options.of(h.identifierId()));
        }).toList());
        return "payment/options";
    }

    /** A row of the list: an importer number and where its options stand. */
    record Summary(PayerNumberHeld importer, boolean refundDetailsActive, boolean refundChangeWaiting,
                   List<PaymentOption> options) {
    }

    @GetMapping("/payments/options/{identifierId}")
    String show(@PathVariable String identifierId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PayerNumberHeld importer = reach(identifierId, user, AccessLevel.VIEW);
        return page(importer, user, model, new RefundBankForm(), Map.of(), new AchForm(), Map.of());
    }

    @PostMapping("/payments/options/{identifierId}/refund-bank")
    String requestRefundBank(@PathVariable String identifierId, @ModelAttribute RefundBankForm form,
                             @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        PayerNumberHeld importer = reach(identifierId, user, AccessLevel.EDIT);
        RefundBankForm.Checked checked = form.check();
        if (checked.change() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(importer, user, model, form.withoutAccountNumbers(), checked.errors(), new AchForm(), Map.of());
        }
        try {
            refundBank.request(importer, user.id(), user.username(), checked.change());
            redirect.addFlashAttribute("success", UserMessage.of("payment.refund-bank.requested"));
        }
        catch (OptionRefused refused) {
            redirect.addFlashAttribute("error", UserMessage.of("payment.refused", refused.getMessage()));
        }
        return "redirect:/payments/options/" + importer.identifierId();
    }

    @PostMapping("/payments/options/{identifierId}/refund-bank/{changeId}/{decision}")
    String decideRefundBank(@PathVariable String identifierId, @PathVariable String changeId,
                            @PathVariable String decision, @RequestParam(required = false) @Nullable String note,
                            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PayerNumberHeld importer = reach(identifierId, user, AccessLevel.EDIT);
        UUID change = uuid(changeId);
        try {
            String done = switch (decision) {
                case "approve" -> {
                    refundBank.approve(importer, change, user.id(), user.username());
                    yield "payment.refund-bank.approve";
                }
                case "reject" -> {
                    refundBank.reject(importer, change, user.id(), user.username(), note == null || note.isBlank()
                            ? null : note.strip().substring(0, Math.min(500, note.strip().length())));
                    yield "payment.refund-bank.reject";
                }
                case "withdraw" -> {
                    refundBank.withdraw(importer, change, user.id(), user.username());
                    yield "payment.refund-bank.withdraw";
                }
                default -> throw new AccountDataNotFoundException();
            };
            redirect.addFlashAttribute("success", UserMessage.of(done));
        }
        catch (OptionRefused refused) {
            redirect.addFlashAttribute("error", UserMessage.of("payment.refused", refused.getMessage()));
        }
        return "redirect:/payments/options/" + importer.identifierId();
    }

    @PostMapping("/payments/options/{identifierId}/{kind}/apply")
    String apply(@PathVariable String identifierId, @PathVariable String kind, @ModelAttribute AchForm form,
                 @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        PayerNumberHeld importer = reach(identifierId, user, AccessLevel.EDIT);
        OptionKind chosen = OptionKind.ofPath(kind).orElseThrow(AccountDataNotFoundException::new);
        AchForm.Checked checked = form.check(chosen);
        if (checked.application() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("achKind", chosen.name());
            return page(importer, user, model, new RefundBankForm(), Map.of(), form.withoutAccountNumbers(),
                    checked.errors());
        }
        try {
            options.apply(importer, chosen, checked.application(), user.id(), user.username());
            redirect.addFlashAttribute("success", UserMessage.of("payment.option.applied", chosen.title()));
        }
        catch (OptionRefused refused) {
            redirect.addFlashAttribute("error", UserMessage.of("payment.refused", refused.getMessage()));
        }
        return "redirect:/payments/options/" + importer.identifierId();
    }

    @PostMapping("/payments/options/{identifierId}/options/{optionId}/end")
    String end(@PathVariable String identifierId, @PathVariable String optionId,
               @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PayerNumberHeld importer = reach(identifierId, user, AccessLevel.EDIT);
        try {
            options.endByTrade(importer, uuid(optionId), user.id(), user.username());
            redirect.addFlashAttribute("success", UserMessage.of("payment.option.ended"));
        }
        catch (OptionRefused refused) {
            redirect.addFlashAttribute("error", UserMessage.of("payment.refused", refused.getMessage()));
        }
        return "redirect:/payments/options/" + importer.identifierId();
    }

    private String page(PayerNumberHeld importer, CurrentUser user, Model model, RefundBankForm refundForm,
                        Map<String, String> refundErrors, AchForm achForm, Map<String, String> achErrors) {
        boolean mayEdit = importers.whereUser(user.id(), AccountFunction.PAYMENTS, AccessLevel.EDIT,
                importer.identifierId()).isPresent();
        List<RefundBankDetail> history = refundBank.history(importer.identifierId());
        model.addAttribute("importer", importer);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("me", user.userId());
        model.addAttribute("active", history.stream().filter(d -> "ACTIVE".equals(d.status())).findFirst().orElse(null));
        model.addAttribute("pending", history.stream().filter(RefundBankDetail::pending).findFirst().orElse(null));
        model.addAttribute("history", history);
        model.addAttribute("refundForm", refundForm);
        model.addAttribute("refundErrors", refundErrors);
        model.addAttribute("achForm", achForm);
        model.addAttribute("achErrors", achErrors);
        List<PaymentOption> all = options.of(importer.identifierId());
        model.addAttribute("options", all);
        model.addAttribute("openKinds", all.stream().filter(o -> !o.ended()).map(o -> o.kind().path()).toList());
        model.addAttribute("kinds", OptionKind.values());
        model.addAttribute("printDays", PaymentOptions.PRINT_DAYS);
        model.addAttribute("refunds", refunds.of(importer.identifierId()));
        return "payment/option";
    }

    private PayerNumberHeld reach(String identifierId, CurrentUser user, AccessLevel level) {
        return importers.whereUser(user.id(), AccountFunction.PAYMENTS, level, uuid(identifierId))
                .orElseThrow(AccountDataNotFoundException::new);
    }

    private static UUID uuid(String text) {
        if (text == null || !text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new AccountDataNotFoundException();
        }
        return UUID.fromString(text);
    }
}
