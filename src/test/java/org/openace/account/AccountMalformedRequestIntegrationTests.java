package org.openace.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openace.account.core.Contact;
import org.openace.account.core.ContactKind;
import org.openace.account.core.Contacts;
import org.openace.account.core.Identifiers;
import org.openace.account.core.OpenTradeAccount;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
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
 * Malformed requests at the account endpoints as the account's owner, so that they get past the access check and
 * reach the forms and use cases (the portal-wide fuzz test mostly meets the check's 404): real account, sub-account,
 * member and contact ids mixed with junk, junk fields, repeated fields that do not line up, and junk bodies. No 5xx,
 * no stack trace. Deterministic.
 */
@PortalTest
class AccountMalformedRequestIntegrationTests {

    private static final long SEED = 20261125L;
    private static final int REQUESTS = 2_500;
    private static final String[] JUNK = {"", " ", "'", "\"", "<script>alert(1)</script>", "' or '1'='1", "%00",
            "\u0000", "a\u0000b", "\u0007", "../../etc/passwd", "${7*7}", "*{T(java.lang.Runtime)}", "-1", "0",
            "99999999999999999999", "NaN", "null", "[]", "{}", "😀", "\uD800", "é".repeat(300), "x".repeat(5000),
            "\r\nX: y", "00000000-0000-0000-0000-000000000000", "not-a-uuid", "NONE", "VIEW", "EDIT", "USERS",
            "ENTRIES", "OWNER", "PROXY_OWNER", "USER", "BROKER", "IMPORTER", "FILER_CODE", "SCAC", "A1B", "000",
            "12-345678900", "078-05-1120", "9900", "27", "EXISTING", "NEW", "yes", "VERIFY_IDENTITY", "BILLING",
            "a@b.c", "+1 410 555 0100"};
    private static final String[] CONTROL = {"\u0000", "a\u0000b", "\u0007", "x\u001b[2J", "\r\nX: y", "\uD800"};
    private static final String[] FIELDS = {"activity", "name", "identifier", "kind", "value", "reason", "note",
            "invitee", "username", "displayName", "email", "role", "subAccount", "function", "level", "importer",
            "filer", "port", "confirm", "title", "phone", "account"};
    private static final String[] BODIES = {"", "{", "{}", "[]", "null", "{\"rights\":null}", "{\"rights\":[null]}",
            "{\"rights\":[{}]}", "{\"rights\":\"x\"}", "{\"rights\":[{\"level\":\"EDIT\",\"port\":\"\\u0000\"}]}",
            "{\"activity\":\"BROKER\",\"identifiers\":[null,{}]}", "{\"activity\":\"IMPORTER\",\"name\":\"\\u0000\"}",
            "{\"activity\":{},\"name\":[],\"identifiers\":{}}", "x".repeat(3000), "\u0000",
            "{\"activity\":\"EXPORTER\",\"name\":\"JUNK\"}",
            "{\"activity\":\"FILER\",\"name\":\"F\",\"identifiers\":[{\"kind\":\"JUNK\",\"value\":\"JUNK\"}]}",
            "{\"rights\":[{\"subAccountId\":\"SUB\",\"function\":\"ENTRIES\",\"level\":\"VIEW\",\"port\":\"JUNK\"}]}",
            "{\"rights\":[{\"subAccountId\":\"SUB\",\"function\":\"JUNK\",\"level\":\"EDIT\",\"importerIdentifierId\":\"JUNK\"}]}"};
    private static final String[] JSON_JUNK = {"", "\\u0000", "a\\u0000b", "\\ud800", "x".repeat(300), "' or 1=1",
            "<b>", "12-345678900", "9900", "USERS", "00000000-0000-0000-0000-000000000000"};
    private static final String[] TYPES = {"application/x-www-form-urlencoded", "application/json", "text/plain",
            "multipart/form-data; boundary=xyz", "application/json; charset=nope"};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Identifiers identifiers;
    @Autowired
    Contacts contacts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String pattern, Set<HttpMethod> methods) {
    }

    @Test
    void noMalformedRequestAtAnAccountEndpointGetsA5xxOrAStackTrace() {
        PortalUser owner = users.create("fzowner", Role.TRADE);
        PortalUser clerk = users.create("fzclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.broker(owner);
        accounts.member(account, clerk, AccountRole.USER);
        Contact contact = contacts.insert(account.account().id(), ContactKind.BILLING, "Bill", null, "b@openace.test", null);
        List<String> accountIds = List.of(account.account().id().toString(), "not-a-uuid",
                "00000000-0000-0000-0000-000000000000");
        List<String> subIds = List.of(account.subAccounts().getFirst().id().toString(), "x");
        List<String> userIds = List.of(clerk.id().toString(), owner.id().toString(), "00000000-0000-0000-0000-000000000000", "x");
        List<String> otherIds = List.of(contact.id().toString(),
                identifiers.ofSubAccount(account.subAccounts().getFirst().id()).getFirst().id().toString(), "junk");
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(owner);
        String csrf = browser.get("/accounts/" + account.account().id()).csrf();
        Random random = new Random(SEED);
        List<Endpoint> endpoints = endpoints();
        List<String> failures = new ArrayList<>();

        for (int sent = 0; sent < REQUESTS; sent++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            String path = endpoint.pattern()
                    .replace("{accountId}", random.nextInt(5) > 0 ? accountIds.getFirst() : pick(random, accountIds))
                    .replace("{subAccountId}", pick(random, subIds))
                    .replace("{userId}", pick(random, userIds))
                    .replaceAll("\\{[^}]+}", pick(random, otherIds));
            List<HttpMethod> methods = List.copyOf(endpoint.methods());
            HttpMethod method = methods.get(random.nextInt(methods.size()));
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, java.net.URI.create(path));
            if (random.nextBoolean()) {
                // a plausible request with one or two fields spoilt, to get past the first checks
                java.util.Map<String, String> plausible = plausible(account, clerk, sent);
                if (random.nextBoolean()) {
                    for (int spoilt = 1 + random.nextInt(3); spoilt > 0; spoilt--) {
                        plausible.put(FIELDS[random.nextInt(FIELDS.length)], JUNK[random.nextInt(JUNK.length)]);
                    }
                }
                else {
                    // every value carries a control character, or half of them do
                    boolean all = random.nextBoolean();
                    plausible.replaceAll((field, value) -> all || random.nextBoolean()
                            ? value + CONTROL[random.nextInt(CONTROL.length)] : value);
                }
                plausible.forEach(request::param);
            }
            int fields = random.nextInt(random.nextBoolean() ? 2 : 12);
            for (int i = 0; i < fields; i++) {
                String field = FIELDS[random.nextInt(FIELDS.length)];
                int repeat = 1 + random.nextInt(3);
                String[] values = new String[repeat];
                for (int r = 0; r < repeat; r++) {
                    values[r] = JUNK[random.nextInt(JUNK.length)];
                }
                request.param(field, values);
            }
            if (method != HttpMethod.GET && random.nextInt(5) > 0) {
                request.param("_csrf", csrf);
                request.header("X-XSRF-TOKEN", csrf);
            }
            if (method != HttpMethod.GET && random.nextBoolean()) {
                request.contentType(TYPES[random.nextInt(TYPES.length)]);
                String body = BODIES[random.nextInt(BODIES.length)]
                        .replace("SUB", account.subAccounts().getFirst().id().toString())
                        .replace("JUNK", JSON_JUNK[random.nextInt(JSON_JUNK.length)]);
                request.content(body.getBytes(StandardCharsets.UTF_8));
            }
            request.accept(random.nextBoolean() ? "text/html" : random.nextBoolean() ? "application/json" : "*/*");
            MockHttpServletResponse response = browser.exchange(request);
            String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
            if (response.getStatus() >= 500 || body.contains("\tat ") || body.contains("Exception")) {
                var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
                failures.add(response.getStatus() + " " + method + " " + endpoint.pattern() + " "
                        + built.getParameterMap().keySet() + " " + built.getContentType());
            }
        }
        assertThat(failures).as("requests answered with 5xx or a stack trace").isEmpty();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<HttpMethod> methods = new LinkedHashSet<>();
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                methods.add(HttpMethod.valueOf(method.name()));
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/accounts") || pattern.startsWith("/api/v1")) {
                    found.add(new Endpoint(pattern, methods.isEmpty() ? Set.of(HttpMethod.GET, HttpMethod.POST) : methods));
                }
            }
        }
        assertThat(found).hasSizeGreaterThan(25);
        return found;
    }

    /** Values that pass the forms' first checks. */
    private static java.util.Map<String, String> plausible(OpenTradeAccount.Opened account, PortalUser clerk, int n) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("activity", "EXPORTER");
        values.put("name", "Fuzz " + n);
        values.put("identifier", "A1B");
        values.put("kind", "FILER_CODE");
        values.put("value", "A2C");
        values.put("reason", "VERIFY_IDENTITY");
        values.put("note", "n");
        values.put("invitee", n % 2 == 0 ? "NEW" : "EXISTING");
        values.put("username", n % 2 == 0 ? "fuzz.new." + n + "." + System.nanoTime() % 100000 : clerk.username().value());
        values.put("displayName", "Fuzz Person");
        values.put("email", "fuzz." + n + "@openace.test");
        values.put("role", "USER");
        values.put("subAccount", account.subAccounts().getFirst().id().toString());
        values.put("function", "ENTRIES");
        values.put("level", "VIEW");
        values.put("importer", "");
        values.put("filer", "");
        values.put("port", "9900");
        values.put("title", "Fuzzer");
        values.put("phone", "+1 410 555 0100");
        values.put("account", account.account().id().toString());
        return values;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
