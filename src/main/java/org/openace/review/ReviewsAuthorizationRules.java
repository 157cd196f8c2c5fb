package org.openace.review;

import org.openace.platform.web.AuthorizationRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The trade's CBP form pages are for trade users (each form then narrows to those its importer's reviews rights and
 * courtesy copies reach); the officer's are under {@code /officer/}, for customs officers (each form then narrows to
 * the officer's ports).
 */
@Component
class ReviewsAuthorizationRules implements AuthorizationRules {

    @Override
    public void contribute(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/reviews", "/reviews/**").hasRole("TRADE");
    }
}
