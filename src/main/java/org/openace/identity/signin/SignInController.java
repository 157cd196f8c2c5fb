package org.openace.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.identity.user.UserStatus;
import org.openace.platform.ClientAddress;
import org.openace.platform.web.PublicEndpoint;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the system use notification, the user ID and password, and the ways out (forgot password,
 * support, privacy). The password itself is checked by Spring Security's form login on {@code POST /sign-in}.
 */
@Controller
@PublicEndpoint
class SignInController {

    /** Longer input is refused unread, so that nobody makes the portal hash megabytes. */
    static final int MAX_PASSWORD_INPUT = 1024;

    private final SignInMessages messages;
    private final PasswordSignIn passwordSignIn;
    private final PasswordStep passwordStep;

    SignInController(SignInMessages messages, PasswordSignIn passwordSignIn, PasswordStep passwordStep) {
        this.messages = messages;
        this.passwordSignIn = passwordSignIn;
        this.passwordStep = passwordStep;
    }

    @GetMapping("/sign-in")
    String page(@RequestParam(name = "reset", required = false) String reset, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof org.openace.identity.CurrentUser
                && current.getAuthorities().stream().anyMatch(a -> a.getAuthority().startsWith("ROLE_"))) {
            return "redirect:/";
        }
        if (reset != null) {
            model.addAttribute("info", UserMessage.of("first".equals(reset) ? "identity.sign-in.password-set"
                    : "identity.sign-in.password-changed"));
        }
        model.addAttribute("username", "");
        return SignInMessages.VIEW;
    }

    /**
     * The password step. No credential is looked at before the system use notification is acknowledged (AC-8).
     * Unknown user, wrong password and locked user get one answer (401); an inactive user who gave the right
     * password is told so (403); a throttled address gets 429 with Retry-After, before any hashing.
     */
    @PostMapping("/sign-in")
    String submit(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  @RequestParam(required = false) String acknowledge, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        String typed = username.length() > 64 ? "" : username;
        if (!"yes".equals(acknowledge)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return messages.signInPage(model, SignInPageOutcome.NOTICE_NOT_ACKNOWLEDGED, typed);
        }
        if (password.length() > MAX_PASSWORD_INPUT) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return messages.signInPage(model, SignInPageOutcome.REFUSED, typed);
        }
        PasswordCheck check = passwordSignIn.attempt(username, password, ClientAddress.of(request));
        switch (check) {
            case PasswordCheck.Passed passed -> {
                passwordStep.establish(passed.user(), request, response);
                return "redirect:/sign-in/verify";
            }
            case PasswordCheck.Throttled throttled -> {
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                return messages.signInPage(model, SignInPageOutcome.THROTTLED, typed);
            }
            case PasswordCheck.Inactive inactive -> {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return messages.signInPage(model, inactive.user().status() == UserStatus.DISABLED
                        ? SignInPageOutcome.DISABLED : SignInPageOutcome.DEACTIVATED, typed);
            }
            case PasswordCheck.Refused refused -> {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return messages.signInPage(model, SignInPageOutcome.REFUSED, typed);
            }
        }
    }

    /** Records the acknowledgement of the notification for a passkey sign-in (which has no password form). */
    @PostMapping("/sign-in/acknowledge")
    String acknowledge(@RequestParam(name = "acknowledge", required = false) String acknowledge, HttpSession session,
                       HttpServletResponse response, Model model) {
        if (!"yes".equals(acknowledge)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return messages.signInPage(model, SignInPageOutcome.NOTICE_NOT_ACKNOWLEDGED, "");
        }
        session.setAttribute(SystemUseNoticeFilter.ACKNOWLEDGED, Boolean.TRUE);
        return "redirect:/sign-in/passkey";
    }

    /** The passkey sign-in page, once the notification is acknowledged in this session. */
    @GetMapping("/sign-in/passkey")
    String passkey(HttpSession session) {
        if (session.getAttribute(SystemUseNoticeFilter.ACKNOWLEDGED) == null) {
            return "redirect:/sign-in";
        }
        return "identity/sign-in-passkey";
    }
}
