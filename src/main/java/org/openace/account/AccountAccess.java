package org.openace.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.openace.platform.web.EndpointRule;

/**
 * Declares what a web or API endpoint under an account needs: the function and level on the sub-account in the
 * path ({@code {subAccountId}}), or on some sub-account of the account in the path ({@code {accountId}}). Checked
 * before the endpoint runs; a user without it gets 404, so that the existence of other accounts' data is not
 * revealed. A test checks that every endpoint with an account or sub-account in its path declares this (or
 * {@link AccountOwnerOnly}).
 */
@Documented
@EndpointRule
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AccountAccess {

    AccountFunction function();

    AccessLevel level();
}
