package org.openace.identity.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openace.audit.AuditTrail;
import org.openace.identity.SignInRequirement;
import org.openace.platform.web.AuthorizationRules;
import org.openace.identity.signin.PasskeySignInHandlers;
import org.openace.identity.signin.SystemUseNoticeFilter;
import org.openace.identity.session.SessionClock;
import org.openace.identity.session.SessionTimeoutFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * The portal's web security: which requests need what, the two-step sign-in (password, then second factor),
 * passkeys, session time-outs, CSRF tokens and the security headers of SECURITY.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(WebSecurityProperties.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** Pages and resources anyone may reach, signed in or not. */
    static final String[] PUBLIC = {
            "/sign-in", "/sign-in/acknowledge", "/sign-in/passkey", "/signed-out",
            "/forgot-password", "/forgot-password/**", "/reset-password", "/reset-password/**",
            "/privacy", "/terms", "/support", "/accessibility", "/error", "/error/**",
            "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
            "/session/status", "/dev/mailbox", "/dev/mailbox/**",
            "/webauthn/authenticate/options", "/login/webauthn",
            "/actuator/health", "/actuator/health/**"
    };

    @Bean
    SecurityFilterChain portal(HttpSecurity http, SessionClock sessionClock, AuditTrail audit,
                               PasskeySignInHandlers passkeyHandlers, WebSecurityProperties properties,
                               List<SignInRequirement> requirements, CsrfTokenRepository csrfTokens,
                               List<AuthorizationRules> moduleRules) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> passwordFactor = (auth, context) -> new AuthorizationDecision(
                auth.get() != null && TwoFactorAuthorization.factorsOf(auth.get())
                        .contains(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        AuthorizationManager<RequestAuthorizationContext> metrics = (auth, context) -> new AuthorizationDecision(
                auth.get() != null && (auth.get().getAuthorities().stream()
                        .anyMatch(a -> MetricsTokenFilter.AUTHORITY.equals(a.getAuthority()))
                        || (auth.get().getAuthorities().stream().anyMatch(a -> "ROLE_ADMINISTRATOR".equals(a.getAuthority()))
                        && TwoFactorAuthorization.decide(TwoFactorAuthorization.factorsOf(auth.get())).isGranted())));

        http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC).permitAll();
                    moduleRules.forEach(rules -> rules.contribute(requests));
                    requests
                        .requestMatchers("/sign-in/verify", "/sign-in/verify/**").access(passwordFactor)
                        .requestMatchers("/actuator/prometheus").access(metrics)
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated();
                })
                .webAuthn(webAuthn -> webAuthn
                        .rpId(properties.relyingPartyId())
                        .rpName("OpenACE")
                        .allowedOrigins(allowedOrigins(properties))
                        .disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                filter.setMfaEnabled(true);
                                filter.setAuthenticationSuccessHandler(passkeyHandlers.success());
                                filter.setAuthenticationFailureHandler(passkeyHandlers.failure());
                                return filter;
                            }
                        }))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .addLogoutHandler(new SignOutAudit(audit))
                        .logoutSuccessUrl("/signed-out?reason=signed-out")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new SignInEntryPoint())
                        .accessDeniedHandler(new SecondFactorAwareAccessDeniedHandler(audit)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(new PageRequestCache()))
                .addFilterBefore(new SessionTimeoutFilter(sessionClock, audit), SecurityContextHolderFilter.class)
                .addFilterAfter(new SignInRequirementsFilter(requirements), AuthorizationFilter.class)
                .addFilterBefore(new SystemUseNoticeFilter(), LogoutFilter.class)
                .addFilterBefore(new MetricsTokenFilter(properties), AuthorizationFilter.class)
                .addFilterBefore(new PasskeyRegistrationAudit(audit), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts
                                .maxAgeInSeconds(properties.hstsMaxAge().toSeconds())
                                .includeSubDomains(true))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
        return http.build();
    }

    /**
     * The CSRF token travels in an HttpOnly cookie and in each form (double submit), so that pages for visitors
     * who have not signed in need no server session.
     */
    @Bean
    CsrfTokenRepository csrfTokenRepository(WebSecurityProperties properties) {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(properties.csrfCookieName());
        repository.setCookieCustomizer(cookie -> cookie.secure(true).sameSite("Lax").path("/").httpOnly(true));
        return repository;
    }

    private static Set<String> allowedOrigins(WebSecurityProperties properties) {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(stripTrailingSlash(properties.baseUrl()));
        properties.extraOrigins().forEach(o -> origins.add(stripTrailingSlash(o)));
        return origins;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Every rule that asks for a signed-in user or a role also asks for two factors. */
    @Bean
    AuthorizationManagerFactory<RequestAuthorizationContext> twoFactorAuthorizationManagerFactory() {
        DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(new TwoFactorAuthorization<>());
        return factory;
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    /** Passkeys must verify the user (PIN or biometric), which is what makes a passkey a multi-factor authenticator. */
    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository userEntities,
                                                UserCredentialRepository credentials, WebSecurityProperties properties) {
        Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                PublicKeyCredentialRpEntity.builder().id(properties.relyingPartyId()).name("OpenACE").build(),
                allowedOrigins(properties));
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .build()));
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }
}
