package org.openace.reports.schedule;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.core.Rights;
import org.openace.analytics.AnalyticsReads;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reference.load.TestReferenceData;
import org.openace.reports.ReportFixtures;
import org.openace.reports.run.ReportRun;
import org.openace.reports.run.ReportRuns;
import org.openace.reports.run.RunStatus;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestClock;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schedules of reports (X4) end to end: a schedule made on its form runs when due, on this node's scheduler, as a run
 * of its owner narrowed to what they may see, with its period counted from the run date, and its owner gets an
 * e-mail with a link to the run and no trade data. A schedule whose owner lost the reports right stops, makes no run,
 * and its owner is told. A schedule is its owner's alone; bad input is refused on the form.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=reports-schedules", "openace.analytics.enabled=true",
        "openace.reports.results-directory=target/test-report-results/${random.uuid}",
        "openace.reports.schedules.poll-interval=200ms"})
class ReportSchedulesIntegrationTests {

    /** The day the tests' clock stands at: the previous calendar month is September 2026, when the fixtures file. */
    private static final Instant OCTOBER_5 = Instant.parse("2026-10-05T12:00:00Z");

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
    @Autowired
    ReportRuns runs;
    @Autowired
    Rights rights;
    @Autowired
    TestClock clock;
    @Autowired
    ReportSchedules schedules;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @BeforeEach
    void octoberAndReferenceData() {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), OCTOBER_5));
        TestReferenceData.loadSamples(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private EntryNumber file(Broker broker, String value) throws Exception {
        return ReportFixtures.file(mvc, broker, FilingFixtures.DEMO_IMPORTER, value);
    }


    private void awaitInStore(EntryNumber number) throws Exception {
        ReportFixtures.awaitInStore(reads, number);
    }

    private static void await(String what, ReportFixtures.Condition condition) throws Exception {
        ReportFixtures.await(what, condition);
    }

    private static Map<String, String> daily(String period) {
        Map<String, String> form = new HashMap<>(Map.of("report", "ES-003", "basis", "ENTRY_SUMMARY_DATE",
                "period", period, "frequency", "DAILY", "weekday", "MONDAY", "dayOfMonth", "1", "time", "06:00",
                "zone", "UTC"));
        return form;
    }

    /** Makes a schedule on its form, as the signed-in user of {@code client}; answers its id. */
    private UUID schedule(PortalClient client, PortalUser owner, Map<String, String> form) {
        client.get("/reports/schedules/new?report=ES-003");
        PortalClient.Page made = client.postNoFollow("/reports/schedules", form);
        assertThat(made.status()).as(made.body()).isEqualTo(302);
        assertThat(made.header("Location")).endsWith("/reports/schedules");
        return jdbc.sql("select id from report_schedule where owner_id = ? order by created_at desc limit 1")
                .param(owner.id().value()).query(UUID.class).single();
    }

    /** Makes a schedule due now (a minute ago by the portal's clock). */
    private void makeDue(UUID schedule) {
        jdbc.sql("update report_schedule set next_run_at = ? where id = ?")
                .param(Timestamp.from(clock.instant().minusSeconds(60))).param(schedule).update();
    }

    private String status(UUID schedule) {
        return jdbc.sql("select status from report_schedule where id = ?").param(schedule).query(String.class)
                .single();
    }

    private long auditCount(String action, UUID schedule) {
        return jdbc.sql("select count(*) from audit_event where action = ? and object_id = ?").param(action)
                .param(schedule.toString()).query(Long.class).single();
    }

    @Test
    void aDueScheduleRunsForItsOwnerNarrowedToTheirScopeAndMailsThemALinkWithoutTradeData() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "schown");
        Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "schoth");
        EntryNumber mine = file(broker, "10000.00");
        EntryNumber theirs = file(other, "13000.00");
        awaitInStore(mine);
        awaitInStore(theirs);
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        UUID schedule = schedule(client, broker.owner(), daily("PREVIOUS_CALENDAR_MONTH"));
        assertThat(client.get("/reports/schedules").body()).contains("ES-003 Entry Summary Line Tariff Details")
                .contains("Every day at 06:00 (UTC)").contains("2026-10-06 06:00 UTC")
                .contains("Entry Summary Date: the previous calendar month");
        int mailsBefore = TestMailServer.messagesTo(broker.owner().email().value()).size();

        makeDue(schedule);
        await("a run of the schedule", () -> jdbc.sql("select count(*) from report_run where schedule_id = ?")
                .param(schedule).query(Long.class).single() > 0);
        UUID runId = jdbc.sql("select id from report_run where schedule_id = ?").param(schedule).query(UUID.class)
                .single();
        await("run finished", () -> runs.find(runId).orElseThrow().finished());

        ReportRun run = runs.find(runId).orElseThrow();
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.owner()).isEqualTo(broker.owner().id());
        assertThat(run.prompts().from()).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(run.prompts().to()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(run.rowCount()).isEqualTo(1);
        String page = client.get("/reports/runs/" + runId).body();
        assertThat(page).contains(mine.compact()).doesNotContain(theirs.compact());
        assertThat(jdbc.sql("select last_run_id from report_schedule where id = ?").param(schedule)
                .query(UUID.class).single()).isEqualTo(runId);
        assertThat(jdbc.sql("select next_run_at from report_schedule where id = ?").param(schedule)
                .query(Timestamp.class).single().toInstant()).isEqualTo("2026-10-06T06:00:00Z");
        assertThat(client.get("/reports/schedules").body()).contains("/reports/runs/" + runId);

        MimeMessage mail = TestMailServer.awaitMessage(broker.owner().email().value(), mailsBefore,
                "Your scheduled report is ready");
        String body = TestMailServer.body(mail);
        assertThat(TestMailServer.subject(mail)).contains("ES-003 Entry Summary Line Tariff Details");
        assertThat(body).containsPattern("https?://[^/\\s]+/reports/runs/" + runId).contains("1 row")
                .contains("Sign in");
        String importerShown = jdbc.sql("select importer_display from entry_summary where entry_number = ?")
                .param(mine.compact()).query(String.class).single();
        String words = (body + TestMailServer.subject(mail)).replaceAll("https?://\\S+", "link");
        assertThat(words).doesNotContain(mine.compact()).doesNotContain(theirs.compact())
                .doesNotContain(importerShown).doesNotContain(FilingFixtures.DEMO_IMPORTER)
                .doesNotContain("10,000.00").doesNotContain("10000").doesNotContain("9403");
    }

    @Test
    void anOfficersScheduleRunsAcrossEveryAccountAndStopsWhenTheyAreNoLongerAnOfficer() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "schofb");
        Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "schofo");
        EntryNumber one = file(broker, "10000.00");
        EntryNumber two = file(other, "13000.00");
        awaitInStore(one);
        awaitInStore(two);
        PortalUser officer = users.create("schoff", Role.OFFICER);
        PortalClient client = PortalClient.signedIn(mvc, officer);
        Map<String, String> form = daily("PREVIOUS_CALENDAR_MONTH");
        UUID schedule = schedule(client, officer, form);
        assertThat(jdbc.sql("select audience from report_schedule where id = ?").param(schedule)
                .query(String.class).single()).isEqualTo("CUSTOMS");

        makeDue(schedule);
        await("a run of the officer's schedule", () -> jdbc.sql("select count(*) from report_run where "
                + "schedule_id = ?").param(schedule).query(Long.class).single() > 0);
        UUID runId = jdbc.sql("select id from report_run where schedule_id = ?").param(schedule).query(UUID.class)
                .single();
        await("run finished", () -> runs.find(runId).orElseThrow().finished());
        ReportRun run = runs.find(runId).orElseThrow();
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(client.get("/reports/runs/" + runId).body()).as("every account's rows")
                .contains(one.compact()).contains(two.compact());

        // the officer moves to a trade role: the schedule must not go on running across every account
        jdbc.sql("update user_role set role = 'TRADE' where user_id = ? and role = 'OFFICER'")
                .param(officer.id().value()).update();
        makeDue(schedule);
        await("the schedule stopped", () -> status(schedule).equals("STOPPED"));
        assertThat(jdbc.sql("select stop_reason from report_schedule where id = ?").param(schedule)
                .query(String.class).single()).contains("no longer a customs officer");
        assertThat(jdbc.sql("select count(*) from report_run where schedule_id = ?").param(schedule)
                .query(Long.class).single()).as("no second run").isEqualTo(1);
        assertThat(auditCount("REPORT_SCHEDULE_STOPPED", schedule)).isEqualTo(1);
    }

    @Test
    void aScheduleWhoseOwnerLostTheReportsRightStopsMakesNoRunAndItsOwnerIsTold() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "schacc");
        PortalUser member = users.create("schmem", Role.TRADE);
        accounts.member(broker.account(), member, AccountRole.USER);
        accounts.right(broker.account(), member, broker.sub(), AccountFunction.REPORTS, AccessLevel.VIEW);
        PortalClient client = PortalClient.signedIn(mvc, member);
        UUID schedule = schedule(client, member, daily("PREVIOUS_DAY"));
        int mailsBefore = TestMailServer.messagesTo(member.email().value()).size();

        rights.revokeAll(broker.account().account().id(), member.id());
        makeDue(schedule);
        await("the schedule stopped", () -> status(schedule).equals("STOPPED"));

        assertThat(jdbc.sql("select stop_reason from report_schedule where id = ?").param(schedule)
                .query(String.class).single()).contains("no longer hold the reports right");
        assertThat(jdbc.sql("select count(*) from report_run where schedule_id = ?").param(schedule)
                .query(Long.class).single()).isZero();
        assertThat(auditCount("REPORT_SCHEDULE_STOPPED", schedule)).isEqualTo(1);
        MimeMessage mail = TestMailServer.awaitMessage(member.email().value(), mailsBefore,
                "Your report schedule was stopped");
        assertThat(TestMailServer.body(mail)).contains("no longer hold the reports right").contains("/reports/schedules");
        String list = client.get("/reports/schedules").body();
        assertThat(list).contains("Stopped").contains("no longer hold the reports right");
        assertThat(client.post("/reports/schedules/" + schedule + "/resume", Map.of()).body())
                .contains("is not paused");
        assertThat(status(schedule)).isEqualTo("STOPPED");
    }

    @Test
    void aDueScheduleIsTakenByOneNodeOnlyWhileAnotherHoldsItAndAfterItMovedItsNextTimeOn() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "schtwo");
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        UUID schedule = schedule(client, broker.owner(), daily("PREVIOUS_DAY"));
        // due far ahead: this node's scheduler, which takes only what is due now, leaves it to the two "nodes" here
        Instant due = Instant.parse("2030-01-01T06:00:00Z");
        Instant next = Instant.parse("2030-01-02T06:00:00Z");
        jdbc.sql("update report_schedule set next_run_at = ? where id = ?").param(Timestamp.from(due))
                .param(schedule).update();
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean firstTook = new java.util.concurrent.atomic.AtomicBoolean();
        Thread first = Thread.ofPlatform().start(() -> transaction.executeWithoutResult(status -> {
            firstTook.set(schedules.take(schedule, due, next, clock.instant()).isPresent());
            held.countDown();
            try {
                release.await();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(held.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        boolean secondTookWhileHeld = schedules.take(schedule, due, next, clock.instant()).isPresent();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        release.countDown();
        first.join();
        boolean secondTookAfter = schedules.take(schedule, due, next, clock.instant()).isPresent();

        assertThat(firstTook).isTrue();
        assertThat(secondTookWhileHeld).as("skipped, not waited for").isFalse();
        assertThat(waited).isLessThan(Duration.ofSeconds(10));
        assertThat(secondTookAfter).as("no longer due at the time taken").isFalse();
        assertThat(jdbc.sql("select next_run_at from report_schedule where id = ?").param(schedule)
                .query(Timestamp.class).single().toInstant()).isEqualTo(next);
    }

    @Test
    void aScheduleIsItsOwnersAloneWhoPausesResumesAndDeletesIt() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "schmine");
        Broker stranger = FilingFixtures.broker(mvc, users, accounts, jdbc, "schstr");
        PortalClient owner = PortalClient.signedIn(mvc, broker.owner());
        UUID schedule = schedule(owner, broker.owner(), daily("PREVIOUS_7_DAYS"));
        PortalClient other = PortalClient.signedIn(mvc, stranger.owner());
        other.get("/reports/schedules");

        assertThat(other.get("/reports/schedules").body()).doesNotContain(schedule.toString());
        for (String move : List.of("pause", "resume", "delete")) {
            other.get("/reports/schedules");
            assertThat(other.post("/reports/schedules/" + schedule + "/" + move, Map.of()).status()).as(move)
                    .isEqualTo(404);
        }
        assertThat(status(schedule)).isEqualTo("ACTIVE");

        owner.get("/reports/schedules");
        assertThat(owner.post("/reports/schedules/" + schedule + "/pause", Map.of()).body()).contains("is paused");
        assertThat(status(schedule)).isEqualTo("PAUSED");
        assertThat(owner.post("/reports/schedules/" + schedule + "/resume", Map.of()).body()).contains("is resumed");
        assertThat(status(schedule)).isEqualTo("ACTIVE");
        assertThat(owner.post("/reports/schedules/" + schedule + "/delete", Map.of()).body()).contains("is deleted");
        assertThat(jdbc.sql("select count(*) from report_schedule where id = ?").param(schedule).query(Long.class)
                .single()).isZero();
        for (String action : List.of("REPORT_SCHEDULE_CREATED", "REPORT_SCHEDULE_PAUSED", "REPORT_SCHEDULE_RESUMED",
                "REPORT_SCHEDULE_DELETED")) {
            assertThat(auditCount(action, schedule)).as(action).isEqualTo(1);
        }
        owner.get("/reports/schedules");
        assertThat(owner.post("/reports/schedules/" + schedule + "/pause", Map.of()).status()).isEqualTo(404);
        owner.get("/reports/schedules");
        assertThat(owner.post("/reports/schedules/not-a-schedule/pause", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedOnTheFormAndNoScheduleIsMade() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "schbad");
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        client.get("/reports/schedules/new?report=ES-003");
        long before = jdbc.sql("select count(*) from report_schedule").query(Long.class).single();

        List<Map<String, String>> refused = List.of(
                with("report", "ES-999"),
                with("report", ""),
                with("frequency", "HOURLY"),
                with("frequency", ""),
                with("frequency", "WEEKLY", "weekday", "FUNDAY"),
                with("frequency", "MONTHLY", "dayOfMonth", "31"),
                with("frequency", "MONTHLY", "dayOfMonth", "0"),
                with("frequency", "MONTHLY", "dayOfMonth", "abc"),
                with("time", "25:00"),
                with("time", "6 am"),
                with("time", ""),
                with("zone", "Mars/Olympus_Mons"),
                with("period", "LAST_DECADE"),
                with("basis", "LIQUIDATION_DATE"),
                with("port", "0101' or 1=1 --"),
                with("importer", "not a number"));
        for (Map<String, String> form : refused) {
            PortalClient.Page page = client.post("/reports/schedules", form);
            assertThat(page.status()).as(form.toString()).isEqualTo(400);
            assertThat(page.body()).as(form.toString()).contains("The schedule was not made");
        }

        assertThat(jdbc.sql("select count(*) from report_schedule").query(Long.class).single()).isEqualTo(before);
        assertThat(client.get("/reports/schedules/new?report=ES-999").status()).isEqualTo(404);
        assertThat(client.get("/reports/schedules/new").status()).isEqualTo(404);

        PortalClient nobody = PortalClient.signedIn(mvc, users.create("schnone", Role.TRADE));
        nobody.get("/reports/schedules/new?report=ES-003");
        PortalClient.Page page = nobody.post("/reports/schedules", daily("PREVIOUS_DAY"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("reports right on no account");
        assertThat(jdbc.sql("select count(*) from report_schedule").query(Long.class).single()).isEqualTo(before);
    }

    private static Map<String, String> with(String... fields) {
        Map<String, String> form = daily("PREVIOUS_DAY");
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }
}
