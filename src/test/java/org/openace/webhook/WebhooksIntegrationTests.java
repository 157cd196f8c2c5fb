package org.openace.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openace.account.AccountRole;
import org.openace.account.core.OpenTradeAccount;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestClock;
import org.openace.test.TestUsers;
import org.openace.webhook.delivery.WebhookSignature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks end to end (issue 11, R3): a broker's owner registers an endpoint on the account's pages (its secret shown
 * once), an officer rejects an entry summary the broker filed through the filing API, and a local receiver
 * ({@link HttpServer} on a free port) gets the signed delivery within seconds, its signature verified as a receiver
 * would; a receiver that fails gets the delivery again after the back-off (the clock moved past it), each attempt
 * logged; an endpoint that fails five times in a row is paused, shown why, and resumed by its owner; addresses that
 * are not allowed are refused and store nothing; another account's owner and a user who is not an owner reach
 * nothing; every change is audited.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9_-]{43}");

    /** One request as the receiver got it. */
    record Received(String path, String id, String event, String timestamp, String signature, String body,
                    Instant at) {
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    HttpServer receiver;
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    /** Statuses the receiver answers on each path, one per request, then 200. */
    final Map<String, Deque<Integer>> answers = new java.util.concurrent.ConcurrentHashMap<>();

    Broker broker;
    OpenTradeAccount.Opened otherAccount;
    PortalClient owner;
    PortalClient otherOwner;
    PortalClient member;
    PortalClient officer;
    String csrfHeader;
    String csrfToken;

    @BeforeAll
    void receiverAccountsAndUsers() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, exchange.getRequestHeaders().getFirst(WebhookSignature.ID_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.EVENT_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body, Instant.now()));
            Integer status = answers.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
            byte[] answer = (status == null ? "ok, thanks" : "broken for now").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();

        TestReferenceData.loadSamples(context);
        broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "whkbroker");
        PortalUser otherUser = users.create("whkother", Role.TRADE);
        otherAccount = accounts.broker(otherUser);
        PortalUser memberUser = users.create("whkmember", Role.TRADE);
        accounts.member(broker.account(), memberUser, AccountRole.USER);
        owner = PortalClient.signedIn(mvc, broker.owner());
        otherOwner = PortalClient.signedIn(mvc, otherUser);
        member = PortalClient.signedIn(mvc, memberUser);
        var officerUser = users.create("whkofficer", Role.OFFICER);
        // the fixtures' entries are at port 0101, which the officer works (an officer acts only within their ports)
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officerUser.id().value()).update();
        officer = PortalClient.signedIn(mvc, officerUser);
        JsonNode csrf = json(officer.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")));
        csrfHeader = csrf.path("headerName").asString();
        csrfToken = csrf.path("token").asString();
    }

    @AfterAll
    void stopTheReceiver() {
        receiver.stop(0);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void aRejectMadeByAnOfficerReachesTheFilersSoftwareSignedWithinSeconds() {
        String secret = register("/rejects", "ENTRY_SUMMARY_REJECTED");
        EntryNumber number = file();

        long before = System.nanoTime();
        MockHttpServletResponse rejected = officer.exchange(MockMvcRequestBuilders
                .post("/api/v1/entry-summaries/" + number.formatted() + "/actions/reject")
                .header(csrfHeader, csrfToken).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"reasons\": [\"Invoice missing\"]}"));
        assertThat(rejected.getStatus()).as(text(rejected)).isEqualTo(200);

        Received delivery = await(r -> r.path().equals("/rejects"), Duration.ofSeconds(15));
        Duration took = Duration.ofNanos(System.nanoTime() - before);
        assertThat(took).as("the reject arrives within seconds").isLessThan(Duration.ofSeconds(10));
        assertThat(delivery.event()).isEqualTo("entry_summary.rejected");
        assertThat(WebhookSignature.verify(secret, delivery.signature(), delivery.timestamp(), delivery.body(),
                Instant.now())).as("the signature verifies with the secret shown once").isTrue();
        assertThat(WebhookSignature.verify(secret, delivery.signature(), delivery.timestamp(), delivery.body(),
                Instant.now().plus(Duration.ofMinutes(6)))).as("and is refused as a replay later").isFalse();
        JsonNode body = JSON.readTree(delivery.body());
        assertThat(body.path("type").asString()).isEqualTo("entry_summary.rejected");
        assertThat(body.path("id").asString()).isEqualTo(delivery.id());
        assertThat(body.path("account").asString()).isEqualTo(broker.account().account().id().toString());
        assertThat(body.path("entry").path("entryNumber").asString()).isEqualTo(number.formatted());
        assertThat(body.path("data").path("reasons").get(0).asString()).isEqualTo("Invoice missing");
        assertThat(delivery.body()).as("no personal data").doesNotContainPattern("[0-9]{3}-[0-9]{2}-[0-9]{4}");
        // accepted on filing: not asked for, not sent
        assertThat(received).noneMatch(r -> r.path().equals("/rejects") && !"entry_summary.rejected".equals(r.event()));

        awaitStatus(delivery.id(), "DELIVERED");
        String endpoint = endpointOf("/rejects");
        PortalClient.Page log = owner.get(webhooks() + "/" + endpoint);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("entry_summary.rejected", number.formatted(), "Delivered", "HTTP 200",
                "ok, thanks");
        assertThat(log.body()).as("the secret is never shown again").doesNotContain(secret);
        assertThat(audited("WEBHOOK_REGISTERED", endpoint)).isEqualTo(1);
    }

    @Test
    void aFailedAttemptIsLoggedAndRetriedAfterTheBackOff() {
        register("/flaky", "ENTRY_SUMMARY_ACCEPTED");
        answers.put("/flaky", new ConcurrentLinkedDeque<>(List.of(500)));
        String endpoint = endpointOf("/flaky");
        owner.get(webhooks() + "/" + endpoint);
        assertThat(owner.post(webhooks() + "/" + endpoint + "/test", Map.of()).status()).isEqualTo(200);

        Received first = await(r -> r.path().equals("/flaky"), Duration.ofSeconds(15));
        assertThat(first.event()).isEqualTo("webhook.test");
        awaitAttempts(first.id(), 1);
        assertThat(status(first.id())).isEqualTo("PENDING");
        assertThat(owner.get(webhooks() + "/" + endpoint).body()).contains("HTTP 500", "broken for now",
                "The endpoint answered HTTP 500.", "next attempt");

        // nothing more until the back-off of a minute has passed
        clock.advance(Duration.ofSeconds(61));
        Received second = await(r -> r.path().equals("/flaky") && r != first, Duration.ofSeconds(15));
        assertThat(second.id()).as("the same event again").isEqualTo(first.id());
        awaitStatus(first.id(), "DELIVERED");
        assertThat(jdbc.sql("""
                select string_agg(a.attempt || ':' || a.status_code, ',' order by a.attempt) from webhook_attempt a
                join webhook_delivery d on d.account_id = a.account_id and d.id = a.delivery_id where d.event_id = ?
                """).param(UUID.fromString(first.id())).query(String.class).single()).isEqualTo("1:500,2:200");
        assertThat(jdbc.sql("select consecutive_failures from webhook_endpoint where id = ?")
                .param(UUID.fromString(endpoint)).query(Integer.class).single()).as("a success resets").isZero();
    }

    @Test
    void anEndpointFailingFiveTimesInARowIsPausedAndItsOwnerSeesWhyAndResumesIt() {
        register("/down", "HOLD_PLACED");
        answers.put("/down", new ConcurrentLinkedDeque<>(List.of(503, 503, 503, 503, 503, 503, 503, 503)));
        String endpoint = endpointOf("/down");
        String page = webhooks() + "/" + endpoint;
        for (int i = 0; i < 5; i++) {
            owner.get(page);
            assertThat(owner.post(page + "/test", Map.of()).status()).isEqualTo(200);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"PAUSED".equals(endpointStatus(endpoint)) && System.nanoTime() < deadline) {
            sleep(100);
        }
        assertThat(endpointStatus(endpoint)).isEqualTo("PAUSED");
        PortalClient.Page paused = owner.get(page);
        assertThat(paused.body()).contains("Paused after 5 failed attempts in a row", "HTTP 503", "Resume");
        assertThat(owner.post(page + "/test", Map.of()).status()).as("no test while paused").isEqualTo(409);
        assertThat(audited("WEBHOOK_PAUSED_AFTER_FAILURES", endpoint)).isEqualTo(1);

        owner.get(page);
        assertThat(owner.post(page + "/resume", Map.of()).body()).contains("The endpoint is resumed");
        assertThat(endpointStatus(endpoint)).isEqualTo("ACTIVE");
        assertThat(audited("WEBHOOK_RESUMED", endpoint)).isEqualTo(1);
        owner.get(page);
        assertThat(owner.post(page + "/pause", Map.of()).body()).contains("The endpoint is paused");
        assertThat(audited("WEBHOOK_PAUSED", endpoint)).isEqualTo(1);
    }

    @Test
    void theSecretIsRotatedAndTheEndpointChangedAndDeletedEachAudited() {
        String secret = register("/rotating", "HOLD_LIFTED");
        String endpoint = endpointOf("/rotating");
        String page = webhooks() + "/" + endpoint;
        owner.get(page);
        PortalClient.Page rotated = owner.post(page + "/rotate-secret", Map.of());
        Matcher matcher = SECRET.matcher(rotated.body());
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group()).isNotEqualTo(secret);
        assertThat(rotated.header("Cache-Control")).contains("no-store");
        assertThat(jdbc.sql("select count(*) from webhook_endpoint where id = ? and position(? in "
                        + "encode(secret_cipher, 'escape')) > 0").param(UUID.fromString(endpoint)).param(matcher.group())
                .query(Long.class).single()).as("stored sealed").isZero();

        owner.get(page);
        PortalClient.Page changed = owner.post(page, Map.of("url", "http://127.0.0.1:" + port() + "/rotating2",
                "description", "Filing server, Savannah", "events", "ENTRY_LIQUIDATED"));
        assertThat(changed.body()).contains("saved", "/rotating2", "entry.liquidated");
        owner.get(page);
        PortalClient.Page badChange = owner.post(page, Map.of("url", "http://127.0.0.1:" + port() + "/x",
                "description", "Filing server", "events", "NOT_AN_EVENT"));
        assertThat(badChange.status()).isEqualTo(422);
        assertThat(badChange.body()).contains("Choose events from the list.");

        owner.get(page);
        PortalClient.Page deleted = owner.post(page + "/delete", Map.of());
        assertThat(deleted.body()).contains("is deleted");
        assertThat(jdbc.sql("select count(*) from webhook_endpoint where id = ?").param(UUID.fromString(endpoint))
                .query(Long.class).single()).isZero();
        for (String action : List.of("WEBHOOK_SECRET_ROTATED", "WEBHOOK_CHANGED", "WEBHOOK_DELETED")) {
            assertThat(audited(action, endpoint)).as(action).isEqualTo(1);
        }
        assertThat(owner.get(page).status()).isEqualTo(404);
    }

    @Test
    void addressesThatAreNotAllowedAreRefusedClearlyAndNothingIsStored() {
        long before = endpoints();
        owner.get(webhooks());
        PortalClient.Page http = owner.post(webhooks(), Map.of("url", "http://93.184.216.34/hook",
                "description", "Public over http", "events", "ENTRY_SUMMARY_REJECTED"));
        assertThat(http.status()).isEqualTo(422);
        assertThat(http.body()).contains("The address must start with https://");
        owner.get(webhooks());
        PortalClient.Page none = owner.post(webhooks(), Map.of("url", "http://127.0.0.1:" + port() + "/x",
                "description", "No events"));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("Choose at least one event");
        owner.get(webhooks());
        PortalClient.Page blank = owner.post(webhooks(), Map.of("url", "", "description", "",
                "events", "ENTRY_SUMMARY_REJECTED"));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("Enter the address of your endpoint");
        assertThat(endpoints()).isEqualTo(before);
    }

    @Test
    void anotherAccountsOwnerAndAUserWhoIsNotAnOwnerReachNothing() {
        register("/private", "HOLD_PLACED");
        String endpoint = endpointOf("/private");
        long before = endpoints();

        assertThat(otherOwner.get(webhooks()).status()).isEqualTo(404);
        assertThat(otherOwner.get(webhooks() + "/" + endpoint).status()).isEqualTo(404);
        String ownPage = "/accounts/" + otherAccount.account().id() + "/webhooks";
        assertThat(otherOwner.get(ownPage).status()).isEqualTo(200);
        assertThat(otherOwner.get(ownPage + "/" + endpoint).status()).as("another account's endpoint by id")
                .isEqualTo(404);
        otherOwner.get(ownPage);
        assertThat(otherOwner.post(ownPage + "/" + endpoint + "/delete", Map.of()).status()).isEqualTo(404);
        otherOwner.get(ownPage);
        assertThat(otherOwner.post(webhooks() + "/" + endpoint + "/pause", Map.of()).status()).isEqualTo(404);
        otherOwner.get(ownPage);
        assertThat(otherOwner.post(webhooks(), Map.of("url", "http://127.0.0.1:" + port() + "/theirs",
                "description", "Theirs", "events", "HOLD_PLACED")).status()).isEqualTo(404);

        assertThat(member.get(webhooks()).status()).isEqualTo(404);
        assertThat(member.get(webhooks() + "/" + endpoint).status()).isEqualTo(404);
        member.get("/accounts");
        assertThat(member.post(webhooks(), Map.of("url", "http://127.0.0.1:" + port() + "/mine",
                "description", "Mine", "events", "HOLD_PLACED")).status()).isIn(403, 404);
        assertThat(endpoints()).isEqualTo(before);
        assertThat(endpointStatus(endpoint)).isEqualTo("ACTIVE");
        assertThat(owner.get(webhooks()).body()).contains("/private");
    }

    @Test
    void theApiDoesWhatThePagesDoWithProblemDocuments() {
        JsonNode csrf = json(owner.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")));
        String header = csrf.path("headerName").asString();
        String token = csrf.path("token").asString();
        String api = "/api/v1/accounts/" + broker.account().account().id() + "/webhooks";

        MockHttpServletResponse registered = owner.exchange(MockMvcRequestBuilders.post(api).header(header, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"http://127.0.0.1:" + port()
                        + "/api\", \"description\": \"From the API\", \"events\": [\"hold.lifted\"]}"));
        assertThat(registered.getStatus()).as(text(registered)).isEqualTo(201);
        JsonNode answer = json(registered);
        assertThat(answer.path("secret").asString()).matches(SECRET);
        String id = answer.path("endpoint").path("id").asString();
        assertThat(answer.path("endpoint").path("events").get(0).asString()).isEqualTo("hold.lifted");
        assertThat(registered.getHeader("Location")).isEqualTo(api + "/" + id);

        // the secret is shown once, on registration; the list has only its hint (its first characters)
        assertThat(text(owner.exchange(MockMvcRequestBuilders.get(api)))).contains(id)
                .doesNotContain(answer.path("secret").asString());
        MockHttpServletResponse refused = owner.exchange(MockMvcRequestBuilders.post(api).header(header, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"http://93.184.216.34/x\", "
                        + "\"description\": \"x\", \"events\": [\"hold.lifted\"]}"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(json(refused).path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(json(refused).path("errors").get(0).path("field").asString()).isEqualTo("url");
        MockHttpServletResponse malformed = owner.exchange(MockMvcRequestBuilders.post(api).header(header, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"url\": "));
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(json(malformed).path("code").asString()).isEqualTo("MALFORMED_REQUEST");

        assertThat(owner.exchange(MockMvcRequestBuilders.post(api + "/" + id + "/pause").header(header, token))
                .getStatus()).isEqualTo(200);
        MockHttpServletResponse test = owner.exchange(MockMvcRequestBuilders.post(api + "/" + id + "/test")
                .header(header, token));
        assertThat(test.getStatus()).isEqualTo(409);
        assertThat(json(test).path("code").asString()).isEqualTo("WEBHOOK_PAUSED");

        MockHttpServletResponse stranger = otherOwner.exchange(MockMvcRequestBuilders.get(api + "/" + id));
        assertThat(stranger.getStatus()).isEqualTo(404);
        assertThat(json(stranger).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(member.exchange(MockMvcRequestBuilders.get(api)).getStatus()).isEqualTo(404);

        assertThat(owner.exchange(MockMvcRequestBuilders.delete(api + "/" + id).header(header, token)).getStatus())
                .isEqualTo(204);
        assertThat(owner.exchange(MockMvcRequestBuilders.get(api + "/" + id)).getStatus()).isEqualTo(404);
        assertThat(audited("WEBHOOK_DELETED", id)).isEqualTo(1);
    }

    // --- helpers

    private String webhooks() {
        return "/accounts/" + broker.account().account().id() + "/webhooks";
    }

    private int port() {
        return receiver.getAddress().getPort();
    }

    /** Registers an endpoint on the receiver's path for one event; the secret shown once. */
    private String register(String path, String event) {
        owner.get(webhooks());
        PortalClient.Page registered = owner.post(webhooks(), Map.of("url", "http://127.0.0.1:" + port() + path,
                "description", "Test receiver " + path, "events", event));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.header("Cache-Control")).contains("no-store");
        Matcher matcher = SECRET.matcher(registered.body());
        assertThat(matcher.find()).as("the secret is shown once").isTrue();
        return matcher.group();
    }

    private String endpointOf(String path) {
        return jdbc.sql("select id::text from webhook_endpoint where url = ?")
                .param("http://127.0.0.1:" + port() + path).query(String.class).single();
    }

    private String endpointStatus(String endpoint) {
        return jdbc.sql("select status from webhook_endpoint where id = ?").param(UUID.fromString(endpoint))
                .query(String.class).single();
    }

    private long endpoints() {
        return jdbc.sql("select count(*) from webhook_endpoint").query(Long.class).single();
    }

    private String status(String eventId) {
        return jdbc.sql("select status from webhook_delivery where event_id = ?").param(UUID.fromString(eventId))
                .query(String.class).single();
    }

    private void awaitStatus(String eventId, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!status.equals(status(eventId)) && System.nanoTime() < deadline) {
            sleep(50);
        }
        assertThat(status(eventId)).isEqualTo(status);
    }

    private void awaitAttempts(String eventId, int attempts) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (loggedAttempts(eventId) < attempts && System.nanoTime() < deadline) {
            sleep(50);
        }
        assertThat(loggedAttempts(eventId)).isEqualTo(attempts);
    }

    private long loggedAttempts(String eventId) {
        return jdbc.sql("""
                select count(*) from webhook_attempt a join webhook_delivery d
                  on d.account_id = a.account_id and d.id = a.delivery_id where d.event_id = ?
                """).param(UUID.fromString(eventId)).query(Long.class).single();
    }

    private long audited(String action, String endpoint) {
        return jdbc.sql("select count(*) from audit_event where action = ? and object_id = ?").param(action)
                .param(endpoint).query(Long.class).single();
    }

    private Received await(Predicate<Received> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (received) {
                for (Received r : received) {
                    if (wanted.test(r)) {
                        return r;
                    }
                }
            }
            sleep(50);
        }
        throw new AssertionError("nothing received within " + within + "; received: " + received);
    }

    private EntryNumber file() {
        EntryNumber number = broker.nextEntryNumber();
        try {
            MockHttpServletResponse filed = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                    .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                    .content(FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER))).andReturn().getResponse();
            assertThat(filed.getStatus()).as(text(filed)).isEqualTo(201);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return number;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(MockHttpServletResponse response) {
        return JSON.readTree(text(response));
    }
}
