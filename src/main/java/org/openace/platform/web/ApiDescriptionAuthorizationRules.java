package org.openace.platform.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The API description ({@code /api/openapi.yaml}) and its interactive page ({@code /api/docs.html}) are public:
 * they describe the API and hold no data (the API itself answers only for a signed-in session), and a filer's
 * developer or client generator must be able to read them before anyone has an account.
 */
@Component
class ApiDescriptionAuthorizationRules implements AuthorizationRules {

    @Override
    public void contribute(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(StaticResourceConfiguration.API_DESCRIPTION).permitAll();
    }
}
