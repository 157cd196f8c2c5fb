package org.openace.identity.signin;

import org.openace.identity.user.InactivityProperties;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the sign-in page with an outcome message, using the configured figures. */
@Component
public class SignInMessages {

    public static final String VIEW = "identity/sign-in";

    private final SignInProperties signIn;
    private final InactivityProperties inactivity;

    SignInMessages(SignInProperties signIn, InactivityProperties inactivity) {
        this.signIn = signIn;
        this.inactivity = inactivity;
    }

    public String signInPage(Model model, SignInPageOutcome outcome, String typedUsername) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomeMessage", outcome.message(signIn.lockoutThreshold(),
                signIn.lockoutDuration().toMinutes(), inactivity.limit().toDays()));
        model.addAttribute("username", typedUsername);
        return VIEW;
    }
}
