package org.openace.identity.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.openace.platform.web.EndpointRule;

/**
 * A step of signing in after the password: a session whose password has been verified may reach the endpoint,
 * with or without its second factor yet (the second-factor page). Anyone else is refused.
 */
@Documented
@EndpointRule
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PasswordVerified {
}
