package org.openace.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md "Bad input": at least 10,000 malformed requests across every endpoint (found from the request
 * mappings, plus the security filters' own endpoints), as an anonymous visitor, a user half-way through sign-in,
 * a trade user, a customs officer and an administrator: no response of 500 or more, and no stack trace in any body. Deterministic
 * (fixed seed), so a failure can be replayed.
 */
@PortalTest
class MalformedRequestIntegrationTests {

    private static final int REQUESTS = 10_400;
    private static final long SEED = 20261124L;
    private static final List<String> FILTER_ENDPOINTS = List.of("/webauthn/authenticate/options", "/login/webauthn",
            "/webauthn/register/options", "/webauthn/register", "/webauthn/register/abc", "/sign-out",
            "/actuator/health", "/actuator/prometheus", "/actuator/env", "/session/status", "/session/keep-alive");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noMalformedRequestGetsA5xxOrAStackTrace() throws Exception {
        List<Endpoint> endpoints = endpoints();
        Random random = new Random(SEED);
        List<PortalClient> clients = clients();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        while (sent < REQUESTS) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            PortalClient client = clients.get(random.nextInt(clients.size()));
            MockHttpServletRequestBuilder request = malformed(endpoint, random, client);
            MockHttpServletResponse response = client.exchange(request);
            sent++;
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (response.getStatus() >= 500 || looksLikeAStackTrace(body)) {
                failures.add(response.getStatus() + " " + endpoint + " " + describe(request));
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(10_000);
        assertThat(failures).as("requests answered with 5xx or a stack trace").isEmpty();
    }

    private List<PortalClient> clients() {
        PortalClient anonymous = new PortalClient(mvc);
        anonymous.get("/sign-in");
        var trade = users.create("fuzz", Role.TRADE);
        PortalClient tradeClient = new PortalClient(mvc);
        tradeClient.signIn(trade);
        var admin = users.create("fuzzadmin", Role.ADMINISTRATOR);
        PortalClient adminClient = new PortalClient(mvc);
        adminClient.signIn(admin);
        var officer = users.create("fuzzofficer", Role.OFFICER);
        PortalClient officerClient = new PortalClient(mvc);
        officerClient.signIn(officer);
        var half = users.create("fuzzhalf", Role.TRADE);
        PortalClient halfway = new PortalClient(mvc);
        halfway.get("/sign-in");
        halfway.post("/sign-in", Map.of("acknowledge", "yes", "username", half.username().value(),
                "password", TestUsers.PASSWORD));
        return List.of(anonymous, tradeClient, adminClient, officerClient, halfway);
    }

    record Endpoint(String pattern, Set<HttpMethod> methods) {
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<HttpMethod> methods = new LinkedHashSet<>();
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                methods.add(HttpMethod.valueOf(method.name()));
            }
            if (methods.isEmpty()) {
                methods.addAll(List.of(HttpMethod.GET, HttpMethod.POST));
            }
            for (String pattern : info.getPatternValues()) {
                found.add(new Endpoint(pattern, methods));
            }
        }
        FILTER_ENDPOINTS.forEach(p -> found.add(new Endpoint(p, Set.of(HttpMethod.GET, HttpMethod.POST))));
        assertThat(found).hasSizeGreaterThan(30);
        return found;
    }

    private static final String[] JUNK = {"", " ", "'", "\"", "<script>alert(1)</script>", "' or '1'='1", "%00",
            "\u0000", "../../etc/passwd", "${7*7}", "{{7*7}}", "*{T(java.lang.Runtime)}", "-1", "0", "99999999999999999999",
            "NaN", "true", "null", "[]", "{}", "😀", "\uD800", "é".repeat(300), "x".repeat(5000), "a=b&c=d", "\r\nX: y",
            "2026-13-45", "2026-02-30T25:61", "00000000-0000-0000-0000-000000000000", "not-a-uuid", "<>&",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "123456", "ADMINISTRATOR", "INFO", "yes", "078-05-1120",
            "12-3456789"};
    private static final String[] PARAMS = {"username", "password", "acknowledge", "code", "method", "identifier",
            "email", "currentPassword", "confirmation", "factor", "version", "accept", "headline", "body", "severity",
            "startsAt", "endsAt", "title", "page", "from", "to", "actor", "action", "outcome", "objectId", "address",
            "reason", "q", "status", "role", "roles", "name", "next", "_csrf", "label", "privacyAct", "go", "kind",
            "value", "activity", "identifierSlot", "identifierValue", "contactName", "contactEmail", "terms", "field",
            "note", "legalName", "country", "phone"};
    private static final String[] CONTENT_TYPES = {"application/x-www-form-urlencoded", "application/json",
            "text/plain", "multipart/form-data; boundary=xyz", "application/xml", "image/png", "garbage/*;;",
            "application/x-www-form-urlencoded; charset=nope"};

    private MockHttpServletRequestBuilder malformed(Endpoint endpoint, Random random, PortalClient client) {
        String path = endpoint.pattern().replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(pathJunk(random)));
        HttpMethod method = random.nextInt(10) == 0
                ? List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH, HttpMethod.OPTIONS).get(random.nextInt(4))
                : List.copyOf(endpoint.methods()).get(random.nextInt(endpoint.methods().size()));
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, java.net.URI.create(
                "http://localhost" + encodePath(path)));
        int params = random.nextInt(6);
        for (int i = 0; i < params; i++) {
            request.param(PARAMS[random.nextInt(PARAMS.length)], JUNK[random.nextInt(JUNK.length)]);
        }
        if (method != HttpMethod.GET && random.nextInt(3) > 0 && client.last() != null) {
            try {
                request.param("_csrf", client.last().csrf());
            }
            catch (AssertionError noToken) {
                // a page without a form: the request goes without a token, which is malformed too
            }
        }
        if (method != HttpMethod.GET && random.nextBoolean()) {
            request.contentType(CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]);
            request.content(JUNK[random.nextInt(JUNK.length)].getBytes(StandardCharsets.UTF_8));
        }
        request.accept(random.nextBoolean() ? "text/html" : List.of("application/json", "*/*", "image/png",
                "text/html;q=0.1, application/json").get(random.nextInt(4)));
        if (random.nextInt(8) == 0) {
            request.header("HX-Request", "true");
        }
        if (random.nextInt(10) == 0) {
            request.header("Authorization", "Bearer " + JUNK[random.nextInt(JUNK.length)].replaceAll("[\r\n]", ""));
        }
        return request;
    }

    private static String pathJunk(Random random) {
        String junk = JUNK[random.nextInt(JUNK.length)];
        return junk.isEmpty() ? "x" : junk.length() > 200 ? junk.substring(0, 200) : junk;
    }

    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_') {
                encoded.append((char) c);
            }
            else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    static boolean looksLikeAStackTrace(String body) {
        return body.contains("\tat ") || body.contains("at org.springframework") || body.contains("at java.base")
                || body.matches("(?s).*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*");
    }

    private static String describe(MockHttpServletRequestBuilder request) {
        var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        return built.getMethod() + " " + built.getRequestURI() + " " + built.getParameterMap().keySet()
                + " " + built.getContentType();
    }
}
