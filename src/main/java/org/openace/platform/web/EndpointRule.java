package org.openace.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an annotation as an access rule that an endpoint (a handler method, or its controller) declares: who may
 * reach it. Every endpoint of the portal declares at least one rule, or it answers 403 to everyone (see
 * {@link EndpointRules}); when it declares several (on the class and on the method), all of them must allow the
 * request. Each rule annotation has one {@link EndpointRuleCheck} bean that decides it; a rule without its check
 * stops the portal at start-up.
 * <p>
 * Rules of the portal: {@link PublicEndpoint}, {@link SignedInUser}, {@link RoleRequired} (here);
 * {@code PasswordVerified} (identity); {@code AccountAccess}, {@code AccountOwnerOnly}, {@code AccountVisible},
 * {@code ApiTokenAccepted} (the one rule an API token passes) and
 * {@code DataAccess} (account), the last for any data with its own id in the address.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface EndpointRule {
}
