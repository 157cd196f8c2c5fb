package org.openace.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.analytics.AnalyticsReads;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports API (X3: ACE has none): a filer's software with its API token lists the catalog, asks for ES-003 with
 * JSON prompts, follows the run and downloads its rows as CSV with ACE's headers, holding exactly the entries its
 * filer sub-account filed and none of another filer's; a run is its token's alone; a signed-in user asks through the
 * same API with the CSRF header and finds the run among the runs of the pages. Every refusal is a problem document
 * with its code, and nothing is queued for a refused request.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=reports-api", "openace.analytics.enabled=true",
        "openace.reports.results-directory=target/test-report-results/${random.uuid}",
        "openace.reports.max-active-runs=3"})
class ReportsApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ES003_HEADER = "Entry Summary Number,Entry Summary Line Number,Entry Type Code,"
            + "Importer Number,Port of Entry Code,Entry Date,Entry Summary Date,HTS Number - Full,"
            + "Tariff Ordinal Number,Line Tariff Goods Value Amount,Line Tariff Duty Amount,Country of Origin Code,"
            + "Country of Export Code,Line Tariff Quantity (1),Line Tariff UOM (1) Code";
    private static final String SEPTEMBER = "{\"basis\": \"ENTRY_SUMMARY_DATE\", \"from\": \"2026-09-01\", "
            + "\"to\": \"2026-09-30\"}";

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
    AnalyticsReads reads;

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Broker broker) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + broker.token())).andReturn().getResponse();
    }

    private MockHttpServletResponse ask(Broker broker, String code, String body) throws Exception {
        return send(MockMvcRequestBuilders.post("/api/v1/reports/" + code + "/runs")
                .contentType(MediaType.APPLICATION_JSON).content(body), broker);
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Follows the run at its address until it has finished; answers it as last read. */
    private JsonNode finished(Broker broker, String location) throws Exception {
        JsonNode[] last = new JsonNode[1];
        ReportFixtures.await("run " + location + " finished", () -> {
            MockHttpServletResponse answer = send(MockMvcRequestBuilders.get(location), broker);
            assertThat(answer.getStatus()).isEqualTo(200);
            last[0] = json(answer);
            return List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(last[0].path("status").asString());
        });
        return last[0];
    }

    private long queuedRuns() {
        return jdbc.sql("select count(*) from report_run").query(Long.class).single();
    }

    @Test
    void aFilersSoftwareRunsEs003AndDownloadsTheRowsOfWhatItFiledOnly() throws Exception {
        Broker mine = FilingFixtures.broker(mvc, users, accounts, jdbc, "rapim");
        Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "rapio");
        EntryNumber first = ReportFixtures.file(mvc, mine, FilingFixtures.DEMO_IMPORTER, "10000.00");
        EntryNumber second = ReportFixtures.file(mvc, mine, FilingFixtures.DEMO_IMPORTER, "12500.50");
        EntryNumber others = ReportFixtures.file(mvc, other, FilingFixtures.DEMO_IMPORTER, "11000.00");
        ReportFixtures.awaitInStore(reads, first);
        ReportFixtures.awaitInStore(reads, second);
        ReportFixtures.awaitInStore(reads, others);

        JsonNode catalog = json(send(MockMvcRequestBuilders.get("/api/v1/reports"), mine));
        JsonNode es003 = null;
        for (JsonNode report : catalog.path("reports")) {
            if (report.path("code").asString().equals("ES-003")) {
                es003 = report;
            }
        }
        assertThat(es003).as("ES-003 in the catalog").isNotNull();
        List<String> columns = new ArrayList<>();
        es003.path("columns").forEach(column -> columns.add(column.asString()));
        assertThat(String.join(",", columns)).isEqualTo(ES003_HEADER);

        MockHttpServletResponse asked = ask(mine, "ES-003", SEPTEMBER);
        assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(202);
        String location = asked.getHeader("Location");
        assertThat(location).matches("/api/v1/reports/runs/[0-9a-f-]{36}");
        JsonNode run = finished(mine, location);
        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.path("rows").asLong()).isEqualTo(2);
        assertThat(run.path("links").path("csv").asString()).isEqualTo(location + "/download/csv");

        MockHttpServletResponse csv = send(MockMvcRequestBuilders.get(location + "/download/csv"), mine);
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment; filename=\"ES-003-");
        List<String> lines = csv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo(ES003_HEADER);
        assertThat(lines.subList(1, lines.size())).hasSize(2)
                .anyMatch(line -> line.startsWith(first.compact() + ","))
                .anyMatch(line -> line.startsWith(second.compact() + ","))
                .noneMatch(line -> line.contains(others.compact()));
        assertThat(send(MockMvcRequestBuilders.get(location + "/download/xlsx"), mine).getStatus()).isEqualTo(200);

        // the other filer's token: its own run holds its own entry only, and the first token's run is not there
        JsonNode theirs = finished(other, ask(other, "ES-003", SEPTEMBER).getHeader("Location"));
        assertThat(theirs.path("rows").asLong()).isEqualTo(1);
        for (String path : List.of(location, location + "/download/csv")) {
            MockHttpServletResponse refused = send(MockMvcRequestBuilders.get(path), other);
            assertThat(refused.getStatus()).isEqualTo(404);
            assertThat(json(refused).path("code").asString()).isEqualTo("RUN_NOT_FOUND");
        }
        MockHttpServletResponse cancel = send(MockMvcRequestBuilders.post(location + "/cancel"), other);
        assertThat(cancel.getStatus()).isEqualTo(404);
        JsonNode history = json(send(MockMvcRequestBuilders.get("/api/v1/reports/runs"), mine));
        assertThat(history.path("runs")).hasSize(1);
        assertThat(history.path("runs").get(0).path("id").asString()).isEqualTo(run.path("id").asString());
        assertThat(history.path("next").isNull()).isTrue();

        // the run was the token's: asked for, completed and downloaded in its name
        String runId = run.path("id").asString();
        assertThat(jdbc.sql("select actor_name from audit_event where object_id = ? and action in "
                        + "('REPORT_RUN_REQUESTED', 'REPORT_RUN_COMPLETED', 'REPORT_DOWNLOADED') order by seq")
                .param(runId).query(String.class).list())
                .hasSize(4).allMatch(name -> name.startsWith("api-token:"));
        MockHttpServletResponse finishedCancel = send(MockMvcRequestBuilders.post(location + "/cancel"), mine);
        assertThat(finishedCancel.getStatus()).isEqualTo(409);
        assertThat(json(finishedCancel).path("code").asString()).isEqualTo("RUN_FINISHED");
    }

    @Test
    void refusedRequestsGetProblemDocumentsWithTheirCodesAndQueueNothing() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rapibad");
        long before = queuedRuns();

        record Refusal(MockHttpServletResponse answer, int status, String code) {
        }
        List<Refusal> refusals = List.of(
                new Refusal(ask(broker, "ES-999", SEPTEMBER), 404, "REPORT_NOT_FOUND"),
                new Refusal(ask(broker, "ES-003", "{\"from\": \"2026-09-01\""), 400, "MALFORMED_JSON"),
                new Refusal(ask(broker, "ES-003", "[\"2026-09-01\"]"), 400, "MALFORMED_JSON"),
                new Refusal(ask(broker, "ES-003", "{\"from\": \"2026-02-30\", \"to\": \"2026-09-30\", "
                        + "\"sql\": \"1; drop table report_run\"}"), 400, "INVALID_PROMPTS"),
                new Refusal(ask(broker, "ES-003", "{\"from\": \"1980-01-01\", \"to\": \"2026-09-30\"}"), 400,
                        "INVALID_PROMPTS"),
                new Refusal(ask(broker, "ES-003", "{\"from\": \"2026-09-01\", \"to\": \"2026-09-30\", "
                        + "\"port\": [\"0101\"]}"), 400, "INVALID_PROMPTS"),
                new Refusal(ask(broker, "ES-003", ""), 400, "INVALID_PROMPTS"),
                new Refusal(send(MockMvcRequestBuilders.post("/api/v1/reports/ES-003/runs")
                        .contentType(MediaType.TEXT_PLAIN).content(SEPTEMBER), broker), 415, "UNSUPPORTED_MEDIA_TYPE"),
                new Refusal(send(MockMvcRequestBuilders.post("/api/v1/reports/ES-003/runs")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"hts\": \"" + "9".repeat(20_000) + "\"}"),
                        broker), 413, "PAYLOAD_TOO_LARGE"),
                new Refusal(send(MockMvcRequestBuilders.get("/api/v1/reports/runs/not-a-run"), broker), 404,
                        "RUN_NOT_FOUND"),
                new Refusal(send(MockMvcRequestBuilders.get("/api/v1/reports/runs?limit=0"), broker), 400,
                        "INVALID_PAGING"),
                new Refusal(send(MockMvcRequestBuilders.get("/api/v1/reports/runs?after="
                        + java.util.UUID.randomUUID()), broker), 400, "INVALID_PAGING"));
        for (Refusal refusal : refusals) {
            String body = refusal.answer().getContentAsString(StandardCharsets.UTF_8);
            assertThat(refusal.answer().getStatus()).as(body).isEqualTo(refusal.status());
            assertThat(refusal.answer().getContentType()).as(body).startsWith("application/problem+json");
            assertThat(json(refusal.answer()).path("code").asString()).as(body).isEqualTo(refusal.code());
        }
        JsonNode invalid = json(refusals.get(3).answer());
        List<String> messages = new ArrayList<>();
        invalid.path("errors").forEach(error -> messages.add(error.path("field").asString("") + ": "
                + error.path("message").asString()));
        assertThat(messages).as("the unknown member and the impossible date, each said")
                .anyMatch(message -> message.contains("\"sql\" is not a prompt"))
                .anyMatch(message -> message.startsWith("from: "));
        assertThat(queuedRuns()).as("nothing queued").isEqualTo(before);

        JsonNode run = finished(broker, ask(broker, "ES-003", SEPTEMBER).getHeader("Location"));
        MockHttpServletResponse format = send(MockMvcRequestBuilders.get("/api/v1/reports/runs/"
                + run.path("id").asString() + "/download/exe"), broker);
        assertThat(format.getStatus()).isEqualTo(404);
        assertThat(json(format).path("code").asString()).isEqualTo("FORMAT_NOT_OFFERED");
    }

    @Test
    void aTokenWithAsManyRunsWaitingOrRunningAsItMayIsToldToWaitAndNothingIsQueued() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rapimany");
        java.util.UUID token = jdbc.sql("select id from api_token where sub_account_id = ?")
                .param(broker.sub().id().value()).query(java.util.UUID.class).single();
        List<java.util.UUID> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // three runs of the token, running on a node that heartbeats (as far as any knows)
            java.util.UUID id = java.util.UUID.randomUUID();
            jdbc.sql("""
                    insert into report_run (id, api_token_id, audience, report_code, title, prompts, status,
                                            requested_at, started_at, heartbeat_at, node, attempts)
                    values (?, ?, 'FILER', 'ES-003', 'ES-003', cast(? as jsonb), 'RUNNING', now(), now(),
                            now() + interval '1 hour', 'another-node', 1)
                    """).param(id).param(token).param("{\"basis\": \"ENTRY_SUMMARY_DATE\", \"from\": "
                    + "\"2026-09-01\", \"to\": \"2026-09-30\"}").update();
            running.add(id);
        }
        try {
            long before = queuedRuns();
            MockHttpServletResponse refused = ask(broker, "ES-003", SEPTEMBER);

            assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(429);
            assertThat(json(refused).path("code").asString()).isEqualTo("TOO_MANY_RUNS");
            assertThat(json(refused).path("detail").asString()).contains("3 runs waiting or running");
            assertThat(queuedRuns()).isEqualTo(before);
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'REPORT_RUN_REQUESTED' and "
                    + "outcome = 'DENIED' and actor_name = ?").param("api-token:" + token).query(Long.class)
                    .single()).isEqualTo(1);

            jdbc.sql("update report_run set status = 'CANCELLED', finished_at = now() where id = ?")
                    .param(running.getFirst()).update();
            assertThat(ask(broker, "ES-003", SEPTEMBER).getStatus()).as("one has ended: one more may wait")
                    .isEqualTo(202);
        }
        finally {
            for (java.util.UUID id : running) {
                jdbc.sql("delete from report_run where id = ?").param(id).update();
            }
        }
    }

    @Test
    void aSignedInUserAsksThroughTheApiWithTheCsrfHeaderAndFindsTheRunOnThePages() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rapises");
        EntryNumber filed = ReportFixtures.file(mvc, broker, FilingFixtures.DEMO_IMPORTER, "15000.00");
        ReportFixtures.awaitInStore(reads, filed);
        PortalClient browser = PortalClient.signedIn(mvc, broker.owner());

        MockHttpServletResponse withoutCsrf = browser.exchange(MockMvcRequestBuilders.post("/api/v1/reports/ES-003/runs")
                .contentType(MediaType.APPLICATION_JSON).content(SEPTEMBER));
        assertThat(withoutCsrf.getStatus()).isEqualTo(403);
        JsonNode csrf = json(browser.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")));
        MockHttpServletResponse asked = browser.exchange(MockMvcRequestBuilders.post("/api/v1/reports/ES-003/runs")
                .header(csrf.path("headerName").asString(), csrf.path("token").asString())
                .contentType(MediaType.APPLICATION_JSON).content(SEPTEMBER));
        assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(202);
        String location = asked.getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        ReportFixtures.await("the user's run finished", () -> json(browser.exchange(MockMvcRequestBuilders
                .get(location))).path("status").asString().equals("SUCCEEDED"));

        assertThat(browser.get("/reports/runs").body()).contains("/reports/runs/" + id);
        String csv = browser.exchange(MockMvcRequestBuilders.get(location + "/download/csv"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).toList()).singleElement().asString().startsWith(filed.compact() + ",");
        // the token of the same filer sub-account does not see the user's run (nor the user the token's)
        assertThat(send(MockMvcRequestBuilders.get(location), broker).getStatus()).isEqualTo(404);
    }
}
