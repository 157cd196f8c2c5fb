package org.openace.reports.run;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.OpenAceApplication;
import org.openace.analytics.AnalyticsReads;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.reference.load.TestReferenceData;
import org.openace.reports.ReportFixtures;
import org.openace.reports.ReportsProperties;
import org.openace.reports.SlowReport;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs follow the user across nodes (X3): a second node of the portal (a whole application of its own, with its own
 * analytics store fed from the same PostgreSQL, its own report workers and web server) takes the runs asked for on
 * the first while the first's workers are stopped; the user follows the run and downloads its rows on the first node,
 * which reads the result the second wrote to the folder both share. And a run whose node dies while running it
 * (its heartbeat stops) is taken up again by the other node and finishes there.
 */
@PortalTest
@Import(SlowReport.class)
@TestPropertySource(properties = {"openace.test.context=reports-nodes", "openace.analytics.enabled=true",
        "openace.reports.results-directory=target/test-report-results/nodes-${random.uuid}",
        "openace.reports.stale-after=5s", "openace.reports.poll-interval=200ms"})
class ReportRunsAcrossNodesIntegrationTests {

    private static final Pattern RUN = Pattern.compile("/reports/runs/([0-9a-f-]{36})");

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
    AnalyticsReads reads;
    @Autowired
    ReportRuns runs;
    @Autowired
    RunWorker worker;
    @Autowired
    RequestRun request;
    @Autowired
    ReportsProperties reports;

    private ConfigurableApplicationContext second;

    @BeforeEach
    void startTheSecondNode() {
        TestReferenceData.loadSamples(context);
        HikariDataSource pool = context.getBean("dataSource", HikariDataSource.class);
        Environment environment = context.getEnvironment();
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", pool.getJdbcUrl());
        settings.put("spring.datasource.username", pool.getUsername());
        settings.put("spring.datasource.password", pool.getPassword());
        // the migrations are the first node's; this node checks them as an external database's, as its owner
        settings.put("spring.flyway.url", environment.getProperty("spring.flyway.url", pool.getJdbcUrl()));
        settings.put("spring.flyway.user", environment.getProperty("spring.flyway.user", "postgres"));
        settings.put("spring.flyway.password", environment.getProperty("spring.flyway.password", ""));
        settings.put("openace.database.app-role", environment.getRequiredProperty("openace.database.app-role"));
        settings.put("spring.mail.port", Integer.toString(TestMailServer.port()));
        settings.put("server.port", "0");
        settings.put("openace.analytics.enabled", "true");
        settings.put("openace.analytics.directory", "target/test-analytics/second-node-" + UUID.randomUUID());
        settings.put("openace.reports.results-directory", reports.resultsDirectory().toAbsolutePath().toString());
        settings.put("openace.reports.stale-after", "5s");
        settings.put("openace.reports.poll-interval", "200ms");
        settings.put("logging.file.name", "target/test-logs/openace-second-node.log");
        // as arguments, which win over the test profile's settings (as an operator's would over a file's)
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        second = new SpringApplicationBuilder(OpenAceApplication.class, SlowReport.class).profiles("test")
                .run(arguments);
    }

    @AfterEach
    void stopTheSecondNode() {
        if (second != null) {
            second.close();
        }
        worker.start();
    }

    @Test
    void aRunAskedForOnOneNodeIsRunByTheOtherAndItsRowsAreServedByTheFirst() throws Exception {
        worker.stop(); // the first node takes no runs: only the second can
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptnodes");
        EntryNumber filed = ReportFixtures.file(mvc, broker, FilingFixtures.DEMO_IMPORTER, "10000.00");
        ReportFixtures.awaitInStore(reads, filed);
        ReportFixtures.awaitInStore(second.getBean(AnalyticsReads.class), filed); // the second's own store, fed too
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());

        client.get("/reports/ES-003");
        PortalClient.Page asked = client.postNoFollow("/reports/ES-003/runs", Map.of("basis", "ENTRY_SUMMARY_DATE",
                "from", "2026-09-01", "to", "2026-09-30"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(302);
        Matcher matcher = RUN.matcher(asked.header("Location"));
        assertThat(matcher.find()).isTrue();
        UUID id = UUID.fromString(matcher.group(1));
        ReportFixtures.await("the run finished on the second node", () -> runs.find(id).orElseThrow().finished());

        ReportRun run = runs.find(id).orElseThrow();
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.rowCount()).isEqualTo(1);
        assertThat(nodeOf(id)).isEqualTo(second.getBean(RunWorker.class).node());
        PortalClient.Page page = client.get("/reports/runs/" + id);
        assertThat(page.body()).contains("<td>" + filed.compact() + "</td>");
        String csv = client.exchange(MockMvcRequestBuilders.get("/reports/runs/" + id + "/download/csv"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2).last().asString().startsWith(filed.compact() + ",");
    }

    @Test
    void aRunWhoseNodeDiesIsTakenUpAgainByTheOtherNode() throws Exception {
        worker.stop();
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptnodedies");
        ReportRun slow = SlowReport.request(request, broker.owner());
        ReportFixtures.await("the second node running the slow report", () ->
                runs.find(slow.id()).orElseThrow().status() == RunStatus.RUNNING);
        String dying = java.util.Objects.requireNonNull(nodeOf(slow.id()));
        assertThat(dying).isEqualTo(second.getBean(RunWorker.class).node());

        second.close(); // its workers stop with it: the run's heartbeat stops, nothing marks it finished
        second = null;
        worker.start();

        ReportFixtures.await("the first node took the run up again", () -> !dying.equals(nodeOf(slow.id()))
                && runs.find(slow.id()).orElseThrow().status() == RunStatus.RUNNING);
        assertThat(nodeOf(slow.id())).isEqualTo(worker.node());
        assertThat(jdbc.sql("select attempts from report_run where id = ?").param(slow.id()).query(Integer.class)
                .single()).isEqualTo(2);
        runs.requestCancel(slow.id(), java.time.Instant.now()); // the slow report would run for minutes
        ReportFixtures.await("cancelled", () -> runs.find(slow.id()).orElseThrow().finished());
        assertThat(List.of(RunStatus.CANCELLED)).contains(runs.find(slow.id()).orElseThrow().status());
    }

    /** The node running or that ran the run; none while it waits to be taken (again). */
    private @Nullable String nodeOf(UUID run) {
        return jdbc.sql("select node from report_run where id = ?").param(run)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }
}
