package org.openace.identity.signin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.SecondFactorKind;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * After the right password: the session gets a new id and an authentication that carries the password factor
 * only, no role, so it opens nothing but the second-factor page; the e-mailed code goes out at once when that is
 * the user's factor.
 */
@Component
public class PasswordStep {

    static final String CODE_SENT = PasswordStep.class.getName() + ".codeSent";

    private final SignInCodeMail codeMail;
    private final CsrfTokenRepository csrfTokens;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordStep(SignInCodeMail codeMail, CsrfTokenRepository csrfTokens) {
        this.codeMail = codeMail;
        this.csrfTokens = csrfTokens;
    }

    public void establish(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user.toCurrentUser(), null,
                List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        request.getSession(true);
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SystemUseNoticeFilter.ACKNOWLEDGED, Boolean.TRUE);
        if (user.preferredFactor() == SecondFactorKind.EMAIL_CODE) {
            request.getSession().setAttribute(CODE_SENT, codeMail.sendTo(user, org.openace.platform.ClientAddress.of(request)));
        }
    }
}
