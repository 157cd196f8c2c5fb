package org.openace.platform.web;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Refuses by default: before any endpoint runs (web page or API), every rule it declares is checked, and an
 * endpoint that declares none answers 403 to everyone, so that a forgotten declaration fails closed. Static
 * resources (whose paths the web security governs) pass; any other kind of handler is refused.
 */
@Component
class EndpointRuleInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(EndpointRuleInterceptor.class);

    private final EndpointRuleChecks checks;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    EndpointRuleInterceptor(EndpointRuleChecks checks) {
        this.checks = checks;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof ResourceHttpRequestHandler) {
            return true;
        }
        if (!(handler instanceof HandlerMethod method)) {
            throw refuse("A handler of type " + handler.getClass().getName() + " is not an endpoint of the portal");
        }
        if (EndpointRules.isForeignPublic(method)) {
            return true;
        }
        List<Annotation> rules = EndpointRules.rulesOf(method);
        if (rules.isEmpty()) {
            throw refuse(EndpointRules.describe(method) + " declares no access rule");
        }
        for (Annotation rule : rules) {
            check(rule, request, method);
        }
        return true;
    }

    private <A extends Annotation> void check(A rule, HttpServletRequest request, HandlerMethod method) {
        checks.of(rule).orElseThrow(() -> refuse(EndpointRules.describe(method) + " declares @"
                        + rule.annotationType().getSimpleName() + ", which nothing checks"))
                .check(rule, request, method);
    }

    /** A programming error that fails closed: told once per endpoint in the log, refused every time. */
    private AccessDeniedException refuse(String reason) {
        if (reported.add(reason)) {
            log.warn("Refused: {}. Declare who may reach it (see EndpointRule).", reason);
        }
        return new AccessDeniedException("Refused: the endpoint declares no access rule");
    }
}
