package org.openace.site.web;

import jakarta.servlet.http.HttpSession;
import org.openace.identity.CurrentUser;
import org.openace.identity.PreviousSignIn;
import org.openace.platform.web.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page after sign-in: who is signed in, their previous sign-in, notices, and where to go next. */
@Controller
@SignedInUser
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        model.addAttribute("previousSignIn", PreviousSignIn.of(session).orElse(null));
        model.addAttribute("roles", user.roles());
        model.addAttribute("navSection", "home");
        return "site/home";
    }
}
