package org.openace.platform.web;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * At start-up, every rule that an endpoint declares must have its check and be decidable there (each check's
 * {@link EndpointRuleCheck#validate}): otherwise the portal does not start, rather than refuse or fail at the first
 * request. Endpoints that declare no rule are named in the log (they answer 403 to everyone).
 */
@Component
class EndpointRuleValidation implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EndpointRuleValidation.class);

    private final ApplicationContext context;
    private final EndpointRuleChecks checks;

    EndpointRuleValidation(ApplicationContext context, EndpointRuleChecks checks) {
        this.context = context;
        this.checks = checks;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> undeclared = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (Annotation rule : EndpointRules.rulesOf(handler)) {
                    validate(rule, info, handler);
                }
            });
            undeclared.addAll(EndpointRules.undeclared(mapping.getHandlerMethods()));
        }
        if (!undeclared.isEmpty()) {
            log.warn("Endpoints that declare no access rule answer 403 to everyone: {}", undeclared);
        }
    }

    private <A extends Annotation> void validate(A rule, RequestMappingInfo info, HandlerMethod handler) {
        EndpointRuleCheck<A> check = checks.of(rule).orElseThrow(() -> new IllegalStateException(
                EndpointRules.describe(info, handler) + " declares @" + rule.annotationType().getSimpleName()
                        + ", which no EndpointRuleCheck bean decides"));
        check.validate(rule, handler, EndpointRules.patternsOf(info));
    }
}
