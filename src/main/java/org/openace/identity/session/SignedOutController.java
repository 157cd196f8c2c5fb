package org.openace.identity.session;

import java.util.Arrays;

import org.openace.platform.web.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page after a session ends, saying why. */
@Controller
@PublicEndpoint
class SignedOutController {

    @GetMapping("/signed-out")
    String signedOut(@RequestParam(name = "reason", required = false) String reason, Model model) {
        SessionEnd end = Arrays.stream(SessionEnd.values())
                .filter(e -> e.parameter().equals(reason))
                .findFirst().orElse(SessionEnd.SIGNED_OUT);
        model.addAttribute("reason", end);
        return "identity/signed-out";
    }
}
