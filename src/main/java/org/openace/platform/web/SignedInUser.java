package org.openace.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any user signed in with both factors may reach the endpoint, whatever their roles: pages about the user themself
 * (their security settings, their e-mail address), the home page, lists that the endpoint narrows to what the user
 * may see. Not for data of an account: that is {@code AccountAccess} or {@code DataAccess}.
 */
@Documented
@EndpointRule
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SignedInUser {
}
