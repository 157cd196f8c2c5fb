package org.openace.account.token;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.platform.ClientAddress;
import org.openace.platform.RequestPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests to {@code /api/**} that carry {@code Authorization: Bearer ...} are a filer's software with an API token:
 * they go through this chain, before the portal's session chain, and never reach a page. Stateless (no session is
 * read or created, no cookie is set), without CSRF tokens (a browser never adds a bearer token by itself, so a
 * cross-site request cannot carry one). The token is authenticated on every request
 * ({@link ApiTokenAuthenticationProvider}); what it may reach is decided by the endpoint's rules, of which only
 * {@code @ApiTokenAccepted} lets a token through. Requests without a bearer token keep the session chain with its
 * CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenSecurityConfiguration {

    /** Requests for this chain: the API's addresses with a bearer token (any token, so that a malformed one gets 401). */
    static final RequestMatcher TOKEN_REQUESTS = request -> {
        String header = request.getHeader("Authorization");
        return RequestPaths.of(request).startsWith("/api/") && header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7);
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiTokenChain(HttpSecurity http, ApiTokens tokens, AuditTrail audit,
                                  TransactionTemplate transaction, Clock clock) throws Exception {
        AuthenticationFilter filter = new AuthenticationFilter(
                new ProviderManager(new ApiTokenAuthenticationProvider(tokens, audit, transaction, clock)),
                ApiTokenSecurityConfiguration::convert);
        filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        filter.setSuccessHandler((request, response, authentication) -> { });
        filter.setFailureHandler((request, response, failure) -> ApiTokenProblems.unauthorized(response,
                failure instanceof ApiTokenRefused refused ? refused.reason() : ApiTokenRefused.Reason.TOKEN_INVALID));
        http.securityMatcher(TOKEN_REQUESTS)
                .authorizeHttpRequests(requests -> requests.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(authentication.get() instanceof ApiTokenAuthentication token
                                && token.isAuthenticated())))
                .addFilterBefore(filter, BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) ->
                                ApiTokenProblems.unauthorized(response, ApiTokenRefused.Reason.TOKEN_INVALID))
                        .accessDeniedHandler((request, response, denied) -> {
                            refusalAudited(audit, request);
                            ApiTokenProblems.forbidden(response);
                        }));
        return http.build();
    }

    private static Authentication convert(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        String bearer = header == null || header.length() < 7 ? "" : header.substring(7).strip();
        return ApiTokenAuthentication.unauthenticated(bearer, ClientAddress.of(request));
    }

    private static void refusalAudited(AuditTrail audit, HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        audit.record(AuditRecord.of("ACCESS_DENIED", AuditOutcome.DENIED)
                .actor(new AuditActor(null, current == null ? "api-token" : current.getName()))
                .object("PATH", RequestPaths.of(request))
                .detail("method", request.getMethod().toUpperCase(Locale.ROOT))
                .from(ClientAddress.of(request)));
    }
}
