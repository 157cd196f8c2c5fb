package org.openace.identity.web;

import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.openace.identity.Role;
import org.openace.platform.web.EndpointRuleCheck;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;

/**
 * The checks of the rules about who is signed in: {@link SignedInUser} and {@link RoleRequired} (both factors,
 * and for the second one of the roles) and {@link PasswordVerified} (the password so far). A refusal is Spring
 * Security's: a visitor is sent to sign in, a session waiting for its second factor to that step, anyone else gets
 * the audited 403.
 */
@Configuration(proxyBeanMethods = false)
class SignedInRuleChecks {

    @Bean
    EndpointRuleCheck<SignedInUser> signedInUserCheck() {
        return new EndpointRuleCheck<>() {
            @Override
            public Class<SignedInUser> rule() {
                return SignedInUser.class;
            }

            @Override
            public void check(SignedInUser rule, HttpServletRequest request, HandlerMethod handler) {
                signedIn();
            }
        };
    }

    @Bean
    EndpointRuleCheck<RoleRequired> roleRequiredCheck() {
        return new EndpointRuleCheck<>() {
            @Override
            public Class<RoleRequired> rule() {
                return RoleRequired.class;
            }

            @Override
            public void validate(RoleRequired rule, HandlerMethod handler, Set<String> pathPatterns) {
                if (rule.value().length == 0) {
                    throw new IllegalStateException(handler + " requires one of no roles");
                }
                for (String role : rule.value()) {
                    if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
                        throw new IllegalStateException(handler + " requires the role " + role
                                + ", which does not exist (roles: " + Arrays.toString(Role.values()) + ")");
                    }
                }
            }

            @Override
            public void check(RoleRequired rule, HttpServletRequest request, HandlerMethod handler) {
                Authentication user = signedIn();
                Set<String> roles = Set.of(rule.value());
                boolean holds = user.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority() != null && a.getAuthority().startsWith("ROLE_")
                                && roles.contains(a.getAuthority().substring("ROLE_".length())));
                if (!holds) {
                    throw new AccessDeniedException("Refused: a role is required");
                }
            }
        };
    }

    @Bean
    EndpointRuleCheck<PasswordVerified> passwordVerifiedCheck() {
        return new EndpointRuleCheck<>() {
            @Override
            public Class<PasswordVerified> rule() {
                return PasswordVerified.class;
            }

            @Override
            public void check(PasswordVerified rule, HttpServletRequest request, HandlerMethod handler) {
                Authentication current = authenticated();
                if (!TwoFactorAuthorization.factorsOf(current).contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
                    throw new AccessDeniedException("Refused: the password is required first");
                }
            }
        };
    }

    /** The signed-in user's authentication, with both factors; refused otherwise. */
    private static Authentication signedIn() {
        Authentication current = authenticated();
        if (!TwoFactorAuthorization.decide(TwoFactorAuthorization.factorsOf(current)).isGranted()) {
            throw new AccessDeniedException("Refused: the sign-in is not complete");
        }
        return current;
    }

    private static Authentication authenticated() {
        @Nullable Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Refused: not signed in");
        }
        return current;
    }
}
