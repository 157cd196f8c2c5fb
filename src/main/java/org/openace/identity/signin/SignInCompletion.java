package org.openace.identity.signin;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.PreviousSignIn;
import org.openace.identity.UserId;
import org.openace.identity.session.SessionClock;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.SecondFactorKind;
import org.openace.platform.ClientAddress;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a sign-in: with the password and a second factor proven, the session gets a new id, the user's roles
 * and both factors, and its time limits start; the sign-in is recorded (which restarts the inactivity clock and
 * the lockout count) and audited.
 */
@Component
public class SignInCompletion {

    private final PortalUsers users;
    private final SessionClock sessionClock;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SignInCompletion(PortalUsers users, SessionClock sessionClock, AuditTrail audit, Clock clock) {
        this.users = users;
        this.sessionClock = sessionClock;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Completes the sign-in of {@code userId}, proven by {@code factors} (the password and a second factor, or a
     * passkey alone), and returns where to go next.
     */
    @Transactional
    public String complete(UserId userId, List<String> factors, SecondFactorKind secondFactor,
                           HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        PortalUser user = users.findByIdForUpdate(userId).orElseThrow();
        SavedRequest saved = requestCache.getRequest(request, response);
        PreviousSignIn previous = user.lastSignInAt() == null ? null
                : new PreviousSignIn(user.lastSignInAt(), String.valueOf(user.lastSignInAddress()));
        user.recordSignIn(now, ClientAddress.of(request));
        if (secondFactor == SecondFactorKind.EMAIL_CODE) {
            user.verifyEmail(now); // entering the code sent there proves the address works
        }
        users.update(user);

        CurrentUser principal = user.toCurrentUser();
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        for (String factor : factors) {
            authorities.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(now).build());
        }
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);

        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        sessionClock.start(request.getSession(), principal);
        if (previous != null) {
            previous.storeIn(request.getSession());
        }
        requestCache.removeRequest(request, response);

        audit.record(AuditRecord.of("SIGN_IN", AuditOutcome.SUCCESS)
                .actor(AuditActor.user(principal.userId(), principal.username()))
                .object("USER", userId).detail("secondFactor", secondFactor));
        return saved == null ? "/" : safeTarget(saved.getRedirectUrl());
    }

    /**
     * The path (and query) of the page asked for before sign-in, if it is a page of this portal worth returning
     * to; otherwise the home page. Never a script endpoint, never another site.
     */
    static String safeTarget(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/session/")
                    || path.startsWith("/webauthn/") || path.startsWith("/sign-in") || path.startsWith("/actuator")
                    || path.startsWith("/error")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
        catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
