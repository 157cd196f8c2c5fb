package org.openace.account.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.ApiTokenAccepted;
import org.openace.account.ApiTokenPrincipal;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestClock;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens (F2): an owner or proxy owner issues one for a broker or filer sub-account and sees it once; the list
 * never shows it again; a token authenticates only on endpoints that accept tokens (a test-only one here, that
 * answers the token's filer code), statelessly, and stops on the next request when revoked, expired, or when its
 * sub-account closes or loses its filer code; every issue, revoke and use is audited.
 */
@PortalTest
@Import(ApiTokensIntegrationTests.TokenEndpoint.class)
@ExtendWith(OutputCaptureExtension.class)
class ApiTokensIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("oat_[A-Za-z0-9_-]{43}");
    private static final String FILER_ENDPOINT = "/api/test/token-filer";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SubAccounts subAccounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    /** Registered only in this test: an API endpoint that accepts tokens and answers the principal's filer code. */
    @TestConfiguration
    static class TokenEndpoint {
        @Bean
        TokenFilerController tokenFilerController() {
            return new TokenFilerController();
        }
    }

    @RestController
    static class TokenFilerController {
        @GetMapping(FILER_ENDPOINT)
        @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.EDIT)
        Map<String, String> filer(@AuthenticationPrincipal ApiTokenPrincipal token) {
            return Map.of("filerCode", token.filerCode(), "subAccount", token.subAccount().toString());
        }

        @PostMapping(FILER_ENDPOINT)
        @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.EDIT)
        Map<String, String> file(@AuthenticationPrincipal ApiTokenPrincipal token) {
            return Map.of("filerCode", token.filerCode());
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Broker(PortalUser owner, OpenTradeAccount.Opened account, SubAccount sub, String filerCode) {
        String tokensPage() {
            return "/accounts/" + account.account().id() + "/api-tokens";
        }
    }

    private Broker broker(String prefix) {
        PortalUser owner = users.create(prefix, Role.TRADE);
        OpenTradeAccount.Opened account = accounts.broker(owner);
        SubAccount sub = account.subAccounts().getFirst();
        String filer = jdbc.sql("select value_plain from account_identifier where sub_account_id = ? and kind = 'FILER_CODE'")
                .param(sub.id().value()).query(String.class).single();
        return new Broker(owner, account, sub, filer);
    }

    /** Issues a token on the page as the user, and returns the page's one shown secret. */
    private static String issue(PortalClient browser, Broker broker, String name, String days) {
        browser.get(broker.tokensPage());
        PortalClient.Page issued = browser.post(broker.tokensPage(),
                Map.of("subAccountId", broker.sub().id().toString(), "name", name, "days", days));
        assertThat(issued.status()).isEqualTo(200);
        Matcher matcher = SECRET.matcher(issued.body());
        assertThat(matcher.find()).as("the secret is shown once").isTrue();
        return matcher.group();
    }

    private MockHttpServletResponse withToken(String method, String path, String authorization) {
        try {
            var request = method.equals("POST") ? MockMvcRequestBuilders.post(path) : MockMvcRequestBuilders.get(path);
            return mvc.perform(request.header("Authorization", authorization).with(r -> {
                r.setRemoteAddr("192.0.2.44");
                return r;
            })).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private UUID tokenId(Broker broker, String name) {
        return jdbc.sql("select id from api_token where account_id = ? and name = ?")
                .param(broker.account().account().id().value()).param(name).query(UUID.class).single();
    }

    private int audited(String action, UUID token) {
        return jdbc.sql("select count(*) from audit_event where action = ? and object_id = ?")
                .param(action).param(token.toString()).query(Integer.class).single();
    }

    @Test
    void anOwnerIssuesATokenThatIsShownOnceStoredAsADigestAndListedWithoutItsSecret(CapturedOutput output) {
        Broker broker = broker("tokowner");
        PortalClient browser = PortalClient.signedIn(mvc, broker.owner());

        String secret = issue(browser, broker, "Filing server", "");
        UUID id = tokenId(broker, "Filing server");

        PortalClient.Page list = browser.get(broker.tokensPage());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Filing server").contains(broker.filerCode()).doesNotContain(secret)
                .contains(secret.substring(0, 8) + "…").contains("Never");
        byte[] digest = jdbc.sql("select digest from api_token where id = ?").param(id).query(byte[].class).single();
        assertThat(digest).isEqualTo(ApiTokenSecret.parse(secret).orElseThrow().digest());
        assertThat(jdbc.sql("select count(*) from api_token where id = ? and expires_at - created_at = interval '90 days'")
                .param(id).query(Integer.class).single()).as("90 days by default").isEqualTo(1);
        assertThat(audited("API_TOKEN_ISSUED", id)).isEqualTo(1);

        MockHttpServletResponse used = withToken("GET", FILER_ENDPOINT, "Bearer " + secret);
        assertThat(used.getStatus()).isEqualTo(200);
        assertThat(body(used)).contains("\"filerCode\":\"" + broker.filerCode() + "\"");
        assertThat(browser.get(broker.tokensPage()).body()).contains("192.0.2.44").doesNotContain(secret);
        assertThat(output.getAll()).as("the secret is never logged").doesNotContain(secret);
    }

    @Test
    void aTokenRequestIsStatelessSetsNoCookieNeedsNoCsrfAndIsAuditedOncePerRequest() {
        Broker broker = broker("tokstateless");
        String secret = issue(PortalClient.signedIn(mvc, broker.owner()), broker, "Robot", "30");
        UUID id = tokenId(broker, "Robot");

        MockHttpServletResponse posted = withToken("POST", FILER_ENDPOINT, "Bearer " + secret);
        MockHttpServletResponse got = withToken("GET", FILER_ENDPOINT, "Bearer " + secret);

        assertThat(posted.getStatus()).as("a POST without a CSRF token").isEqualTo(200);
        assertThat(got.getStatus()).isEqualTo(200);
        assertThat(posted.getHeaders("Set-Cookie")).isEmpty();
        assertThat(got.getHeaders("Set-Cookie")).isEmpty();
        assertThat(got.getCookies()).isEmpty();
        assertThat(audited("API_TOKEN_USED", id)).isEqualTo(2);
        assertThat(jdbc.sql("select last_used_address from api_token where id = ?").param(id).query(String.class)
                .single()).isEqualTo("192.0.2.44");
    }

    @Test
    void aMalformedUnknownRevokedOrExpiredTokenGets401WithItsCodeAndAChallenge() {
        Broker broker = broker("tokrefused");
        PortalClient browser = PortalClient.signedIn(mvc, broker.owner());
        String revoked = issue(browser, broker, "Old robot", "10");
        String expiring = issue(browser, broker, "Short robot", "1");
        UUID revokedId = tokenId(broker, "Old robot");
        browser.get(broker.tokensPage());
        PortalClient.Page afterRevoke = browser.post(broker.tokensPage() + "/" + revokedId + "/revoke", Map.of());
        assertThat(afterRevoke.body()).contains("is revoked");
        assertThat(audited("API_TOKEN_REVOKED", revokedId)).isEqualTo(1);
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        Map<String, String> expected = Map.of(
                "Bearer oat_short", "TOKEN_INVALID",
                "Bearer not-a-token at all", "TOKEN_INVALID",
                "Bearer " + "oat_" + "A".repeat(43), "TOKEN_INVALID",
                "Bearer " + revoked, "TOKEN_REVOKED",
                "Bearer " + expiring, "TOKEN_EXPIRED");
        expected.forEach((header, code) -> {
            MockHttpServletResponse answer = withToken("GET", FILER_ENDPOINT, header);
            assertThat(answer.getStatus()).as(header).isEqualTo(401);
            assertThat(answer.getContentType()).startsWith("application/problem+json");
            assertThat(answer.getHeader("WWW-Authenticate")).startsWith("Bearer ").contains("invalid_token");
            assertThat(body(answer)).contains("\"code\":\"" + code + "\"").doesNotContain("Exception")
                    .doesNotContain("at org.");
            assertThat(answer.getHeaders("Set-Cookie")).isEmpty();
        });
        assertThat(audited("API_TOKEN_REFUSED", revokedId)).isEqualTo(1);
    }

    @Test
    void closingTheSubAccountOrRemovingItsFilerCodeStopsItsTokensOnTheNextRequest() {
        Broker broker = broker("tokclose");
        PortalClient browser = PortalClient.signedIn(mvc, broker.owner());
        String secret = issue(browser, broker, "Robot", "30");
        assertThat(withToken("GET", FILER_ENDPOINT, "Bearer " + secret).getStatus()).isEqualTo(200);

        jdbc.sql("update account_identifier set value_plain = 'ZZ9' where sub_account_id = ? and kind = 'FILER_CODE'")
                .param(broker.sub().id().value()).update();
        assertThat(body(withToken("GET", FILER_ENDPOINT, "Bearer " + secret))).contains("TOKEN_REVOKED");
        jdbc.sql("update account_identifier set value_plain = ? where sub_account_id = ? and kind = 'FILER_CODE'")
                .param(broker.filerCode()).param(broker.sub().id().value()).update();
        assertThat(withToken("GET", FILER_ENDPOINT, "Bearer " + secret).getStatus()).isEqualTo(200);

        subAccounts.close(broker.sub().id());
        MockHttpServletResponse closed = withToken("GET", FILER_ENDPOINT, "Bearer " + secret);
        assertThat(closed.getStatus()).isEqualTo(401);
        assertThat(body(closed)).contains("TOKEN_REVOKED");
        assertThat(browser.get(broker.tokensPage()).body()).contains("no longer files");
    }

    @Test
    void aTokenReachesNeitherTheAccountsApiNorAnyPageAndASessionIsRefusedOnTheTokenEndpoint() {
        Broker broker = broker("tokscope");
        PortalClient browser = PortalClient.signedIn(mvc, broker.owner());
        String secret = issue(browser, broker, "Robot", "30");
        String account = broker.account().account().id().toString();

        for (String path : List.of("/api/v1/accounts", "/api/v1/csrf", "/api/v1/accounts/" + account,
                "/api/v1/accounts/" + account + "/users", "/api/v1/accounts/" + account + "/sub-accounts")) {
            MockHttpServletResponse answer = withToken("GET", path, "Bearer " + secret);
            assertThat(answer.getStatus()).as(path).isIn(403, 404);
            assertThat(answer.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(body(answer)).as(path).doesNotContain("legalName").doesNotContain("members");
        }
        for (String page : List.of("/", "/accounts", "/accounts/" + account, broker.tokensPage())) {
            MockHttpServletResponse answer = withToken("GET", page, "Bearer " + secret);
            assertThat(answer.getStatus()).as(page).isIn(302, 401, 403);
            assertThat(body(answer)).as(page).doesNotContain(broker.account().account().legalName());
        }

        MockHttpServletResponse session = browser.exchange(MockMvcRequestBuilders.get(FILER_ENDPOINT)
                .accept("application/json"));
        assertThat(session.getStatus()).as("a signed-in session on a token endpoint").isEqualTo(403);
    }

    @Test
    void ownersAndProxyOwnersManageTokensWhileUsersOtherAccountsAndOfficersDoNot() {
        Broker broker = broker("tokmatrix");
        PortalUser proxy = users.create("tokproxy", Role.TRADE);
        PortalUser user = users.create("tokuser", Role.TRADE);
        PortalUser stranger = users.create("tokstranger", Role.TRADE);
        PortalUser officer = users.create("tokofficer", Role.OFFICER);
        accounts.member(broker.account(), proxy, AccountRole.PROXY_OWNER);
        accounts.member(broker.account(), user, AccountRole.USER);
        accounts.right(broker.account(), user, broker.sub(), AccountFunction.ENTRIES, AccessLevel.EDIT);
        accounts.broker(stranger);

        assertThat(PortalClient.signedIn(mvc, broker.owner()).get(broker.tokensPage()).status()).isEqualTo(200);
        PortalClient proxyBrowser = PortalClient.signedIn(mvc, proxy);
        assertThat(proxyBrowser.get(broker.tokensPage()).status()).isEqualTo(200);
        String byProxy = issue(proxyBrowser, broker, "Proxy robot", "365");
        assertThat(withToken("GET", FILER_ENDPOINT, "Bearer " + byProxy).getStatus()).isEqualTo(200);
        UUID token = tokenId(broker, "Proxy robot");

        for (PortalUser refused : List.of(user, stranger)) {
            PortalClient other = PortalClient.signedIn(mvc, refused);
            assertThat(other.get(broker.tokensPage()).status()).as(refused.username().value()).isEqualTo(404);
            String csrf = other.get("/accounts").csrf();
            assertThat(other.postNoFollow(broker.tokensPage(), Map.of("subAccountId", broker.sub().id().toString(),
                    "name", "Sneaky", "days", "30", "_csrf", csrf)).status()).isEqualTo(404);
            assertThat(other.postNoFollow(broker.tokensPage() + "/" + token + "/revoke", Map.of("_csrf", csrf))
                    .status()).isEqualTo(404);
        }
        assertThat(PortalClient.signedIn(mvc, officer).get(broker.tokensPage()).status()).as("officer")
                .isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from api_token where account_id = ?")
                .param(broker.account().account().id().value()).query(Integer.class).single())
                .as("refused issues store nothing").isEqualTo(1);
        assertThat(jdbc.sql("select revoked_at is null from api_token where id = ?").param(token)
                .query(Boolean.class).single()).as("refused revokes change nothing").isTrue();
    }

    @Test
    void anExpiryBeyondAYearANameMissingOrAnotherAccountsSubAccountIsRefusedWithFormErrors() {
        Broker broker = broker("tokform");
        Broker other = broker("tokformother");
        PortalClient browser = PortalClient.signedIn(mvc, broker.owner());
        browser.get(broker.tokensPage());

        PortalClient.Page refused = browser.post(broker.tokensPage(), Map.of("subAccountId",
                other.sub().id().toString(), "name", " ", "days", "366"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Choose the broker or filer sub-account").contains("Enter a name")
                .contains("from 1 to 365");
        assertThat(SECRET.matcher(refused.body()).find()).isFalse();
        assertThat(jdbc.sql("select count(*) from api_token where account_id = ?")
                .param(broker.account().account().id().value()).query(Integer.class).single()).isZero();
    }
}
