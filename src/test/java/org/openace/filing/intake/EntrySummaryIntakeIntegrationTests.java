package org.openace.filing.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
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
 * Filing entry summaries through the API with a filer's token (F2): accepted and stored with version, history and
 * audit; the same summary sent twice, or at the same moment, is one summary with the same answer; a changed one is
 * a correction (a new version, the old kept); every broken rule comes back at once with its code; bad requests get
 * a problem document and store nothing.
 */
@PortalTest
class EntrySummaryIntakeIntegrationTests {

    private static final String API = "/api/v1/entry-summaries";
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

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    private Broker broker(String prefix) {
        return FilingFixtures.broker(mvc, users, accounts, jdbc, prefix);
    }

    private MockHttpServletResponse post(String path, String token, String body) {
        try {
            return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(MockHttpServletResponse response) {
        return JSON.readTree(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private int count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Integer.class).single();
    }

    @Test
    void aValidSummaryIsAcceptedStoredWithItsVersionHistoryAndAuditRecord() {
        Broker broker = broker("intakeok");
        EntryNumber number = broker.nextEntryNumber();

        MockHttpServletResponse answer = post(API, broker.token(), FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER));

        assertThat(answer.getStatus()).as(text(answer)).isEqualTo(201);
        assertThat(answer.getHeader("Location")).isEqualTo(API + "/" + number.formatted());
        assertThat(answer.getHeader("Idempotent-Replayed")).isEqualTo("false");
        JsonNode body = json(answer);
        assertThat(body.get("entryNumber").asString()).isEqualTo(number.formatted());
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("outcome").asString()).isEqualTo("FILED");
        assertThat(body.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(body.get("totals").get("amountDue").asString()).isEqualTo("34.64");
        assertThat(body.get("liquidationDeadline").asString()).isEqualTo("2027-09-14");
        String compact = number.compact();
        assertThat(count("select count(*) from entry_summary where entry_number = ? and status = 'ACCEPTED' "
                + "and filer_sub_account_id = ? and fees = 34.64", compact, broker.sub().id().value())).isEqualTo(1);
        assertThat(count("select count(*) from entry_summary_version where entry_number = ?", compact)).isEqualTo(1);
        assertThat(count("select count(*) from entry_history where entry_number = ? and kind = 'FILED'", compact))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'ENTRY_SUMMARY_FILED' and object_id = ?",
                number.formatted())).isEqualTo(1);
    }

    @Test
    void theSameSummarySentTwiceIsOneSummaryWithTheSameAnswer() {
        Broker broker = broker("intaketwice");
        EntryNumber number = broker.nextEntryNumber();
        String summary = FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER);

        MockHttpServletResponse first = post(API, broker.token(), summary);
        MockHttpServletResponse second = post(API, broker.token(), summary.replace("\"9403.20.00.17\"", "\"9403200017\""));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(second.getStatus()).isEqualTo(201);
        assertThat(json(second)).isEqualTo(json(first));
        assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("select count(*) from entry_summary_version where entry_number = ?", number.compact()))
                .isEqualTo(1);
    }

    @Test
    void theSameSummarySentSixteenTimesAtOnceIsStoredOnce() throws Exception {
        Broker broker = broker("intakeconcurrent");
        EntryNumber number = broker.nextEntryNumber();
        String summary = FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<MockHttpServletResponse>> sends = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                sends.add(() -> post(API, broker.token(), summary));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> sent : pool.invokeAll(sends)) {
                assertThat(sent.get().getStatus()).isEqualTo(201);
                answers.add(json(sent.get()));
            }
            assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.getFirst()));
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from entry_summary where entry_number = ?", number.compact())).isEqualTo(1);
        assertThat(count("select count(*) from entry_summary_version where entry_number = ?", number.compact()))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'ENTRY_SUMMARY_FILED' and object_id = ?",
                number.formatted())).isEqualTo(1);
    }

    @Test
    void aChangedSummaryIsACorrectionKeepingTheOldVersion() {
        Broker broker = broker("intakecorrect");
        EntryNumber number = broker.nextEntryNumber();
        post(API, broker.token(), FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER));

        MockHttpServletResponse corrected = post(API, broker.token(),
                FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER, "12000.00", "41.57"));

        assertThat(corrected.getStatus()).as(text(corrected)).isEqualTo(201);
        assertThat(json(corrected).get("version").asInt()).isEqualTo(2);
        assertThat(json(corrected).get("outcome").asString()).isEqualTo("CORRECTED");
        assertThat(count("select count(*) from entry_summary_version where entry_number = ?", number.compact()))
                .isEqualTo(2);
        assertThat(count("select count(*) from entry_summary where entry_number = ? and current_version = 2 "
                + "and entered_value = 12000.00", number.compact())).isEqualTo(1);
        assertThat(jdbc.sql("select document -> 'totals' ->> 'enteredValue' from entry_summary_version "
                + "where entry_number = ? and version = 1").param(number.compact()).query(String.class).single())
                .as("the first version is kept as filed").isEqualTo("10000.00");
        assertThat(count("select count(*) from entry_history where entry_number = ?", number.compact())).isEqualTo(2);

        MockHttpServletResponse firstAgain = post(API, broker.token(),
                FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER));
        assertThat(json(firstAgain).get("version").asInt()).as("the first version sent again is that version")
                .isEqualTo(1);
        assertThat(count("select count(*) from entry_summary_version where entry_number = ?", number.compact()))
                .isEqualTo(2);
    }

    @Test
    void everyBrokenRuleComesBackAtOnceWithItsCodeAndNothingIsStored() {
        Broker broker = broker("intakerules");
        EntryNumber number = broker.nextEntryNumber();
        String broken = FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER)
                .replace("\"portOfEntry\": \"0101\"", "\"portOfEntry\": \"0199\"")
                .replace("\"fees\": \"34.64\"", "\"fees\": \"30.00\"")
                .replace("\"summaryFees\": [{\"classCode\": \"499\", \"amount\": \"34.64\"}]",
                        "\"summaryFees\": [{\"classCode\": \"499\", \"amount\": \"30.00\"}]");

        MockHttpServletResponse answer = post(API, broker.token(), broken);

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        JsonNode body = json(answer);
        assertThat(body.get("code").asString()).isEqualTo("RULES_BROKEN");
        List<String> codes = new ArrayList<>();
        body.get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).contains("E202_PORT_UNKNOWN", "E401_MPF");
        assertThat(count("select count(*) from entry_summary where entry_number = ?", number.compact())).isZero();
        assertThat(count("select count(*) from audit_event where action = 'ENTRY_SUMMARY_REFUSED' and object_id = ?",
                number.formatted())).isEqualTo(1);
    }

    @Test
    void fieldsNotInTheirFormatAreEachNamedWithTheirPath() {
        Broker broker = broker("intakeformat");
        EntryNumber number = broker.nextEntryNumber();
        String broken = FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER)
                .replace("\"entryDate\": \"2026-09-14\"", "\"entryDate\": \"14/09/2026\"")
                .replace("\"duty\": \"0.00\"\n", "\"duty\": \"lots\"\n")
                .replace("\"lineNumber\": 1", "\"lineNumber\": \"one\"");

        JsonNode body = json(post(API, broker.token(), broken));

        assertThat(body.get("code").asString()).isEqualTo("RULES_BROKEN");
        List<String> fields = new ArrayList<>();
        body.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("entryDate", "lines[0].lineNumber", "lines[0].ordinals[0].duty");
    }

    @Test
    void anotherFilersEntryNumberIsRefused() {
        Broker broker = broker("intakeother");
        Broker other = broker("intakeother2");

        MockHttpServletResponse answer = post(API, broker.token(),
                FilingFixtures.summary(other.nextEntryNumber(), FilingFixtures.DEMO_IMPORTER));

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(text(answer)).contains("E102_FILER_CODE");
    }

    @Test
    void malformedJsonAWrongMediaTypeAndAnOversizedBodyGetProblemDocuments() {
        Broker broker = broker("intakemalformed");

        MockHttpServletResponse malformed = post(API, broker.token(), "{\"entryNumber\": ");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(json(malformed).get("code").asString()).isEqualTo("MALFORMED_JSON");

        MockHttpServletResponse notObject = post(API, broker.token(), "[1, 2]");
        assertThat(notObject.getStatus()).isEqualTo(422);

        String huge = "{\"pad\": \"" + "x".repeat(1_100_000) + "\"}";
        MockHttpServletResponse tooLarge = post(API, broker.token(), huge);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(json(tooLarge).get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBatchFilesEachSummaryOnItsOwn() {
        Broker broker = broker("intakebatch");
        EntryNumber good = broker.nextEntryNumber();
        EntryNumber bad = broker.nextEntryNumber();
        String batch = "{\"summaries\": [" + FilingFixtures.summary(good, FilingFixtures.DEMO_IMPORTER) + ","
                + FilingFixtures.summary(bad, FilingFixtures.DEMO_IMPORTER).replace("\"0101\"", "\"0199\"") + "]}";

        MockHttpServletResponse answer = post(API + "/batch", broker.token(), batch);

        assertThat(answer.getStatus()).isEqualTo(200);
        JsonNode body = json(answer);
        assertThat(body.get("filed").asInt()).isEqualTo(1);
        assertThat(body.get("refused").asInt()).isEqualTo(1);
        assertThat(body.get("results").get(0).get("httpStatus").asInt()).isEqualTo(201);
        assertThat(body.get("results").get(1).get("httpStatus").asInt()).isEqualTo(422);
        assertThat(count("select count(*) from entry_summary where entry_number in (?, ?)", good.compact(),
                bad.compact())).isEqualTo(1);
    }

    @Test
    void aBatchAnswersEachSummaryAsIfFiledAloneInTheOrderSentWhateverOrderItIsStoredIn() {
        Broker broker = broker("intakebatchorder");
        EntryNumber low = broker.nextEntryNumber();
        EntryNumber high = broker.nextEntryNumber();
        String first = FilingFixtures.summary(high, FilingFixtures.DEMO_IMPORTER);
        String corrected = FilingFixtures.summary(high, FilingFixtures.DEMO_IMPORTER, "12000.00", "41.57");
        // sent: the higher entry number, a malformed one, the lower, the higher again as sent, the higher corrected
        String batch = "{\"summaries\": [" + first + ", {\"entryNumber\": 7}, "
                + FilingFixtures.summary(low, FilingFixtures.DEMO_IMPORTER) + ", " + first + ", " + corrected + "]}";

        JsonNode results = json(post(API + "/batch", broker.token(), batch)).get("results");

        assertThat(results).hasSize(5);
        assertThat(results.get(0).get("httpStatus").asInt()).isEqualTo(201);
        assertThat(results.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(results.get(0).get("replayed").asBoolean()).isFalse();
        assertThat(results.get(1).get("httpStatus").asInt()).isEqualTo(422);
        assertThat(results.get(2).get("entryNumber").asString()).isEqualTo(low.formatted());
        assertThat(results.get(3).get("version").asInt()).isEqualTo(1);
        assertThat(results.get(3).get("replayed").asBoolean()).as("the same summary again").isTrue();
        assertThat(results.get(4).get("version").asInt()).isEqualTo(2);
        assertThat(results.get(4).get("outcome").asString()).isEqualTo("CORRECTED");
        assertThat(count("select count(*) from entry_summary_version where entry_number = ?", high.compact()))
                .isEqualTo(2);
        assertThat(count("select count(*) from audit_event where action = 'ENTRY_SUMMARY_FILED' and object_id in (?, ?)",
                low.formatted(), high.formatted())).isEqualTo(2);
        assertThat(count("select count(*) from audit_event where action = 'ENTRY_SUMMARY_CORRECTED' and object_id = ?",
                high.formatted())).isEqualTo(1);
    }

    @Test
    void theExampleInTheApiDescriptionFilesAsItStandsUnderTheFilersOwnEntryNumber() throws Exception {
        Broker broker = broker("intakeexample");
        JsonNode description;
        try (var in = getClass().getResourceAsStream("/static/api/openapi.yaml")) {
            description = JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(in));
        }
        JsonNode example = description.get("paths").get("/api/v1/entry-summaries").get("post").get("requestBody")
                .get("content").get("application/json").get("example");
        assertThat(example.get("entryNumber").asString()).isEqualTo("D3M-9000001-5");
        String ownNumber = broker.nextEntryNumber().formatted();

        MockHttpServletResponse answer = post(API, broker.token(),
                JSON.writeValueAsString(example).replace("D3M-9000001-5", ownNumber));

        assertThat(answer.getStatus()).as(text(answer)).isEqualTo(201);
    }
}
