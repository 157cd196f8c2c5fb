package org.openace.platform.web;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The {@link EndpointRuleCheck} of each rule annotation; two checks for one rule stop the portal at start-up. */
@Component
class EndpointRuleChecks {

    private final Map<Class<? extends Annotation>, EndpointRuleCheck<?>> checks = new HashMap<>();

    EndpointRuleChecks(List<EndpointRuleCheck<?>> checks) {
        for (EndpointRuleCheck<?> check : checks) {
            EndpointRuleCheck<?> other = this.checks.put(check.rule(), check);
            if (other != null) {
                throw new IllegalStateException("Two checks decide @" + check.rule().getSimpleName() + ": "
                        + other.getClass().getName() + " and " + check.getClass().getName());
            }
        }
    }

    @SuppressWarnings("unchecked")
    <A extends Annotation> Optional<EndpointRuleCheck<A>> of(A rule) {
        return Optional.ofNullable((EndpointRuleCheck<A>) checks.get(rule.annotationType()));
    }
}
