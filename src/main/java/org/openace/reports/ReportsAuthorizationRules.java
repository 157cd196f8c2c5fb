package org.openace.reports;

import org.openace.platform.web.AuthorizationRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The report pages are for trade users and customs officers (each page then narrows to what the user may see, and a
 * run to its owner). Partner agency users have their national trends instead.
 */
@Component
class ReportsAuthorizationRules implements AuthorizationRules {

    @Override
    public void contribute(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/reports", "/reports/**").hasAnyRole("TRADE", "OFFICER");
    }
}
