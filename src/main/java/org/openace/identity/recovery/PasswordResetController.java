package org.openace.identity.recovery;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.identity.factor.AuthenticatorApps;
import org.openace.identity.factor.CodeCheck;
import org.openace.identity.factor.CodePurpose;
import org.openace.identity.factor.EmailCodes;
import org.openace.identity.factor.RecoveryCodes;
import org.openace.identity.password.PasswordViolation;
import org.openace.identity.signin.AddressThrottle;
import org.openace.identity.signin.Lockout;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.platform.ClientAddress;
import org.openace.platform.web.PublicEndpoint;
import org.openace.platform.web.UserMessage;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?" from the request to the new password: the link's token leaves the address bar at
 * once (kept, as a digest, in the session), the second factor is asked, then the new password.
 */
@Controller
@PublicEndpoint
class PasswordResetController {

    static final String LINK = PasswordResetController.class.getName() + ".link";
    static final String FACTOR_OK = PasswordResetController.class.getName() + ".factorOk";
    static final String CODE_SENT = PasswordResetController.class.getName() + ".codeSent";

    private final ForgotPassword forgotPassword;
    private final PasswordLinks links;
    private final ResetPassword resetPassword;
    private final PortalUsers users;
    private final EmailCodes emailCodes;
    private final AuthenticatorApps authenticatorApps;
    private final RecoveryCodes recoveryCodes;
    private final Lockout lockout;
    private final AddressThrottle throttle;
    private final TaskExecutor background;

    PasswordResetController(ForgotPassword forgotPassword, PasswordLinks links, ResetPassword resetPassword,
                            PortalUsers users, EmailCodes emailCodes, AuthenticatorApps authenticatorApps,
                            RecoveryCodes recoveryCodes, Lockout lockout, AddressThrottle throttle,
                            @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.forgotPassword = forgotPassword;
        this.links = links;
        this.resetPassword = resetPassword;
        this.users = users;
        this.emailCodes = emailCodes;
        this.authenticatorApps = authenticatorApps;
        this.recoveryCodes = recoveryCodes;
        this.lockout = lockout;
        this.throttle = throttle;
        this.background = background;
    }

    @GetMapping("/forgot-password")
    String form() {
        return "identity/forgot-password";
    }

