package org.openace.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anyone may reach the endpoint, signed in or not: signing in, applying for an account, the site's public pages.
 * Its path must also be permitted to everyone in the web security's path rules (the public paths of
 * {@code SecurityConfiguration} or a module's {@link AuthorizationRules}), which answer before this is read.
 */
@Documented
@EndpointRule
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {
}
