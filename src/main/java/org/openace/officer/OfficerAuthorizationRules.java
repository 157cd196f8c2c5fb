package org.openace.officer;

import org.openace.platform.web.AuthorizationRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Setting officers' ports and teams is for customs administrators. */
@Component
class OfficerAuthorizationRules implements AuthorizationRules {

    @Override
    public void contribute(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/officers", "/admin/officers/**").hasRole("ADMINISTRATOR");
    }
}
