package org.openace.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, section 6: the API description at {@code /api/openapi.yaml} is one that real clients can read. It is
 * valid YAML and valid OpenAPI (read by swagger-parser, as client generators do, with no message); it describes
 * exactly the {@code /api} routes the running application maps; every 4xx answer is the problem document with the
 * {@code code}s it can carry, each a code the code base really answers; it names the session cookie and CSRF header
 * the portal really uses; and the interactive page beside it loads from the portal alone, without inline script.
 */
@PortalTest
class ApiDescriptionIntegrationTests {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String description() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/api/openapi.yaml"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("anyone may read the description").isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private OpenAPI parsed(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    @Test
    void theDescriptionIsValidYamlAndValidOpenApi() throws Exception {
        String yaml = description();

        Object loaded = new Yaml().load(yaml);

        assertThat(loaded).isInstanceOf(Map.class);
        assertThat(parsed(yaml).getOpenapi()).startsWith("3.1");
    }

    @Test
    void everyMappedApiRouteIsDescribedAndEveryDescribedRouteIsMapped() throws Exception {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    assertThat(methods).as(pattern + " declares its methods").isNotEmpty();
                    methods.forEach(method -> mapped.add(method + " " + pattern));
                }
            }
        }
        Set<String> described = new TreeSet<>();
        parsed(description()).getPaths().forEach((path, item) ->
                item.readOperationsMap().keySet().forEach(method -> described.add(method + " " + path)));

        assertThat(mapped).hasSizeGreaterThanOrEqualTo(7);
        assertThat(described).isEqualTo(mapped);
    }

    @Test
    void everyErrorAnswerIsTheProblemDocumentWithTheCodesItCanCarry() throws Exception {
        OpenAPI api = parsed(description());
        String sources = mainSources();
        List<String> failures = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            if (!operation.getResponses().containsKey("401")) {
                failures.add(name + ": no 401");
            }
            boolean tokenOnly = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                    && operation.getSecurity().stream().allMatch(requirement -> requirement.containsKey("apiToken"));
            if (method == PathItem.HttpMethod.POST && !tokenOnly) {
                if (!codes(api, operation.getResponses().get("403")).contains("CSRF_TOKEN_INVALID")) {
                    failures.add(name + ": no 403 with CSRF_TOKEN_INVALID");
                }
                if (!hasCsrfHeader(api, operation)) {
                    failures.add(name + ": the CSRF header is not described");
                }
            }
            operation.getResponses().forEach((status, response) -> {
                if (!status.startsWith("4") && !status.startsWith("5")) {
                    return;
                }
                List<String> codes = codes(api, response);
                if (codes.isEmpty()) {
                    failures.add(name + " " + status + ": not a problem document with its codes");
                }
                codes.stream().filter(code -> !sources.contains("\"" + code + "\"")
                                && !sources.contains("\\\"" + code + "\\\"")
                                && !sources.contains(" " + code + "(\""))
                        .forEach(code -> failures.add(name + " " + status + ": " + code + " is answered nowhere"));
            });
        }));
        assertThat(failures).isEmpty();
    }

    @Test
    void theDescriptionNamesTheSessionCookieAndTheCsrfHeaderThePortalUses() throws Exception {
        OpenAPI api = parsed(description());
        SecurityScheme session = api.getComponents().getSecuritySchemes().get("portalSession");
        PortalClient client = PortalClient.signedIn(mvc, users.create("apidoc", Role.TRADE));
        MockHttpServletResponse csrf = client.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")
                .accept("application/json"));

        assertThat(session.getIn()).isEqualTo(SecurityScheme.In.COOKIE);
        assertThat(client.cookies()).containsKey(session.getName());
        assertThat(session.getName()).isEqualTo("OPENACE_SESSION");
        assertThat(csrf.getContentAsString()).contains("\"headerName\":\""
                + api.getComponents().getParameters().get("csrf").getName() + "\"");
    }

    @Test
    void theInteractivePageLoadsFromThePortalAloneWithoutInlineScript() throws Exception {
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/api/docs.html")).andReturn().getResponse();
        String html = page.getContentAsString(StandardCharsets.UTF_8);

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        List<String> loaded = new ArrayList<>();
        while (scripts.find()) {
            assertThat(scripts.group(2)).as("inline script").isBlank();
            Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(scripts.group(1));
            assertThat(src.find()).isTrue();
            loaded.add(src.group(1));
        }
        Matcher styles = Pattern.compile("href=\"(/[^\"]+\\.css)\"").matcher(html);
        while (styles.find()) {
            loaded.add(styles.group(1));
        }
        assertThat(loaded).contains("/api/docs.js").hasSizeGreaterThanOrEqualTo(3);
        for (String resource : loaded) {
            assertThat(resource).as("served by the portal").startsWith("/");
            MockHttpServletResponse answer = mvc.perform(MockMvcRequestBuilders.get(resource)).andReturn().getResponse();
            assertThat(answer.getStatus()).as(resource).isEqualTo(200);
        }
        String script = mvc.perform(MockMvcRequestBuilders.get("/api/docs.js")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(script).contains("url: '/api/openapi.yaml'").contains("validatorUrl: 'none'");
    }

    private static boolean hasCsrfHeader(OpenAPI api, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        return parameters.stream().map(p -> p.get$ref() == null ? p
                        : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
                .anyMatch(p -> "header".equals(p.getIn()) && "X-XSRF-TOKEN".equals(p.getName())
                        && Boolean.TRUE.equals(p.getRequired()));
    }

    /** The codes a problem-document answer lists (its schema is the Problem, narrowed to an enumeration of codes). */
    @SuppressWarnings("rawtypes")
    private static List<String> codes(OpenAPI api, ApiResponse response) {
        if (response == null) {
            return List.of();
        }
        if (response.get$ref() != null) {
            String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
            response = api.getComponents().getResponses().get(name);
        }
        if (response.getContent() == null) {
            return List.of();
        }
        MediaType problem = response.getContent().get("application/problem+json");
        if (problem == null || problem.getSchema() == null || problem.getSchema().getAllOf() == null) {
            return List.of();
        }
        List<Schema> parts = problem.getSchema().getAllOf();
        if (parts.stream().noneMatch(part -> PROBLEM.equals(part.get$ref()))) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (Schema part : parts) {
            if (part.getProperties() != null && part.getProperties().get("code") instanceof Schema code
                    && code.getEnum() != null) {
                code.getEnum().forEach(value -> codes.add(String.valueOf(value)));
            }
        }
        return codes;
    }

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
