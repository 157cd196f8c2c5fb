package org.openace.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.platform.web.EndpointRules;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the portal declares who may reach it (an {@link org.openace.platform.web.EndpointRule}: a public
 * page, a signed-in user, a role, or {@link AccountAccess}, {@link AccountOwnerOnly}, {@link AccountVisible},
 * {@link DataAccess} on the data its address names), or it would answer 403 to everyone. Reads the handler methods
 * as Spring MVC maps them (a {@link RequestMappingHandlerMapping} over every controller of the portal, without
 * starting it), a quick check before the integration test that reads the running portal's mapping
 * ({@code EndpointRulesIntegrationTests}).
 */
class AccountEndpointsDeclareAccessTests {

    @Test
    void everyEndpointOfEveryControllerDeclaresWhoMayReachIt() {
        Map<RequestMappingInfo, HandlerMethod> handlers = handlerMethods(portalControllers());

        assertThat(handlers.keySet()).as("endpoints under an account found")
                .anySatisfy(info -> assertThat(info.getPatternValues()).anyMatch(p -> p.contains("{accountId}")));
        assertThat(undeclared(handlers)).as("endpoints without an access rule").isEmpty();
    }

    @Test
    void theCheckNamesAnEndpointThatDeclaresNothing() {
        List<String> offenders = undeclared(handlerMethods(List.of(CarelessController.class)));

        assertThat(offenders).hasSize(2).allMatch(o -> o.contains("CarelessController#"))
                .anyMatch(o -> o.contains("/careless/{accountId}/forgot"))
                .anyMatch(o -> o.contains("/careless/{accountId}/sub/{subAccountId}"));
    }

    /** The handler methods that declare no access rule, described. */
    public static List<String> undeclared(Map<RequestMappingInfo, HandlerMethod> handlers) {
        return EndpointRules.undeclared(handlers);
    }

    private static Map<RequestMappingInfo, HandlerMethod> handlerMethods(Collection<Class<?>> controllers) {
        GenericWebApplicationContext context = new GenericWebApplicationContext(new MockServletContext());
        for (Class<?> controller : controllers) {
            RootBeanDefinition definition = new RootBeanDefinition(controller);
            definition.setLazyInit(true);
            context.registerBeanDefinition(controller.getName(), definition);
        }
        context.refresh();
        RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping.getHandlerMethods();
    }

    private static List<Class<?>> portalControllers() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RequestMapping.class));
        List<Class<?>> controllers = new ArrayList<>();
        scanner.findCandidateComponents("org.openace").forEach(candidate -> {
            String name = candidate.getBeanClassName();
            if (name != null && !name.contains("Tests$")) {
                controllers.add(ClassUtils.resolveClassName(name, AccountEndpointsDeclareAccessTests.class.getClassLoader()));
            }
        });
        assertThat(controllers).as("controllers found").hasSizeGreaterThan(10);
        return controllers;
    }

    /** A controller that forgot its declarations. */
    @Controller
    @RequestMapping("/careless/{accountId}")
    static class CarelessController {

        @GetMapping("/forgot")
        String forgot(@PathVariable String accountId) {
            return "x";
        }

        @PostMapping("/sub/{subAccountId}")
        String sub(@PathVariable String accountId, @PathVariable String subAccountId) {
            return "x";
        }

        @GetMapping("/declared")
        @AccountVisible
        String declared(@PathVariable String accountId) {
            return "x";
        }
    }
}
