package org.openace.review.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.PayerSubAccounts;
import org.openace.account.PayerSubAccounts.PayerNumberHeld;
import org.openace.audit.AuditActor;
import org.openace.identity.CurrentUser;
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
 * The importer's setting of which brokers get courtesy copies of its CBP forms: for each importer number the user
 * may edit reviews for (in the user's own accounts), the designated filer codes, added and withdrawn. An importer
 * number the user may not edit reviews for answers 404.
 */
@Controller
@RoleRequired("TRADE")
class BrokerCopiesController {

    private final PayerSubAccounts held;
    private final BrokerCopies copies;

    BrokerCopiesController(PayerSubAccounts held, BrokerCopies copies) {
        this.held = held;
        this.copies = copies;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "reviews";
    }

    @GetMapping("/reviews/broker-copies")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, model, null, Map.of(), "");
    }

    @PostMapping("/reviews/broker-copies/{identifierId}")
    String designate(@PathVariable String identifierId, @RequestParam(required = false) @Nullable String filerCode,
                     @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        PayerNumberHeld importer = importer(user, identifierId);
        String code = BrokerCopies.filerCode(filerCode).orElse(null);
        if (code == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(user, model, importer.identifierId(), Map.of("filerCode",
                    "Give the broker's filer code: three letters or digits."), filerCode == null ? "" : filerCode);
        }
        boolean added = copies.designate(importer.subAccount(), code, actor(user));
        redirect.addFlashAttribute(added ? "success" : "info", added
                ? UserMessage.of("review.copies.designated", code, importer.numberTitle())
                : UserMessage.of("review.copies.already", code, importer.numberTitle()));
        return "redirect:/reviews/broker-copies";
    }

    @PostMapping("/reviews/broker-copies/{identifierId}/{filerCode}/withdraw")
    String withdraw(@PathVariable String identifierId, @PathVariable String filerCode,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PayerNumberHeld importer = importer(user, identifierId);
        String code = BrokerCopies.filerCode(filerCode).orElseThrow(AccountDataNotFoundException::new);
        if (copies.withdraw(importer.subAccount(), code, actor(user))) {
            redirect.addFlashAttribute("success", UserMessage.of("review.copies.withdrawn", code,
                    importer.numberTitle()));
        }
        return "redirect:/reviews/broker-copies";
    }

    private String page(CurrentUser user, Model model, @Nullable UUID failed, Map<String, String> errors,
                        String typed) {
        Map<PayerNumberHeld, List<String>> importers = new LinkedHashMap<>();
        for (PayerNumberHeld importer : importers(user)) {
            importers.put(importer, copies.of(importer.subAccount()));
        }
        model.addAttribute("importers", importers);
        model.addAttribute("failed", failed == null ? "" : failed.toString());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "review/broker-copies";
    }

    private List<PayerNumberHeld> importers(CurrentUser user) {
        return held.whereUser(user.id(), AccountFunction.REVIEWS, AccessLevel.EDIT).stream()
                .filter(h -> !h.filerCode()).toList();
    }

    private PayerNumberHeld importer(CurrentUser user, String identifierId) {
        UUID id;
        try {
            id = UUID.fromString(identifierId);
        }
        catch (IllegalArgumentException e) {
            throw new AccountDataNotFoundException();
        }
        return importers(user).stream().filter(h -> h.identifierId().equals(id)).findFirst()
                .orElseThrow(AccountDataNotFoundException::new);
    }

    private static AuditActor actor(CurrentUser user) {
        return AuditActor.user(user.userId(), user.username());
    }
}
