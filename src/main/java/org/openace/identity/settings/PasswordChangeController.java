package org.openace.identity.settings;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.password.NewPassword;
import org.openace.identity.password.PasswordViolation;
import org.openace.identity.recovery.PasswordChangeNotice;
import org.openace.identity.session.SessionTerminator;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.platform.ClientAddress;
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
 * Changing one's password: the current one, then a new one that passes the policy and the history; other sessions
 * of the user end, and the user is told by e-mail.
 */
@Controller
@RequestMapping("/account/security/password")
@SignedInUser
class PasswordChangeController {

    private final PortalUsers users;
    private final NewPassword newPassword;
    private final Reauthentication reauthentication;
    private final SessionTerminator sessions;
    private final PasswordChangeNotice notice;
    private final AuditTrail audit;

    PasswordChangeController(PortalUsers users, NewPassword newPassword, Reauthentication reauthentication,
                             SessionTerminator sessions, PasswordChangeNotice notice, AuditTrail audit) {
        this.users = users;
        this.newPassword = newPassword;
        this.reauthentication = reauthentication;
        this.sessions = sessions;
        this.notice = notice;
        this.audit = audit;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser principal, Model model) {
        model.addAttribute("navSection", "security");
        model.addAttribute("username", principal.username());
        return "identity/settings/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal CurrentUser principal, @RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        model.addAttribute("navSection", "security");
        model.addAttribute("username", principal.username());
        if (!reauthentication.confirm(user, currentPassword, "CHANGE_PASSWORD", request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("currentPasswordError", "Your current password is not right.");
            return "identity/settings/password";
        }
        if (!password.equals(confirmation)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("confirmationError", "The two new passwords are not the same. Type the new password twice.");
            return "identity/settings/password";
        }
        Optional<PasswordViolation> violation = newPassword.set(users.findByIdForUpdate(user.id()).orElseThrow(), password);
        if (violation.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("passwordError", violation.get().message());
            model.addAttribute("passwordErrorCode", violation.get().code());
            return "identity/settings/password";
        }
        int ended = sessions.endOtherSessionsOf(user.username(), request.getSession().getId());
        audit.record(AuditRecord.of("PASSWORD_CHANGED", AuditOutcome.SUCCESS).object("USER", user.id())
                .detail("otherSessionsEnded", ended));
        notice.send(user, "in the security settings", ClientAddress.of(request));
        redirect.addFlashAttribute("success", UserMessage.of("identity.password.changed"));
        return "redirect:/account/security";
    }
}
