package org.openace.payment;

import org.openace.platform.web.AuthorizationRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The payment pages are for trade users and customs officers; each statement page then narrows to those who may see
 * the filer's payments (the filer's sub-account, those it granted payments to, officers).
 */
@Component
class PaymentsAuthorizationRules implements AuthorizationRules {

    @Override
    public void contribute(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/payments", "/payments/**").hasAnyRole("TRADE", "OFFICER");
    }
}
