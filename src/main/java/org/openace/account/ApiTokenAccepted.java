package org.openace.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.openace.platform.web.EndpointRule;

/**
 * Declares that an API endpoint is for a filer's software authenticated with an API token
 * ({@code Authorization: Bearer oat_...}), acting for the token's account with the function at the level. The
 * endpoint reads the {@link ApiTokenPrincipal} (its sub-account and filer code) and must keep to it, e.g. refuse an
 * entry number of another filer code. A signed-in session is refused (403), and a token is refused on every endpoint
 * that does not declare this rule: it reaches neither pages nor the accounts API.
 * <p>
 * Tokens are issued for filing: they cover {@link AccountFunction#ENTRIES} at {@link AccessLevel#EDIT} (which
 * includes viewing) on their own sub-account, nothing else.
 */
@Documented
@EndpointRule
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiTokenAccepted {

    AccountFunction function();

    AccessLevel level();
}
