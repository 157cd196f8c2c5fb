package org.openace.site.terms;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.platform.ClientAddress;
import org.openace.platform.web.PublicEndpoint;
import org.openace.platform.web.SignedInUser;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reading the Terms and Conditions (anyone) and accepting the current version (after sign-in). */
@Controller
class TermsController {

    private final TermsOfUse terms;
    private final AuditTrail audit;

    TermsController(TermsOfUse terms, AuditTrail audit) {
        this.terms = terms;
        this.audit = audit;
    }

    @GetMapping("/terms")
    @PublicEndpoint
    String read(Model model) {
        model.addAttribute("terms", terms.current());
        return "site/terms";
    }

    @GetMapping("/terms/accept")
    @SignedInUser
    String acceptPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        TermsVersion current = terms.current();
        if (terms.hasAccepted(user.userId(), current.version())) {
            return "redirect:/";
        }
        model.addAttribute("terms", current);
        model.addAttribute("previouslyAccepted", current.version() > 1
                && terms.hasAccepted(user.userId(), current.version() - 1));
        return "site/terms-accept";
    }

    @PostMapping("/terms/accept")
    @SignedInUser
    String accept(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int version,
                  @RequestParam(required = false) String accept, HttpServletRequest request, Model model) {
        TermsVersion current = terms.current();
        if (!"yes".equals(accept) || version != current.version()) {
            model.addAttribute("terms", current);
            model.addAttribute("error", UserMessage.of(version != current.version() ? "site.terms.newer-version"
                    : "site.terms.not-ticked"));
            return "site/terms-accept";
        }
        if (terms.accept(user.userId(), current.version(), ClientAddress.of(request))) {
            audit.record(AuditRecord.of("TERMS_ACCEPTED", AuditOutcome.SUCCESS)
                    .object("TERMS", current.version()).detail("version", current.version()));
        }
        return "redirect:/";
    }
}
