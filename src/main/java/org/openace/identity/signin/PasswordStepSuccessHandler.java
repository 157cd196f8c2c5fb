package org.openace.identity.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.identity.CurrentUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.SecondFactorKind;
import org.openace.platform.ClientAddress;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After the right password: sends the e-mailed code at once when that is the user's factor, then shows the
 * second-factor page.
 */
public class PasswordStepSuccessHandler implements AuthenticationSuccessHandler {

    static final String CODE_SENT = PasswordStepSuccessHandler.class.getName() + ".codeSent";

    private final PortalUsers users;
    private final SignInCodeMail codeMail;

    public PasswordStepSuccessHandler(PortalUsers users, SignInCodeMail codeMail) {
        this.users = users;
        this.codeMail = codeMail;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        CurrentUser principal = (CurrentUser) authentication.getPrincipal();
        var user = users.findById(principal.id()).orElseThrow();
        if (user.preferredFactor() == SecondFactorKind.EMAIL_CODE) {
            request.getSession().setAttribute(CODE_SENT, codeMail.sendTo(user, ClientAddress.of(request)));
        }
        response.sendRedirect(request.getContextPath() + "/sign-in/verify");
    }
}
