package org.openace.identity.settings;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.EmailAddress;
import org.openace.identity.factor.CodeCheck;
import org.openace.identity.factor.CodePurpose;
import org.openace.identity.factor.EmailCodes;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;
import org.openace.platform.web.SignedInUser;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's e-mail address (P4): the new address only replaces the old one once a code sent to it is entered,
 * so a user is never left without a working address; the old address is told. The same code also verifies the
 * address on record when it has never been verified.
 */
@Controller
@RequestMapping("/account/email")
@SignedInUser
class EmailChangeController {

    private final PortalUsers users;
    private final EmailCodes codes;
    private final Reauthentication reauthentication;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final PortalLinks portal;
    private final Clock clock;

    EmailChangeController(PortalUsers users, EmailCodes codes, Reauthentication reauthentication, Mailer mailer,
                          AuditTrail audit, PortalLinks portal, Clock clock) {
        this.users = users;
        this.codes = codes;
        this.reauthentication = reauthentication;
        this.mailer = mailer;
        this.audit = audit;
        this.portal = portal;
        this.clock = clock;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser principal, Model model) {
        return page(users.findById(principal.id()).orElseThrow(), model);
    }

    @PostMapping
    String request(@AuthenticationPrincipal CurrentUser principal, @RequestParam(defaultValue = "") String email,
                   @RequestParam(defaultValue = "") String currentPassword, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        model.addAttribute("typedEmail", email.length() > 254 ? "" : email);
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (address.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("emailError", "Enter an e-mail address in the form name@example.com.");
            return page(user, model);
        }
        if (!reauthentication.confirm(user, currentPassword, "CHANGE_EMAIL", request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("currentPasswordError", "Your current password is not right.");
            return page(user, model);
        }
        return sendCode(user, address.get(), response, model);
    }

    /** Verifying the address on record (asked after sign-in when it was never verified). */
    @GetMapping("/verify")
    String verifyCurrent(@AuthenticationPrincipal CurrentUser principal, HttpServletResponse response, Model model) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        if (user.isEmailVerified() && codes.pendingDestination(user.id(), CodePurpose.EMAIL_CHANGE).isEmpty()) {
            return "redirect:/";
        }
        if (codes.pendingDestination(user.id(), CodePurpose.EMAIL_CHANGE).isEmpty()) {
            return sendCode(user, user.email(), response, model);
        }
        return confirmPage(user, codes.pendingDestination(user.id(), CodePurpose.EMAIL_CHANGE).get(), model);
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser principal, @RequestParam(defaultValue = "") String code,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        Optional<EmailAddress> destination = codes.pendingDestination(user.id(), CodePurpose.EMAIL_CHANGE);
        if (destination.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("emailError", "The code has expired or was used. Start again.");
            return page(user, model);
        }
        CodeCheck check = codes.check(user.id(), CodePurpose.EMAIL_CHANGE, code);
        if (check != CodeCheck.ACCEPTED) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("codeError", check == CodeCheck.WRONG ? "The code is not right."
                    : "The code has expired or had too many wrong tries. Start again.");
            return check == CodeCheck.WRONG ? confirmPage(user, destination.get(), model) : page(user, model);
        }
        PortalUser locked = users.findByIdForUpdate(user.id()).orElseThrow();
        EmailAddress old = locked.email();
        boolean changed = !old.value().equalsIgnoreCase(destination.get().value());
        locked.changeEmail(destination.get(), clock.instant());
        users.update(locked);
        audit.record(AuditRecord.of(changed ? "EMAIL_CHANGED" : "EMAIL_VERIFIED", AuditOutcome.SUCCESS)
                .object("USER", user.id()));
        if (changed) {
            tellOldAddress(old, locked);
        }
        redirect.addFlashAttribute("success", UserMessage.of(changed ? "identity.email.changed" : "identity.email.verified"));
        return "redirect:/account/security";
    }

    private String sendCode(PortalUser user, EmailAddress destination, HttpServletResponse response, Model model) {
        boolean sent = codes.send(user.id(), CodePurpose.EMAIL_CHANGE, destination, new EmailCodes.CodeMessage(
                "Confirm your e-mail address for OpenACE",
                "To confirm this address for OpenACE user ID " + user.username() + ", enter this code:"));
        if (!sent) {
            response.setStatus(429);
            model.addAttribute("emailError", "We have already sent several codes. Use the latest one, or wait 15 "
                    + "minutes before asking for another.");
            return page(user, model);
        }
        audit.record(AuditRecord.of("EMAIL_CODE_SENT", AuditOutcome.SUCCESS).object("USER", user.id()));
        return confirmPage(user, destination, model);
    }

    private String confirmPage(PortalUser user, EmailAddress destination, Model model) {
        model.addAttribute("navSection", "security");
        model.addAttribute("destination", destination.value());
        return "identity/settings/email-confirm";
    }

    private String page(PortalUser user, Model model) {
        model.addAttribute("navSection", "security");
        model.addAttribute("currentEmail", user.email().value());
        model.addAttribute("verified", user.isEmailVerified());
        return "identity/settings/email";
    }

    private void tellOldAddress(EmailAddress old, PortalUser user) {
        mailer.send(new OutgoingMail("EMAIL_CHANGED_NOTICE", old.value(), "Your OpenACE e-mail address was changed",
                "The e-mail address of OpenACE user ID " + user.username() + " was changed to "
                        + user.email().masked() + ". If you did not do this, call the support center at once.\n\n"
                        + "Your sign-in and security settings: " + portal.link("/account/security") + "\n"));
    }
}
