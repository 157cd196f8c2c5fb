package org.openace.identity.web;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openace.identity.user.SecondFactorKind;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Every session is established with two factors (NIST SP 800-63B AAL2): the password and one second factor
 * (e-mailed code, authenticator app, passkey or recovery code), or a passkey on its own (a multi-factor
 * authenticator: possession plus the user verification it is required to perform). Added by Spring Security's
 * multi-factor support to every rule that asks for an authenticated user or a role.
 */
final class TwoFactorAuthorization<T> implements AuthorizationManager<T> {

    private static final List<String> SECOND_FACTORS = SecondFactorKind.authorities();

    @Override
    public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication, T object) {
        Authentication current = authentication.get();
        if (current == null || !current.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        return decide(factorsOf(current));
    }

    static AuthorizationResult decide(Set<String> factors) {
        if (factors.contains(SecondFactorKind.PASSKEY.authority())) {
            return new AuthorizationDecision(true);
        }
        if (!factors.contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
            return new AuthorityAuthorizationDecision(false,
                    List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        }
        if (SECOND_FACTORS.stream().noneMatch(factors::contains)) {
            return new AuthorityAuthorizationDecision(false,
                    List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY)));
        }
        return new AuthorizationDecision(true);
    }

    static Set<String> factorsOf(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("FACTOR_")).collect(Collectors.toSet());
    }

    /** True for a session that has passed the password but not yet a second factor. */
    static boolean awaitsSecondFactor(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        Set<String> factors = factorsOf(authentication);
        return factors.contains(FactorGrantedAuthority.PASSWORD_AUTHORITY) && !decide(factors).isGranted();
    }
}
