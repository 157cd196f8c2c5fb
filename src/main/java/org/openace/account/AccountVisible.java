package org.openace.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.openace.platform.web.EndpointRule;

/**
 * Declares that an endpoint under {@code {accountId}} (and optionally {@code {subAccountId}}) shows what anyone
 * connected to the account may see: an active member of the account, whatever their rights, or anyone who may
 * {@link AccessLevel#VIEW view} some function on it (on the sub-account in the path, if there is one) — a user with
 * rights, or the users of an account it granted access to. Like {@link AccountAccess}, checked before the endpoint
 * runs, and anyone else gets 404. The endpoint itself narrows what it shows to what the viewer may reach.
 */
@Documented
@EndpointRule
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AccountVisible {
}
