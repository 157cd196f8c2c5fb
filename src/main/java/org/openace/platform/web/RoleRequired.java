package org.openace.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A user signed in with both factors who holds one of these portal roles (the names of the identity module's
 * {@code Role}: {@code ADMINISTRATOR}, {@code OFFICER}, {@code TRADE}, {@code PGA}) may reach the endpoint; anyone
 * else gets 403. Checked on every request even where a path rule of the web security already asks for the role, so
 * that the rule holds wherever the endpoint is mapped. A name that is not a role stops the portal at start-up.
 */
@Documented
@EndpointRule
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RoleRequired {

    /** The roles, any one of which lets the user in. */
    String[] value();
}
