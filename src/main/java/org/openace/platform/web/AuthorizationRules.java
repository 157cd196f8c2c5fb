package org.openace.platform.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The request rules a module contributes to the portal's web security, for its own paths (public pages, role-only
 * areas). Applied before the portal's catch-all rules; every rule that asks for a role or a signed-in user also
 * requires two factors.
 */
public interface AuthorizationRules {

    void contribute(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
