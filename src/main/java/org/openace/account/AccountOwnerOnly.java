package org.openace.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.openace.platform.web.EndpointRule;

/**
 * Declares that an endpoint under {@code {accountId}} is for the account's owner, or also its proxy owners (the
 * default). Proxy owners may do everything but create proxies, merge accounts and make cross-account grants (A3).
 */
@Documented
@EndpointRule
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AccountOwnerOnly {

    /** Whether a proxy owner may too. */
    boolean proxyAllowed() default true;
}
