package org.openace.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.openace.account.core.OpenTradeAccount;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, section 7: a grant offer whose date did not parse ({@code startsOn=true}) was a 500 from the template.
 * The guard: every form-backed POST endpoint of the running application (found from the request mappings) whose form
 * has a field that is not text gets, field by field, values that cannot be converted to that field's type, and must
 * answer 400 with the page and the field's readable error, never a 500. An endpoint this test cannot reach yet fails
 * the test until a way to reach it is added to {@link #reachers}.
 */
@PortalTest
class FormTypeMismatchIntegrationTests {

    private static final List<String> UNREADABLE = List.of("true", "x", "1234567890123456789012345");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MessageSource messages;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A form-backed POST endpoint and the form's fields that are not text. */
    record FormEndpoint(String pattern, Class<?> form, Map<String, Class<?>> typedFields) {
    }

    /** Signs in whoever may use the endpoint, opens its page (for the CSRF token) and answers the concrete path. */
    private Map<String, Function<PortalClient, String>> reachers() {
        PortalUser owner = users.create("mismatchowner", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importerWithTwoDivisions(owner);
        PortalUser admin = users.create("mismatchadmin", Role.ADMINISTRATOR);
        String grants = "/accounts/" + importer.account().id() + "/grants";
        Map<String, Function<PortalClient, String>> reachers = new LinkedHashMap<>();
        reachers.put("/accounts/{accountId}/grants/offer", client -> {
            client.signIn(owner);
            client.get(grants + "/offer");
            return grants + "/offer";
        });
        reachers.put("/accounts/{accountId}/grants/request", client -> {
            client.signIn(owner);
            client.get(grants + "/request");
            return grants + "/request";
        });
        reachers.put("/admin/site/notices", client -> {
            client.signIn(admin);
            client.get("/admin/site");
            return "/admin/site/notices";
        });
        return reachers;
    }

    @Test
    void everyFormFieldThatIsNotTextAnswersAnUnreadableValueWithA400AndTheFieldsError() {
        List<FormEndpoint> endpoints = formEndpoints();
        assertThat(endpoints).as("form-backed POST endpoints with fields that are not text").hasSizeGreaterThanOrEqualTo(3);
        Map<String, Function<PortalClient, String>> reachers = reachers();
        List<String> failures = new ArrayList<>();
        for (FormEndpoint endpoint : endpoints) {
            Function<PortalClient, String> reacher = reachers.get(endpoint.pattern());
            if (reacher == null) {
                failures.add(endpoint.pattern() + ": no way to reach it in this test; add one to reachers()");
                continue;
            }
            PortalClient client = new PortalClient(mvc);
            String path = reacher.apply(client);
            String csrf = client.last().csrf();
            endpoint.typedFields().forEach((field, type) -> {
                for (String value : UNREADABLE) {
                    PortalClient.Page page = client.post(path, Map.of(field, value, "_csrf", csrf));
                    String expected = messages.getMessage(new DefaultMessageSourceResolvable(
                            type.isEnum() ? new String[] {"typeMismatch." + type.getName(), "typeMismatch.choice", "typeMismatch"}
                                    : new String[] {"typeMismatch." + type.getName(), "typeMismatch"}, (String) null),
                            Locale.ENGLISH);
                    if (page.status() != 400 || !page.contains(expected)) {
                        failures.add(page.status() + " " + endpoint.pattern() + " " + field + "=" + value
                                + (page.contains(expected) ? "" : " without \"" + expected + "\""));
                    }
                }
            });
        }
        assertThat(failures).isEmpty();
    }

    private List<FormEndpoint> formEndpoints() {
        List<FormEndpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
                if (!isForm(parameter)) {
                    continue;
                }
                Map<String, Class<?>> typed = typedFields(parameter.getParameterType());
                if (!typed.isEmpty()) {
                    mapping.getKey().getPatternValues().forEach(pattern ->
                            found.add(new FormEndpoint(pattern, parameter.getParameterType(), typed)));
                }
            }
        }
        return found;
    }

    private static boolean isForm(MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
            return true;
        }
        Class<?> type = parameter.getParameterType();
        return type.getName().startsWith("org.openace.") && !type.isEnum()
                && !parameter.hasParameterAnnotation(RequestParam.class)
                && !parameter.hasParameterAnnotation(PathVariable.class)
                && !parameter.hasParameterAnnotation(RequestBody.class)
                && !parameter.hasParameterAnnotation(AuthenticationPrincipal.class);
    }

    /** The fields a request sets by name whose type is not text (or a list of texts). */
    static Map<String, Class<?>> typedFields(Class<?> form) {
        Map<String, Class<?>> typed = new LinkedHashMap<>();
        if (form.isRecord()) {
            for (RecordComponent component : form.getRecordComponents()) {
                Class<?> type = valueType(component.getType(), component.getGenericType());
                if (type != String.class) {
                    typed.put(component.getName(), type);
                }
            }
            return typed;
        }
        for (Field field : form.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Class<?> type = valueType(field.getType(), field.getGenericType());
            if (type != String.class) {
                typed.put(field.getName(), type);
            }
        }
        return typed;
    }

    private static Class<?> valueType(Class<?> type, Type generic) {
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type;
    }
}
