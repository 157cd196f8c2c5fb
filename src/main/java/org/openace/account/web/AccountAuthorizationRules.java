package org.openace.account.web;

import org.openace.platform.web.AuthorizationRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who reaches the account module's areas: anyone may apply for an account; trade users their accounts (each page
 * then checks the account, function and level with {@code AccountAccess}); customs officers their queues; the API
 * any signed-in user, each endpoint checking like its page; the API's description is public.
 */
@Component
class AccountAuthorizationRules implements AuthorizationRules {

    @Override
    public void contribute(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/apply", "/apply/**").permitAll()
                .requestMatchers("/officer/**").hasRole("OFFICER")
                .requestMatchers("/accounts", "/accounts/**").hasRole("TRADE")
                .requestMatchers("/api/openapi.yaml").permitAll()
                .requestMatchers("/api/v1/**").authenticated();
    }
}
