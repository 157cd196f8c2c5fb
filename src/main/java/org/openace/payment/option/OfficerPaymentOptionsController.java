package org.openace.payment.option;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.PayerSubAccounts;
import org.openace.audit.AuditActor;
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

/**
 * Customs officers' side of payment options (M1): the applications waiting (ACH debit, ACH credit, PMS; an ACH credit
 * approved and waiting for its prenote) and the options in force, each with the moves its state allows (approve and
 * assign a payer unit number, prenote received, reject, suspend, reinstate, end). The importer number is shown
 * masked; the bank account by its last four digits only. Also the refunds owed from liquidations, held or scheduled,
 * which the officer records as issued.
 */
@Controller
@RoleRequired("OFFICER")
class OfficerPaymentOptionsController {

    static final int IN_FORCE_SHOWN = 200;

    private final PaymentOptions options;
    private final PayerSubAccounts importers;
    private final Refunds refunds;
    private final Clock clock;

    OfficerPaymentOptionsController(PaymentOptions options, PayerSubAccounts importers, Refunds refunds,
                                    Clock clock) {
        this.options = options;
        this.importers = importers;
        this.refunds = refunds;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "officer-payment-options";
    }

    /** An option as the officer's list shows it: with the importer it belongs to and the moves it allows. */
    record Row(PaymentOption option, String importer, Map<String, String> moves) {
    }

    @GetMapping("/officer/payment-options")
    String list(Model model) {
        model.addAttribute("waiting", rows(options.waiting()));
        List<PaymentOption> inForce = options.inForce(IN_FORCE_SHOWN + 1);
        model.addAttribute("inForce", rows(inForce.size() > IN_FORCE_SHOWN ? inForce.subList(0, IN_FORCE_SHOWN)
                : inForce));
        model.addAttribute("inForceCut", inForce.size() > IN_FORCE_SHOWN);
        model.addAttribute("inForceShown", IN_FORCE_SHOWN);
        model.addAttribute("refunds", refunds.waiting());
        return "payment/officer-options";
    }

    @PostMapping("/officer/payment-options/{optionId}/{move}")
    String move(@PathVariable String optionId, @PathVariable String move,
                @RequestParam(required = false) @Nullable String note, @AuthenticationPrincipal CurrentUser officer,
                RedirectAttributes redirect) {
        PaymentOptions.Move chosen = PaymentOptions.Move.ofPath(move).orElseThrow(AccountDataNotFoundException::new);
        UUID id;
        try {
            id = UUID.fromString(optionId);
        }
        catch (IllegalArgumentException e) {
            throw new AccountDataNotFoundException();
        }
        String reason = note == null || note.isBlank() ? null : note.strip().substring(0, Math.min(500,
                note.strip().length()));
        try {
            PaymentOption moved = options.move(id, chosen, reason, AuditActor.user(officer.userId(),
                    officer.username()));
            redirect.addFlashAttribute("success", UserMessage.of("payment.option.moved", moved.kindTitle(),
                    moved.statusTitle()));
        }
        catch (OptionRefused refused) {
            redirect.addFlashAttribute("error", UserMessage.of("payment.refused", refused.getMessage()));
        }
        return "redirect:/officer/payment-options";
    }

    /** Records a scheduled refund as paid out today; a held or issued one is refused with the reason. */
    @PostMapping("/officer/payment-options/refunds/{refundId}/issue")
    String issue(@PathVariable String refundId, @AuthenticationPrincipal CurrentUser officer,
                 RedirectAttributes redirect) {
        UUID id;
        try {
            id = UUID.fromString(refundId);
        }
        catch (IllegalArgumentException e) {
            throw new AccountDataNotFoundException();
        }
        boolean issued = refunds.issue(id, LocalDate.now(clock), AuditActor.user(officer.userId(), officer.username()));
        redirect.addFlashAttribute(issued ? "success" : "error", issued ? UserMessage.of("payment.refund.issued")
                : UserMessage.of("payment.refund.not-scheduled"));
        return "redirect:/officer/payment-options";
    }

    private List<Row> rows(List<PaymentOption> list) {
        return list.stream().map(o -> new Row(o, importers.held(o.identifierId())
                .map(PayerSubAccounts.PayerNumberHeld::label).orElse(o.filerCode() ? "A filer code no longer held"
                        : "An importer number no longer held"),
                PaymentOptions.movesOf(o))).toList();
    }
}
