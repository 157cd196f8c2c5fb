package org.openace.filing.officer;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.filing.CargoReleased;
import org.openace.filing.EntryLiquidated;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummaryEvent;
import org.openace.filing.EntrySummaryRejected;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.filing.HoldLifted;
import org.openace.filing.HoldPlaced;
import org.openace.filing.LiquidationExtended;
import org.openace.filing.LiquidationScheduled;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reference.WorkingDays;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestClock;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customs officers move entry summaries (F3/F6) through the API and on their pages: each legal move is stored with
 * its history line, its audit record and its past-tense event; each illegal one is refused with the entry summary's
 * reason (409 {@code ENTRY_MOVE_REFUSED}) and changes no row; bad values are named by field; trade and partner agency
 * users reach none of it. Entries are filed through the filing API first.
 */
@PortalTest
@RecordApplicationEvents
class OfficerEntryMovesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ApplicationEvents events;

    private Broker broker;
    private PortalClient officer;
    private String csrfHeader;
    private String csrfToken;

    @BeforeEach
    void fileAsABrokerAndSignInAsAnOfficer() {
        TestReferenceData.loadSamples(context);
        broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "ofmvbrk");
        signInAsOfficer(users.create("ofmvofc", Role.OFFICER));
    }

    /** Signs the officer in (again after the clock moved past the session's idle limit). */
    private void signInAsOfficer(PortalUser user) {
        // the fixtures' entries are at port 0101: the officer works it (an officer acts only within their ports)
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(user.id().value()).update();
        officer = PortalClient.signedIn(mvc, user);
        JsonNode csrf = json(officer.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")));
        csrfHeader = csrf.path("headerName").asString();
        csrfToken = csrf.path("token").asString();
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
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

    private MockHttpServletResponse act(EntryNumber number, String move, String body) {
        return act(officer, number.formatted(), move, body);
    }

    private MockHttpServletResponse act(PortalClient client, String number, String move, String body) {
        return client.exchange(MockMvcRequestBuilders.post("/api/v1/entry-summaries/" + number + "/actions/" + move)
                .header(csrfHeader, csrfToken).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(MockHttpServletResponse response) {
        return JSON.readTree(text(response));
    }

    /** The entry's row, its holds and its history as they stand, to compare before and after a refusal. */
    private String rows(EntryNumber number) {
        return jdbc.sql("""
                select (select row_to_json(s)::text from entry_summary s where entry_number = :n)
                    || coalesce((select json_agg(h order by hold_number)::text from entry_hold h where entry_number = :n), '')
                    || (select json_agg(h order by seq)::text from entry_history h where entry_number = :n)
                """).param("n", number.compact()).query(String.class).single();
    }

    private List<String> history(EntryNumber number) {
        return jdbc.sql("select kind from entry_history where entry_number = ? order by seq").param(number.compact())
                .query(String.class).list();
    }

    private List<String> audited(EntryNumber number) {
        return jdbc.sql("select action from audit_event where object_type = 'ENTRY_SUMMARY' and object_id = ? "
                        + "order by seq").param(number.formatted()).query(String.class).list();
    }

    private <E extends EntrySummaryEvent> List<E> published(Class<E> type, EntryNumber number) {
        return events.stream(type).filter(e -> e.entry().entryNumber().equals(number)).toList();
    }

    private static void assertRefused(MockHttpServletResponse answer, String reasonPart) {
        assertThat(answer.getStatus()).as(text(answer)).isEqualTo(409);
        assertThat(answer.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(text(answer));
        assertThat(problem.path("code").asString()).isEqualTo("ENTRY_MOVE_REFUSED");
        assertThat(problem.path("detail").asString()).contains(reasonPart);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void anOfficerHoldsLiftsAndReleasesCargoWithHistoryAuditAndEventsAndARefusedReleaseChangesNothing() {
        EntryNumber number = file();

        MockHttpServletResponse held = act(number, "hold", "{\"authority\": \"FDA\", \"reason\": \"Sample for testing\"}");
        assertThat(held.getStatus()).as(text(held)).isEqualTo(200);
        assertThat(json(held).path("releaseStatus").asString()).isEqualTo("HELD");
        assertThat(json(held).path("happened").asString()).isEqualTo("HOLD_PLACED");
        assertThat(json(held).path("holds").get(0).path("authority").asString()).isEqualTo("FDA");

        String before = rows(number);
        assertRefused(act(number, "release", "{}"), "lift every hold first");
        assertThat(rows(number)).as("a refused move changes no row").isEqualTo(before);

        MockHttpServletResponse lifted = act(number, "lift-hold", "{\"holdNumber\": 1}");
        assertThat(json(lifted).path("releaseStatus").asString()).isEqualTo("HOLD_LIFTED");
        assertThat(json(lifted).path("holds").get(0).path("liftedOn").asString()).isEqualTo(today().toString());
        assertRefused(act(number, "lift-hold", "{\"holdNumber\": 1}"), "hold 1 was lifted on");
        MockHttpServletResponse released = act(number, "release", "");
        assertThat(released.getStatus()).as(text(released)).isEqualTo(200);
        assertThat(json(released).path("releaseStatus").asString()).isEqualTo("RELEASED");
        assertRefused(act(number, "hold", "{\"authority\": \"CBP\", \"reason\": \"Too late\"}"), "already released");

        assertThat(history(number)).containsExactly("FILED", "HOLD_PLACED", "HOLD_LIFTED", "RELEASED");
        assertThat(audited(number)).containsExactly("ENTRY_SUMMARY_FILED", "ENTRY_HELD", "ENTRY_MOVE_REFUSED",
                "ENTRY_HOLD_LIFTED", "ENTRY_MOVE_REFUSED", "ENTRY_RELEASED", "ENTRY_MOVE_REFUSED");
        assertThat(jdbc.sql("select actor_name from audit_event where object_id = ? and action = 'ENTRY_HELD'")
                .param(number.formatted()).query(String.class).single()).startsWith("ofmvofc");
        assertThat(jdbc.sql("select release_status || ':' || (select lifted_on::text from entry_hold where entry_number = ?) "
                        + "from entry_summary where entry_number = ?").param(number.compact()).param(number.compact())
                .query(String.class).single()).isEqualTo("RELEASED:" + today());
        assertThat(published(HoldPlaced.class, number)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Sample for testing"));
        assertThat(published(HoldLifted.class, number)).singleElement()
                .satisfies(e -> assertThat(e.stillHeld()).isFalse());
        assertThat(published(CargoReleased.class, number)).hasSize(1);
    }

    @Test
    void aRejectionGivesTheFilerTwoWorkingDaysAndASecondRejectionIsRefusedWithoutChangingARow() {
        EntryNumber number = file();

        MockHttpServletResponse rejected = act(number, "reject",
                "{\"reasons\": [\"HTS number does not match the goods\", \"Invoice missing\"]}");

        assertThat(rejected.getStatus()).as(text(rejected)).isEqualTo(200);
        LocalDate resubmitBy = workingDays.add(today(), 2);
        assertThat(json(rejected).path("status").asString()).isEqualTo("REJECTED");
        assertThat(json(rejected).path("resubmitBy").asString()).isEqualTo(resubmitBy.toString());
        assertThat(jdbc.sql("select status || ':' || resubmit_by || ':' || array_length(rejection_reasons, 1) "
                + "from entry_summary where entry_number = ?").param(number.compact()).query(String.class).single())
                .isEqualTo("REJECTED:" + resubmitBy + ":2");
        assertThat(published(EntrySummaryRejected.class, number)).singleElement()
                .satisfies(e -> assertThat(e.reasons()).containsExactly("HTS number does not match the goods",
                        "Invoice missing"));

        String before = rows(number);
        assertRefused(act(number, "reject", "{\"reasons\": [\"Again\"]}"), "cannot reject an entry summary that is REJECTED");
        assertRefused(act(number, "extend", "{\"reason\": \"Information requested\"}"), "REJECTED");
        assertThat(rows(number)).isEqualTo(before);
        assertThat(history(number)).containsExactly("FILED", "REJECTED");
        assertThat(audited(number)).containsExactly("ENTRY_SUMMARY_FILED", "ENTRY_REJECTED", "ENTRY_MOVE_REFUSED",
                "ENTRY_MOVE_REFUSED");
        assertThat(jdbc.sql("select details->>'reason' from audit_event where object_id = ? and action = "
                + "'ENTRY_MOVE_REFUSED' order by seq limit 1").param(number.formatted()).query(String.class).single())
                .contains("cannot reject");
    }

    @Test
    void anOfficerAtAnotherPortIsRefusedEveryMoveOnThePageAndByApiAndNothingChanges() {
        EntryNumber number = file();
        PortalUser elsewhere = users.create("ofmvfar", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '2704')").param(elsewhere.id().value()).update();
        PortalClient far = PortalClient.signedIn(mvc, elsewhere);
        JsonNode csrf = json(far.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")));
        String before = rows(number);

        MockHttpServletResponse call = far.exchange(MockMvcRequestBuilders
                .post("/api/v1/entry-summaries/" + number.formatted() + "/actions/reject")
                .header(csrf.path("headerName").asString(), csrf.path("token").asString())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"reasons\": [\"Value\"]}"));
        assertThat(call.getStatus()).isEqualTo(403);
        assertThat(json(call).path("code").asString()).isEqualTo("OUTSIDE_YOUR_PORTS");
        assertThat(json(call).path("detail").asString()).contains("port 0101");

        String page = "/officer/entries/" + number.formatted() + "/actions";
        assertThat(far.get(page).body()).contains("This entry is at port 0101, which you do not work");
        PortalClient.Page held = far.post(page + "/hold", Map.of("authority", "CBP", "reason", "X-ray examination"));
        assertThat(held.status()).isEqualTo(403);
        assertThat(held.body()).contains("Nothing was changed: this entry is at port 0101");

        assertThat(rows(number)).isEqualTo(before);
        assertThat(audited(number)).containsExactly("ENTRY_SUMMARY_FILED", "ENTRY_MOVE_REFUSED", "ENTRY_MOVE_REFUSED");
    }

    @Test
    void anExtendedEntryIsScheduledOnAFridayAndLiquidatedOnThatDayAtTheOfficersAmount() {
        EntryNumber number = file();
        LocalDate friday = today().with(TemporalAdjusters.next(DayOfWeek.FRIDAY));

        assertRefused(act(number, "schedule-liquidation", "{\"liquidationDate\": \"" + friday + "\"}"),
                "only when [PAID, EXTENDED]");
        MockHttpServletResponse extended = act(number, "extend", "{\"reason\": \"Information requested from the importer\"}");
        assertThat(json(extended).path("status").asString()).isEqualTo("EXTENDED");
        assertThat(json(extended).path("liquidationDeadline").asString()).isEqualTo("2028-09-14");
        assertThat(json(extended).path("extensions").asInt()).isEqualTo(1);

        MockHttpServletResponse thursday = act(number, "schedule-liquidation",
                "{\"liquidationDate\": \"" + friday.minusDays(1) + "\"}");
        assertThat(thursday.getStatus()).isEqualTo(422);
        assertThat(json(thursday).path("errors").get(0).path("field").asString()).isEqualTo("liquidationDate");
        assertThat(json(thursday).path("errors").get(0).path("message").asString()).contains("Fridays");

        MockHttpServletResponse scheduled = act(number, "schedule-liquidation", "{\"liquidationDate\": \"" + friday + "\"}");
        assertThat(json(scheduled).path("status").asString()).isEqualTo("LIQUIDATION_SCHEDULED");
        assertThat(json(scheduled).path("liquidationDate").asString()).isEqualTo(friday.toString());
        String before = rows(number);
        assertRefused(act(number, "liquidate", "{\"amount\": \"34.64\"}"), "scheduled to liquidate on " + friday);
        assertThat(rows(number)).isEqualTo(before);

        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), friday)));
        signInAsOfficer(users.create("ofmvliq", Role.OFFICER));
        MockHttpServletResponse negative = act(number, "liquidate", "{\"amount\": \"-5.00\"}");
        assertThat(negative.getStatus()).isEqualTo(422);
        assertThat(json(negative).path("code").asString()).isEqualTo("VALIDATION_FAILED");
        MockHttpServletResponse liquidated = act(number, "liquidate", "{\"amount\": \"40.10\"}");

        assertThat(liquidated.getStatus()).as(text(liquidated)).isEqualTo(200);
        assertThat(json(liquidated).path("status").asString()).isEqualTo("LIQUIDATED");
        assertThat(json(liquidated).path("protestBy").asString()).isEqualTo(friday.plusDays(180).toString());
        assertThat(jdbc.sql("select liquidated_amount::text || ':' || protest_by from entry_summary where entry_number = ?")
                .param(number.compact()).query(String.class).single()).isEqualTo("40.10:" + friday.plusDays(180));
        assertThat(history(number)).containsExactly("FILED", "EXTENDED", "LIQUIDATION_SCHEDULED", "LIQUIDATED");
        assertThat(audited(number)).containsExactly("ENTRY_SUMMARY_FILED", "ENTRY_MOVE_REFUSED",
                "ENTRY_LIQUIDATION_EXTENDED", "ENTRY_LIQUIDATION_SCHEDULED", "ENTRY_MOVE_REFUSED", "ENTRY_LIQUIDATED");
        assertThat(published(LiquidationExtended.class, number)).hasSize(1);
        assertThat(published(LiquidationScheduled.class, number)).hasSize(1);
        assertThat(published(EntryLiquidated.class, number)).singleElement()
                .satisfies(e -> assertThat(e.amount().amount()).isEqualByComparingTo("40.10"));
        assertRefused(act(number, "extend", "{\"reason\": \"Too late\"}"), "LIQUIDATED");
    }

    @Test
    void badValuesAreNamedByFieldAndUnknownEntriesOrMovesAreNotFound() {
        EntryNumber number = file();
        String before = rows(number);

        MockHttpServletResponse malformed = act(number, "hold", "{\"authority\": ");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(json(malformed).path("code").asString()).isEqualTo("MALFORMED_REQUEST");
        MockHttpServletResponse badDate = act(number, "schedule-liquidation", "{\"liquidationDate\": \"2027-02-30\"}");
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(json(badDate).path("errors").get(0).path("message").asString()).contains("year-month-day");
        MockHttpServletResponse hold = act(number, "hold", "{\"authority\": [\"CBP\"], \"reason\": \"\"}");
        assertThat(hold.getStatus()).isEqualTo(422);
        assertThat(json(hold).path("errors").findValuesAsString("field")).containsExactly("authority", "reason");
        MockHttpServletResponse reasons = act(number, "reject", "{\"reasons\": 3}");
        assertThat(json(reasons).path("errors").get(0).path("field").asString()).isEqualTo("reasons");
        MockHttpServletResponse amount = act(number, "liquidate", "{\"amount\": \"ten dollars\"}");
        assertThat(json(amount).path("errors").get(0).path("field").asString()).isEqualTo("amount");
        assertThat(rows(number)).isEqualTo(before);

        EntryNumber nowhere = broker.nextEntryNumber();
        MockHttpServletResponse unknown = act(nowhere, "release", "{}");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(json(unknown).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(act(officer, "ABC-123", "release", "{}").getStatus()).isEqualTo(404);
        assertThat(json(act(number, "pay", "{}")).path("code").asString()).isEqualTo("NOT_FOUND");
        MockHttpServletResponse notJson = officer.exchange(MockMvcRequestBuilders
                .post("/api/v1/entry-summaries/" + number.formatted() + "/actions/release").header(csrfHeader, csrfToken)
                .contentType(MediaType.TEXT_PLAIN).content("release"));
        assertThat(notJson.getStatus()).isEqualTo(415);
        assertThat(json(notJson).path("code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        MockHttpServletResponse noCsrf = officer.exchange(MockMvcRequestBuilders
                .post("/api/v1/entry-summaries/" + number.formatted() + "/actions/release")
                .contentType(MediaType.APPLICATION_JSON).content("{}"));
        assertThat(noCsrf.getStatus()).isEqualTo(403);
        assertThat(json(noCsrf).path("code").asString()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(rows(number)).isEqualTo(before);
    }

    @Test
    void anOfficerActsOnThePageWithErrorsByFieldAndTheEntrySummarysReasonForARefusal() {
        EntryNumber number = file();
        String page = "/officer/entries/" + number.formatted() + "/actions";

        PortalClient.Page actions = officer.get(page);
        assertThat(actions.status()).isEqualTo(200);
        assertThat(actions.body()).contains("Reject the summary").contains("Hold the cargo").contains("Release the cargo")
                .contains("Extend liquidation").doesNotContain("Lift a hold").doesNotContain("Schedule liquidation")
                .contains("data-confirm=\"Hold the cargo of entry " + number.formatted() + "?\"");

        PortalClient.Page missing = officer.post(page + "/hold", Map.of("authority", "CBP", "reason", " "));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("usa-form-group--error")
                .contains("Enter the reason for the hold: the importer and the broker read it")
                .contains("href=\"#hold-reason\"");

        PortalClient.Page held = officer.post(page + "/hold", Map.of("authority", "CBP", "reason", "X-ray examination"));
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).contains("The cargo of entry " + number.formatted() + " is held.")
                .contains("X-ray examination").contains("Lift a hold");

        String before = rows(number);
        PortalClient.Page refused = officer.post(page + "/release", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Nothing was changed.").contains("lift every hold first");
        assertThat(rows(number)).isEqualTo(before);

        PortalClient.Page queue = officer.get("/officer/entries");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains(number.formatted());

        assertThat(officer.get("/officer/entries/ABC-0000000-0/actions").status()).isEqualTo(404);
        assertThat(officer.get(page.replace(number.formatted(), broker.nextEntryNumber().formatted())).status())
                .isEqualTo(404);
    }

    @Test
    void tradeAndPartnerAgencyUsersReachNoOfficerPageNorMoveAndChangeNothing() {
        EntryNumber number = file();
        String before = rows(number);
        PortalUser agency = users.create("ofmvpga", Role.PGA);
        for (PortalUser user : List.of(broker.owner(), agency)) {
            PortalClient client = PortalClient.signedIn(mvc, user);
            String label = user.roles().toString();
            assertThat(client.get("/officer/entries").status()).as(label).isEqualTo(403);
            String page = "/officer/entries/" + number.formatted() + "/actions";
            assertThat(client.get(page).status()).as(label).isEqualTo(403);
            JsonNode csrf = json(client.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")));
            for (MoveKind kind : MoveKind.values()) {
                PortalClient.Page form = client.post(page + "/" + kind.path(), Map.of("_csrf",
                        csrf.path("token").asString(), "authority", "CBP", "reason", "Forged", "reasons", "Forged",
                        "holdNumber", "1", "amount", "0"));
                assertThat(form.status()).as(label + " " + kind).isEqualTo(403);
                MockHttpServletResponse api = client.exchange(MockMvcRequestBuilders
                        .post("/api/v1/entry-summaries/" + number.formatted() + "/actions/" + kind.path())
                        .header(csrf.path("headerName").asString(), csrf.path("token").asString())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("{\"authority\": \"CBP\", \"reason\": \"Forged\", \"reasons\": [\"Forged\"]}"));
                assertThat(api.getStatus()).as(label + " " + kind).isEqualTo(403);
                assertThat(json(api).path("code").asString()).isEqualTo("FORBIDDEN");
            }
        }
        MockHttpServletResponse token = mvcPost("/api/v1/entry-summaries/" + number.formatted() + "/actions/release",
                broker.token());
        assertThat(token.getStatus()).as("an API token is not an officer").isIn(403, 404);
        assertThat(rows(number)).isEqualTo(before);
        assertThat(audited(number)).containsExactly("ENTRY_SUMMARY_FILED");
    }

    private MockHttpServletResponse mvcPost(String path, String token) {
        try {
            return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
