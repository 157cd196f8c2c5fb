package org.openace.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the system use notification, the user ID and password, and the ways out (forgot password,
 * support, privacy). The password itself is checked by Spring Security's form login on {@code POST /sign-in}.
 */
@Controller
class SignInController {

    private final SignInMessages messages;

    SignInController(SignInMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/sign-in")
    String page(@RequestParam(name = "reset", required = false) String reset, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof org.openace.identity.CurrentUser
                && current.getAuthorities().stream().anyMatch(a -> a.getAuthority().startsWith("ROLE_"))) {
            return "redirect:/";
        }
        if (reset != null) {
            model.addAttribute("info", "Your password was changed. Sign in with the new password.");
        }
        model.addAttribute("username", "");
        return SignInMessages.VIEW;
    }

    /** Where a refused attempt is forwarded (by {@link SignInFailureHandler}) to show the page again. */
    @RequestMapping("/sign-in/failed")
    String failed(HttpServletRequest request, Model model) {
        Object outcome = request.getAttribute(SignInFailureHandler.OUTCOME);
        Object typed = request.getAttribute(SignInFailureHandler.TYPED_USERNAME);
        return messages.signInPage(model, outcome instanceof SignInPageOutcome o ? o : SignInPageOutcome.REFUSED,
                typed instanceof String s ? s : "");
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