    @PostMapping("/forgot-password")
    String request(@RequestParam(defaultValue = "") String identifier, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        String typed = identifier.strip();
        if (typed.isEmpty() || typed.length() > 254) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", UserMessage.of("identity.reset.who"));
            return "identity/forgot-password";
        }
        String address = ClientAddress.of(request);
        Optional<Duration> wait = throttle.retryAfter(address);
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(wait.get().toSeconds()));
            model.addAttribute("error", UserMessage.of("identity.reset.throttled"));
            return "identity/forgot-password";
        }
        background.execute(() -> forgotPassword.request(typed, address));
        return "identity/forgot-password-sent";
    }

    @GetMapping("/reset-password/{token}")
    String open(@PathVariable String token, HttpSession session, HttpServletResponse response) {
        Optional<PasswordLinks.Link> link = links.find(token);
        if (link.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "identity/reset-password-invalid";
        }
        session.setAttribute(LINK, link.get().digest());
        PortalUser user = users.findById(link.get().user()).orElseThrow();
        // a new user setting a first password has nothing yet to protect with a second factor
        session.setAttribute(FACTOR_OK, link.get().purpose() == LinkPurpose.FIRST_PASSWORD && !user.hasPassword());
        session.removeAttribute(CODE_SENT);
        return "redirect:/reset-password";
    }

    @GetMapping("/reset-password")
    String step(@RequestParam(required = false) String method, HttpSession session, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        Optional<PasswordLinks.Link> link = currentLink(session);
        if (link.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "identity/reset-password-invalid";
        }
        PortalUser user = users.findById(link.get().user()).orElseThrow();
        if (Boolean.TRUE.equals(session.getAttribute(FACTOR_OK))) {
            return passwordForm(user, model);
        }
        String chosen = method != null ? method : (user.hasTotp() ? "totp" : "email");
        if (chosen.equals("email") && session.getAttribute(CODE_SENT) == null) {
            sendCode(user, request, session, model);
        }
        return factorForm(user, chosen, model);
    }

    @PostMapping("/reset-password/send-code")
    String resend(HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<PasswordLinks.Link> link = currentLink(session);
        if (link.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "identity/reset-password-invalid";
        }
        PortalUser user = users.findById(link.get().user()).orElseThrow();
        sendCode(user, request, session, model);
        return factorForm(user, "email", model);
    }

    @PostMapping("/reset-password/verify")
    String verify(@RequestParam(defaultValue = "email") String method, @RequestParam(defaultValue = "") String code,
                  HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<PasswordLinks.Link> link = currentLink(session);
        if (link.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "identity/reset-password-invalid";
        }
        PortalUser user = users.findById(link.get().user()).orElseThrow();
        boolean right = switch (method) {
            case "totp" -> user.hasTotp() && authenticatorApps.verify(user.id(), code);
            case "recovery" -> recoveryCodes.redeem(user.id(), code);
            default -> emailCodes.check(user.id(), CodePurpose.PASSWORD_RESET, code) == CodeCheck.ACCEPTED;
        };
        if (right) {
            session.setAttribute(FACTOR_OK, Boolean.TRUE);
            return "redirect:/reset-password";
        }
        if (lockout.recordFailure(user, ClientAddress.of(request))) {
            session.removeAttribute(LINK);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("locked", true);
            return "identity/reset-password-invalid";
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("error", UserMessage.of("identity.reset.code-refused"));
        return factorForm(user, method, model);
    }

    @PostMapping("/reset-password")
    String change(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
                  HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<PasswordLinks.Link> link = currentLink(session);
        if (link.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "identity/reset-password-invalid";
        }
        if (!Boolean.TRUE.equals(session.getAttribute(FACTOR_OK))) {
            return "redirect:/reset-password";
        }
        PortalUser user = users.findById(link.get().user()).orElseThrow();
        if (!password.equals(confirmation)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("confirmationError", "The two passwords are not the same. Type the new password twice.");
            return passwordForm(user, model);
        }
        Optional<PasswordViolation> violation = resetPassword.complete(link.get(), password, ClientAddress.of(request));
        if (violation.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("passwordError", violation.get().message());
            model.addAttribute("passwordErrorCode", violation.get().code());
            return passwordForm(user, model);
        }
        session.invalidate();
        return link.get().purpose() == LinkPurpose.FIRST_PASSWORD ? "redirect:/sign-in?reset=first"
                : "redirect:/sign-in?reset";
    }

    private Optional<PasswordLinks.Link> currentLink(HttpSession session) {
        Object digest = session.getAttribute(LINK);
        return digest instanceof byte[] bytes ? links.findByDigest(bytes) : Optional.empty();
    }

    private void sendCode(PortalUser user, HttpServletRequest request, HttpSession session, Model model) {
        boolean sent = emailCodes.send(user.id(), CodePurpose.PASSWORD_RESET, user.email(), new EmailCodes.CodeMessage(
                "Your OpenACE password reset code",
                "A password reset of OpenACE user ID " + user.username() + " (from network address "
                        + ClientAddress.of(request) + ") is waiting for this code:"));
        session.setAttribute(CODE_SENT, Boolean.TRUE);
        model.addAttribute("notice", sent ? "We sent a 6-digit code to " + user.email().masked() + "."
                : "We have already sent several codes. Use the latest one, or wait 15 minutes before asking for another.");
    }

    private String factorForm(PortalUser user, String method, Model model) {
        model.addAttribute("method", method.equals("totp") && user.hasTotp() ? "totp"
                : method.equals("recovery") ? "recovery" : "email");
        model.addAttribute("hasTotp", user.hasTotp());
        model.addAttribute("hasRecoveryCodes", recoveryCodes.remaining(user.id()) > 0);
        model.addAttribute("maskedEmail", user.email().masked());
        return "identity/reset-password-verify";
    }

    private String passwordForm(PortalUser user, Model model) {
        model.addAttribute("username", user.username().value());
        model.addAttribute("first", !user.hasPassword());
        return "identity/reset-password";
    }
}
