package org.openace.identity.signin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.Username;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.SecondFactorKind;
import org.openace.platform.ClientAddress;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Completes a passkey ceremony: as the second factor after a password, or on its own (a passkey with user
 * verification is itself a multi-factor authenticator, NIST SP 800-63B AAL2). Answers the page script in JSON.
 */
@Component
public class PasskeySignInHandlers {

    private final PortalUsers users;
    private final SignInCompletion completion;
    private final Lockout lockout;
    private final AuditTrail audit;

    PasskeySignInHandlers(PortalUsers users, SignInCompletion completion, Lockout lockout, AuditTrail audit) {
        this.users = users;
        this.completion = completion;
        this.lockout = lockout;
        this.audit = audit;
    }

    public AuthenticationSuccessHandler success() {
        return this::onSuccess;
    }

    public AuthenticationFailureHandler failure() {
        return this::onFailure;
    }

    private void onSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        PortalUser user = Username.parse(authentication.getName()).flatMap(users::findByUsername).orElseThrow();
        List<String> factors = new ArrayList<>();
        boolean afterPassword = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(FactorGrantedAuthority.PASSWORD_AUTHORITY::equals);
        if (afterPassword) {
            factors.add(FactorGrantedAuthority.PASSWORD_AUTHORITY);
        }
        factors.add(SecondFactorKind.PASSKEY.authority());
        audit.record(AuditRecord.of("SIGN_IN_PASSKEY", AuditOutcome.SUCCESS)
                .actor(AuditActor.user(user.id().value(), user.username().value()))
                .object("USER", user.id()).detail("afterPassword", afterPassword));
        String next = completion.complete(user.id(), factors, SecondFactorKind.PASSKEY, request, response);
        response.setContentType("application/json");
        response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"" + next.replace("\"", "%22") + "\"}");
    }

    private void onFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        lockout.recordAddressFailure(ClientAddress.of(request));
        audit.record(AuditRecord.of("SIGN_IN_PASSKEY", AuditOutcome.FAILURE).actor(AuditActor.ANONYMOUS)
                .detail("reason", failure.getClass().getSimpleName()));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.getWriter().write("{\"authenticated\":false}");
    }
}
