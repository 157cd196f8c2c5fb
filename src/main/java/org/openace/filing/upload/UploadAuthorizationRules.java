package org.openace.filing.upload;

import org.openace.platform.web.AuthorizationRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The upload pages are trade users' (each page then checks the filer sub-account and the right). */
@Component
class UploadAuthorizationRules implements AuthorizationRules {

    @Override
    public void contribute(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/entry-uploads", "/entry-uploads/**").hasRole("TRADE");
    }
}
