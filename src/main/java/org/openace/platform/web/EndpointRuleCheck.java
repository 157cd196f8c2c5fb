package org.openace.platform.web;

import java.lang.annotation.Annotation;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;

/**
 * Decides one kind of {@link EndpointRule} for every request to an endpoint that declares it. A bean: the module
 * that defines the rule annotation provides its check.
 *
 * @param <A> the rule annotation
 */
public interface EndpointRuleCheck<A extends Annotation> {

    /** The rule annotation this decides. */
    Class<A> rule();

    /**
     * Called once at start-up for every endpoint that declares the rule: throw {@link IllegalStateException} for a
     * declaration that can never be decided (an id that is not in the address, a kind of data nobody resolves, a
     * role that does not exist), so that the portal does not start with it.
     *
     * @param pathPatterns the endpoint's address patterns, e.g. {@code /entries/{entryNumber}}
     */
    default void validate(A rule, HandlerMethod handler, Set<String> pathPatterns) {
    }

    /**
     * Lets the request on by returning; refuses it by throwing: Spring Security's {@code AccessDeniedException} for
     * a 403 (or the sign-in page for a visitor), or the module's own not-found exception for data that must not be
     * revealed (404). Refusals are audited, by the check or by the web security's refusal handler.
     */
    void check(A rule, HttpServletRequest request, HandlerMethod handler);
}
