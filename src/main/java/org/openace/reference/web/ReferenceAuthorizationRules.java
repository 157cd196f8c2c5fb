package org.openace.reference.web;

import org.openace.platform.web.AuthorizationRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The reference page is for customs officers and administrators. */
@Component
class ReferenceAuthorizationRules implements AuthorizationRules {

    @Override
    public void contribute(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/reference", "/reference/**").hasAnyRole("OFFICER", "ADMINISTRATOR");
    }
}
