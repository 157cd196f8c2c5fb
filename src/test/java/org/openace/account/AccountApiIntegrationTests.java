package org.openace.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.account.core.Identifiers;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.Rights;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openace.account.AccessLevel.EDIT;
import static org.openace.account.AccessLevel.VIEW;
import static org.openace.account.AccountFunction.ENTRIES;
import static org.openace.account.AccountFunction.USERS;

/** I2: the accounts API decides as the pages do, answers errors as problem documents, and needs the CSRF header. */
@PortalTest
class AccountApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TradeAccounts tradeAccounts;
    @Autowired
    SubAccounts subAccounts;
    @Autowired
    Identifiers identifiers;
    @Autowired
    Rights rights;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** An API answer: status, content type and the JSON body. */
    record Answer(int status, String contentType, JsonNode json, MockHttpServletResponse raw) {

        String code() {
            return json.path("code").asString();
        }
    }

    private PortalClient signedIn(PortalUser user) {
        return PortalClient.signedIn(mvc, user);
    }

    private static Answer call(PortalClient browser, MockHttpServletRequestBuilder request) {
        MockHttpServletResponse response = browser.exchange(request.accept(MediaType.APPLICATION_JSON));
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        return new Answer(response.getStatus(), String.valueOf(response.getContentType()),
                body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body), response);
    }

    private static Answer get(PortalClient browser, String path) {
        return call(browser, MockMvcRequestBuilders.get(path));
    }

    /** A POST with the CSRF header from the token endpoint, as a script does it. */
    private static Answer post(PortalClient browser, String path, Object body) {
        JsonNode csrf = get(browser, "/api/v1/csrf").json();
        return call(browser, MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                .header(csrf.path("headerName").asString(), csrf.path("token").asString())
                .content(JSON.writeValueAsString(body)));
    }

    private static String id(OpenTradeAccount.Opened account) {
        return account.account().id().toString();
    }

    private static Map<String, Object> right(SubAccount sub, AccountFunction function, AccessLevel level) {
        return Map.of("subAccountId", sub.id().toString(), "function", function.name(), "level", level.name());
    }

    @Test
    void theApiShowsMyAccountsAndAnAccountAsThePagesDoWithPersonalNumbersMasked() {
        PortalUser owner = users.create("apiowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        PortalClient browser = signedIn(owner);
        String full = tradeAccounts.openTaxIdentifier(account.account().id()).value();

        Answer mine = get(browser, "/api/v1/accounts");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("memberships")).anySatisfy(m -> {
            assertThat(m.path("accountId").asString()).isEqualTo(id(account));
            assertThat(m.path("role").asString()).isEqualTo("OWNER");
        });

        Answer detail = get(browser, "/api/v1/accounts/" + id(account));
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().path("legalName").asString()).isEqualTo(account.account().legalName());
        assertThat(detail.json().path("yourRole").asString()).isEqualTo("OWNER");
        assertThat(detail.json().path("taxIdentifier").path("masked").asString()).isEqualTo(account.account().taxIdDisplay());
        assertThat(new String(detail.raw().getContentAsByteArray(), StandardCharsets.UTF_8)).doesNotContain(full);
        Answer subs = get(browser, "/api/v1/accounts/" + id(account) + "/sub-accounts");
        assertThat(subs.json()).singleElement().satisfies(s -> {
            assertThat(s.path("activity").asString()).isEqualTo("IMPORTER");
            assertThat(s.path("identifiers").get(0).path("display").asString()).startsWith("**-");
        });
        Answer members = get(browser, "/api/v1/accounts/" + id(account) + "/users");
        assertThat(members.json().path("members")).singleElement()
                .satisfies(m -> assertThat(m.path("username").asString()).isEqualTo(owner.username().value()));
    }

    @Test
    void anythingTheCallerMayNotReachIsAProblemDocumentNotFoundTheSameAsWhatDoesNotExist() {
        PortalUser owner = users.create("apivictim", Role.TRADE);
        PortalUser stranger = users.create("apistranger", Role.TRADE);
        PortalUser clerk = users.create("apiclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.importer(stranger);
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, clerk, account.subAccounts().getFirst(), ENTRIES, VIEW);
        String sub = account.subAccounts().getFirst().id().toString();
        PortalClient browser = signedIn(stranger);

        Answer existing = get(browser, "/api/v1/accounts/" + id(account));
        Answer missing = get(browser, "/api/v1/accounts/00000000-0000-0000-0000-000000000000");

        assertThat(existing.status()).isEqualTo(404);
        assertThat(existing.contentType()).startsWith("application/problem+json");
        assertThat(existing.code()).isEqualTo("NOT_FOUND");
        assertThat(existing.json().path("title").asString()).isEqualTo(missing.json().path("title").asString());
        assertThat(existing.json().path("detail").asString()).isEqualTo(missing.json().path("detail").asString());
        for (String path : List.of("/sub-accounts", "/sub-accounts/" + sub, "/users")) {
            Answer answer = get(browser, "/api/v1/accounts/" + id(account) + path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.code()).as(path).isEqualTo("NOT_FOUND");
        }
        assertThat(get(browser, "/api/v1/accounts/not-a-uuid").code()).isEqualTo("NOT_FOUND");
        Answer forged = post(browser, "/api/v1/accounts/" + id(account) + "/users/" + owner.id() + "/rights",
                Map.of("rights", List.of()));
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.code()).isEqualTo("NOT_FOUND");

        PortalClient clerkBrowser = signedIn(clerk);
        assertThat(get(clerkBrowser, "/api/v1/accounts/" + id(account)).status()).isEqualTo(200);
        assertThat(get(clerkBrowser, "/api/v1/accounts/" + id(account)).json().path("yourRights")).hasSize(1);
        assertThat(get(clerkBrowser, "/api/v1/accounts/" + id(account) + "/users").code())
                .as("no USERS right, as on the page").isEqualTo("NOT_FOUND");
    }

    @Test
    void stateChangesNeedTheCsrfHeaderThatTheTokenEndpointGives() {
        PortalUser owner = users.create("apicsrf", Role.TRADE);
        PortalUser clerk = users.create("apicsrfclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.member(account, clerk, AccountRole.USER);
        PortalClient browser = signedIn(owner);
        String path = "/api/v1/accounts/" + id(account) + "/users/" + clerk.id() + "/rights";
        String body = JSON.writeValueAsString(Map.of("rights", List.of(right(account.subAccounts().getFirst(), ENTRIES, VIEW))));

        Answer without = call(browser, MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body));
        assertThat(without.status()).isEqualTo(403);
        assertThat(rights.of(account.account().id(), clerk.id())).isEmpty();

        Answer token = get(browser, "/api/v1/csrf");
        assertThat(token.raw().getHeader("Cache-Control")).contains("no-store");
        assertThat(token.json().path("headerName").asString()).isNotBlank();
        Answer with = call(browser, MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                .header(token.json().path("headerName").asString(), token.json().path("token").asString()).content(body));

        assertThat(with.status()).isEqualTo(200);
        assertThat(with.json().path("rights")).singleElement().satisfies(r -> {
            assertThat(r.path("function").asString()).isEqualTo("ENTRIES");
            assertThat(r.path("port").asString()).isEqualTo("9900");
        });
        assertThat(rights.of(account.account().id(), clerk.id())).hasSize(1);
    }

    @Test
    void rightsThroughTheApiFollowTheRulesOfTheRightsEditor() {
        PortalUser owner = users.create("apirowner", Role.TRADE);
        PortalUser manager = users.create("apirmanager", Role.TRADE);
        PortalUser clerk = users.create("apirclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        SubAccount sub = account.subAccounts().getFirst();
        accounts.member(account, manager, AccountRole.USER);
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, manager, sub, USERS, EDIT);
        accounts.right(account, manager, sub, ENTRIES, VIEW);
        PortalClient browser = signedIn(manager);
        String base = "/api/v1/accounts/" + id(account) + "/users/";

        Answer beyond = post(browser, base + clerk.id() + "/rights", Map.of("rights", List.of(right(sub, ENTRIES, EDIT))));
        assertThat(beyond.status()).isEqualTo(403);
        assertThat(beyond.contentType()).startsWith("application/problem+json");
        assertThat(beyond.code()).isEqualTo("RIGHTS_BEYOND_YOURS");

        Answer self = post(browser, base + manager.id() + "/rights", Map.of("rights", List.of(right(sub, USERS, EDIT))));
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.code()).isEqualTo("SELF_CHANGE");

        Answer invalid = post(browser, base + clerk.id() + "/rights", Map.of("rights", List.of(Map.of(
                "subAccountId", sub.id().toString(), "function", "ENTRIES", "level", "VIEW", "port", "27"))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(invalid.json().path("errors")).singleElement()
                .satisfies(e -> assertThat(e.path("field").asString()).isEqualTo("rights[0].port"));

        Answer missing = post(browser, base + clerk.id() + "/rights", Map.of("other", 1));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("VALIDATION_FAILED");

        Answer within = post(browser, base + clerk.id() + "/rights", Map.of("rights", List.of(right(sub, ENTRIES, VIEW))));
        assertThat(within.status()).isEqualTo(200);
        assertThat(rights.of(account.account().id(), clerk.id())).hasSize(1);

        Answer malformed = call(browser, MockMvcRequestBuilders.post(base + clerk.id() + "/rights")
                .contentType(MediaType.APPLICATION_JSON)
                .header(get(browser, "/api/v1/csrf").json().path("headerName").asString(),
                        get(browser, "/api/v1/csrf").json().path("token").asString())
                .content("{\"rights\": [ {\"function\": "));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void ownersAddSubAccountsThroughTheApiUnderTheSameRules() {
        PortalUser owner = users.create("apisowner", Role.TRADE);
        PortalUser clerk = users.create("apisclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        OpenTradeAccount.Opened broker = accounts.broker(users.create("apisbroker", Role.TRADE));
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, clerk, account.subAccounts().getFirst(), USERS, EDIT);
        String path = "/api/v1/accounts/" + id(account) + "/sub-accounts";
        String taken = identifiers.ofSubAccount(broker.subAccounts().getFirst().id()).getFirst().display();
        PortalClient browser = signedIn(owner);

        Answer added = post(browser, path, Map.of("activity", "CARRIER", "name", "Trucks",
                "identifiers", List.of(Map.of("kind", "SCAC", "value", freeScac()))));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.raw().getHeader("Location")).startsWith(path + "/");
        assertThat(added.json().path("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(get(browser, added.raw().getHeader("Location")).json().path("name").asString()).isEqualTo("Trucks");

        Answer duplicate = post(browser, path, Map.of("activity", "FILER", "name", "Filing",
                "identifiers", List.of(Map.of("value", taken))));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.code()).isEqualTo("DUPLICATE_IDENTIFIER");
        assertThat(duplicate.json().path("errors").get(0).path("field").asString()).isEqualTo("identifiers[0].value");
        assertThat(new String(duplicate.raw().getContentAsByteArray(), StandardCharsets.UTF_8)).doesNotContain(broker.account().legalName());

        Answer invalid = post(browser, path, Map.of("activity", "IMPORTER", "name", " ",
                "identifiers", List.of(Map.of("value", "12-34"))));
        assertThat(invalid.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(invalid.json().path("errors")).extracting(e -> e.path("field").asString())
                .containsExactlyInAnyOrder("name", "identifiers[0].value");
        assertThat(subAccounts.ofAccount(account.account().id())).hasSize(2);

        Answer byUser = post(signedIn(clerk), path, Map.of("activity", "EXPORTER", "name", "Exports"));
        assertThat(byUser.status()).as("owners only, as on the page").isEqualTo(404);

        Answer text = call(browser, MockMvcRequestBuilders.post(path).contentType(MediaType.TEXT_PLAIN)
                .header(get(browser, "/api/v1/csrf").json().path("headerName").asString(),
                        get(browser, "/api/v1/csrf").json().path("token").asString())
                .content("activity=EXPORTER"));
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void theRunningPortalDeclaresAccessOnEveryEndpointUnderAnAccount() {
        assertThat(AccountEndpointsDeclareAccessTests.undeclared(mappings.getHandlerMethods())).isEmpty();
        assertThat(mappings.getHandlerMethods().keySet()).anySatisfy(info ->
                assertThat(info.getPatternValues()).contains("/api/v1/accounts/{accountId}/users/{userId}/rights"));
    }

    @Test
    void theApiDescriptionIsPublicAndTheApiItselfIsNot() {
        PortalClient anonymous = new PortalClient(mvc);

        MockHttpServletResponse description = anonymous.exchange(MockMvcRequestBuilders.get("/api/openapi.yaml"));
        assertThat(description.getStatus()).isEqualTo(200);
        assertThat(new String(description.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("openapi: 3.1.0",
                "/api/v1/accounts/{accountId}/users/{userId}/rights", "RIGHTS_BEYOND_YOURS");

        Answer api = get(anonymous, "/api/v1/accounts");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.code()).isEqualTo("NOT_SIGNED_IN");
    }

    private String freeScac() {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 50; attempt++) {
            StringBuilder scac = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                scac.append(letters.charAt(random.nextInt(letters.length())));
            }
            TradeIdentifier candidate = TradeIdentifier.parse(IdentifierKind.SCAC, scac.toString()).orElseThrow();
            if (!identifiers.exists(candidate)) {
                return candidate.value();
            }
        }
        throw new IllegalStateException("No free SCAC");
    }
}
