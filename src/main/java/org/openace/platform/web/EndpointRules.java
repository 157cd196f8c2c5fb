package org.openace.platform.web;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Which {@link EndpointRule}s an endpoint declares: those on its controller class, then those on its method (a
 * repeated annotation counts once per repetition). An endpoint that declares none is refused to everyone at run
 * time; the guard test lists every such endpoint of the running portal with {@link #undeclared}.
 * <p>
 * Endpoints of the frameworks the portal uses cannot carry an annotation; the few the portal serves are listed here
 * with the rule they follow ({@link #isForeignPublic}): Spring Boot's error controller, which renders the error
 * page of any refused or failed request (asked for directly, {@code /error} is a 404). A framework endpoint not
 * listed here is refused like any endpoint without a rule.
 */
public final class EndpointRules {

    private EndpointRules() {
    }

    /** The rules the endpoint declares, class rules first. Empty when it declares none. */
    public static List<Annotation> rulesOf(HandlerMethod handler) {
        List<Annotation> rules = new ArrayList<>(rulesOn(MergedAnnotations.from(handler.getBeanType())));
        rules.addAll(rulesOn(MergedAnnotations.from(handler.getMethod())));
        return List.copyOf(rules);
    }

    /** A framework endpoint that anyone may reach (the error page), which carries no annotation of ours. */
    public static boolean isForeignPublic(HandlerMethod handler) {
        return ErrorController.class.isAssignableFrom(handler.getBeanType())
                && !handler.getBeanType().getName().startsWith("org.openace.");
    }

    /** The endpoints that declare no rule (and are not a listed framework endpoint), described for a report. */
    public static List<String> undeclared(Map<RequestMappingInfo, HandlerMethod> handlers) {
        return handlers.entrySet().stream()
                .filter(e -> !isForeignPublic(e.getValue()) && rulesOf(e.getValue()).isEmpty())
                .map(e -> describe(e.getKey(), e.getValue()))
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** The address patterns of a mapping, e.g. {@code /entries/{entryNumber}}. */
    public static Set<String> patternsOf(RequestMappingInfo info) {
        return info.getPatternValues();
    }

    static String describe(RequestMappingInfo info, HandlerMethod handler) {
        return info.getMethodsCondition().getMethods() + " " + info.getPatternValues() + " " + describe(handler);
    }

    static String describe(HandlerMethod handler) {
        return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
    }

    private static List<Annotation> rulesOn(MergedAnnotations annotations) {
        return annotations.stream()
                .filter(MergedAnnotation::isDirectlyPresent)
                .filter(a -> a.getType().isAnnotationPresent(EndpointRule.class))
                .map(MergedAnnotation::synthesize)
                .map(Annotation.class::cast)
                .toList();
    }
}
