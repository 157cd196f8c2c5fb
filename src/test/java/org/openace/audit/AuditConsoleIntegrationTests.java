package org.openace.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestClock;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class AuditConsoleIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChainVerifier verifier;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 13);
    }

    private void record(String actor, String action, AuditOutcome outcome, String objectId) {
        audit.record(AuditRecord.of(action, outcome).actor(AuditActor.user(UUID.randomUUID(), actor))
                .object("DOCUMENT", objectId));
    }

    /** A browser signed in as a new user, and that user's ID. */
    private record SignedIn(PortalClient browser, String username) {
    }

    private SignedIn signedIn(Role role) {
        PortalUser user = users.create(role == Role.ADMINISTRATOR ? "auditor" : "trader", role);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        return new SignedIn(browser, user.username().value());
    }

    /** The sequence numbers of the rows of the results table, in order. */
    private static List<Long> rows(PortalClient.Page page) {
        return PortalClient.all(page.body(), "<th scope=\"row\">(\\d+)</th>").stream().map(Long::valueOf).toList();
    }

    private static List<String> objectIds(PortalClient.Page page, String prefix) {
        return PortalClient.all(page.body(), ">(" + prefix + "[^<]*)</span>");
    }

    private List<Long> seqsOf(String actor) {
        return jdbc.queryForList("select seq from audit_event where actor_name = ? order by occurred_at desc, seq desc",
                Long.class, actor);
    }

    @Test
    void administratorSeesWhoDidWhatWhenFromWhereAndHowItEnded() {
        String actor = unique("seen");
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.DENIED).actor(AuditActor.user(UUID.randomUUID(), actor))
                .object("DOCUMENT", "doc-7").detail("format", "pdf").detail("pages", 3).from("198.51.100.23"));
        OffsetDateTime at = jdbc.queryForObject("select occurred_at from audit_event where actor_name = ?",
                OffsetDateTime.class, actor);
        PortalClient admin = signedIn(Role.ADMINISTRATOR).browser();

        PortalClient.Page page = admin.get("/admin/audit?actor=" + actor);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.heading()).isEqualTo("Audit trail");
        assertThat(rows(page)).isEqualTo(seqsOf(actor)).hasSize(1);
        assertThat(page.body())
                .contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(at))
                .contains(">" + actor + "<")
                .contains(">DOCUMENT_VIEWED<")
                .contains(">DOCUMENT<").contains(">doc-7<")
                .contains("usa-tag--error").contains(">DENIED<")
                .contains(">198.51.100.23<")
                .contains(">format=pdf<").contains(">pages=3<")
                .contains("1 event matches.");
    }

    @Test
    void administratorFiltersByAction() {
        String actor = unique("acting");
        record(actor, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "viewed-1");
        record(actor, "DOCUMENT_PRINTED", AuditOutcome.SUCCESS, "printed-1");
        record(actor, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "viewed-2");
        PortalClient admin = signedIn(Role.ADMINISTRATOR).browser();

        PortalClient.Page page = admin.get("/admin/audit?actor=" + actor + "&action=DOCUMENT_PRINTED");

        assertThat(page.status()).isEqualTo(200);
        assertThat(objectIds(page, "printed-")).containsExactly("printed-1");
        assertThat(objectIds(page, "viewed-")).isEmpty();
        assertThat(page.body()).contains("<option value=\"DOCUMENT_PRINTED\" selected=\"selected\">DOCUMENT_PRINTED</option>")
                .contains("<option value=\"DOCUMENT_VIEWED\">DOCUMENT_VIEWED</option>");
    }

    @Test
    void administratorFiltersByActorWithoutRegardToCase() {
        String one = unique("first");
        String other = unique("second");
        record(one, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "mine-1");
        record(other, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "theirs-1");
        record(one, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "mine-2");
        PortalClient admin = signedIn(Role.ADMINISTRATOR).browser();

        PortalClient.Page page = admin.get("/admin/audit?actor=" + one.toUpperCase(Locale.ROOT));

        assertThat(page.status()).isEqualTo(200);
        assertThat(rows(page)).isEqualTo(seqsOf(one)).hasSize(2);
        assertThat(objectIds(page, "mine-")).containsExactly("mine-2", "mine-1");
        assertThat(page.body()).doesNotContain(other);
    }

    @Test
    void administratorFiltersByUtcDateRangeWithBothDaysIncluded() {
        String actor = unique("dated");
        clock.advance(Duration.between(clock.instant(), Instant.parse("2023-06-15T23:59:00Z")));
        record(actor, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "day-15");
        clock.advance(Duration.ofMinutes(2));
        record(actor, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "day-16");
        clock.advance(Duration.ofDays(1));
        record(actor, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "day-17");
        clock.reset();
        PortalClient admin = signedIn(Role.ADMINISTRATOR).browser();
        String base = "/admin/audit?actor=" + actor;

        assertThat(objectIds(admin.get(base + "&from=2023-06-16&to=2023-06-16"), "day-")).containsExactly("day-16");
        assertThat(objectIds(admin.get(base + "&from=2023-06-15&to=2023-06-16"), "day-"))
                .containsExactly("day-16", "day-15");
        assertThat(objectIds(admin.get(base + "&from=2023-06-16"), "day-")).containsExactly("day-17", "day-16");
        assertThat(objectIds(admin.get(base + "&to=2023-06-15"), "day-")).containsExactly("day-15");
        assertThat(objectIds(admin.get(base + "&from=2023-06-18"), "day-")).isEmpty();
        assertThat(admin.last().body()).contains("No events match these filters.");
    }

    @Test
    void administratorFiltersByOutcomeObjectIdAndAddress() {
        String actor = unique("mixed");
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.FAILURE).actor(AuditActor.user(UUID.randomUUID(), actor))
                .object("DOCUMENT", "obj-a").from("192.0.2.10"));
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).actor(AuditActor.user(UUID.randomUUID(), actor))
                .object("DOCUMENT", "obj-b").from("192.0.2.10"));
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.FAILURE).actor(AuditActor.user(UUID.randomUUID(), actor))
                .object("DOCUMENT", "obj-c").from("192.0.2.11"));
        PortalClient admin = signedIn(Role.ADMINISTRATOR).browser();
        String base = "/admin/audit?actor=" + actor;

        assertThat(objectIds(admin.get(base + "&outcome=FAILURE"), "obj-")).containsExactly("obj-c", "obj-a");
        assertThat(objectIds(admin.get(base + "&objectId=obj-b"), "obj-")).containsExactly("obj-b");
        assertThat(objectIds(admin.get(base + "&address=192.0.2.10"), "obj-")).containsExactly("obj-b", "obj-a");
        assertThat(objectIds(admin.get(base + "&address=192.0.2.10&outcome=FAILURE"), "obj-")).containsExactly("obj-a");
    }

    @Test
    void resultsComeFiftyAPageNewestFirstAndTheLinksKeepTheFilters() {
        String actor = unique("paged");
        for (int i = 1; i <= 120; i++) {
            record(actor, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, String.format("n-%03d", i));
        }
        PortalClient admin = signedIn(Role.ADMINISTRATOR).browser();
        List<Long> all = seqsOf(actor);

        PortalClient.Page first = admin.get("/admin/audit?actor=" + actor);

        assertThat(first.body()).contains("120 events match.").contains("Showing <span>1</span> to")
                .contains("page 1 of 3");
        assertThat(rows(first)).isEqualTo(all.subList(0, 50));
        assertThat(objectIds(first, "n-").getFirst()).isEqualTo("n-120");
        assertThat(first.body()).contains("href=\"/admin/audit?actor=" + actor + "&amp;page=2\"")
                .contains("href=\"/admin/audit?actor=" + actor + "&amp;page=3\"")
                .contains("aria-current=\"page\"");

        PortalClient.Page second = admin.get("/admin/audit?actor=" + actor + "&page=2");
        assertThat(rows(second)).isEqualTo(all.subList(50, 100));

        PortalClient.Page last = admin.get("/admin/audit?actor=" + actor + "&page=3");
        assertThat(rows(last)).isEqualTo(all.subList(100, 120));
        assertThat(objectIds(last, "n-").getLast()).isEqualTo("n-001");
        assertThat(last.body()).contains("href=\"/admin/audit?actor=" + actor + "&amp;page=2\"")
                .doesNotContain("Next page");

        PortalClient.Page beyond = admin.get("/admin/audit?actor=" + actor + "&page=9");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(rows(beyond)).as("a page past the end shows the last").isEqualTo(all.subList(100, 120));
    }

    @Test
    void csvExportHasTheFilteredEventsEscapedAndIsItselfAudited() {
        String actor = unique("exported");
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).actor(AuditActor.user(UUID.randomUUID(), actor))
                .object("DOCUMENT", "=HYPERLINK(\"http://example.com\",\"x\")").detail("note", "a, \"quoted\" word"));
        audit.record(AuditRecord.of("DOCUMENT_PRINTED", AuditOutcome.FAILURE).actor(AuditActor.user(UUID.randomUUID(), actor))
                .object("@SUM(A1)", "-2+3").from("203.0.113.50"));
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.DENIED).actor(AuditActor.user(UUID.randomUUID(), actor))
                .object("DOCUMENT", "first line\nsecond line, ok ø"));
        record(unique("someone.else"), "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "not-exported");
        SignedIn signedIn = signedIn(Role.ADMINISTRATOR);
        PortalClient admin = signedIn.browser();
        String adminName = signedIn.username();
        List<Long> seqs = seqsOf(actor);
        verifier.verify(); // seals what waits, so that the export shows every row's seal

        PortalClient.Page csv = admin.get("/admin/audit/export.csv?actor=" + actor);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;").contains("filename=\"audit-trail-")
                .endsWith(".csv\"");
        assertThat(csv.body()).startsWith(
                "seq,occurred_at_utc,actor_id,actor,action,object_type,object_id,outcome,client_address,details,hash\r\n");
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\"")
                .contains(",'@SUM(A1),'-2+3,FAILURE,203.0.113.50,{},")
                .contains(",\"first line\nsecond line, ok ø\",DENIED,")
                .doesNotContain("not-exported");
        assertThat(new String(csv.response().getContentAsByteArray(), StandardCharsets.UTF_8))
                .as("UTF-8 bytes").contains("second line, ok ø");
        List<List<String>> records = Csv.parse(csv.body());
        assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(11));
        assertThat(records.subList(1, 4)).extracting(r -> Long.valueOf(r.get(0))).isEqualTo(seqs);
        assertThat(records.get(1).get(6)).isEqualTo("first line\nsecond line, ok ø");
        assertThat(records.get(2).get(5)).isEqualTo("'@SUM(A1)");
        assertThat(records.get(2).get(6)).isEqualTo("'-2+3");
        assertThat(records.get(3).get(6)).isEqualTo("'=HYPERLINK(\"http://example.com\",\"x\")");
        assertThat(records.get(3).get(9)).isEqualTo("{\"note\":\"a, \\\"quoted\\\" word\"}");
        assertThat(records.get(3).get(3)).isEqualTo(actor);
        assertThat(records.get(3).get(1)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(records.get(3).get(10)).matches("[0-9a-f]{64}");

        Map<String, Object> exported = jdbc.queryForMap("""
                select outcome, details ->> 'rows' as rows, details ->> 'actor' as actor, details ->> 'format' as format
                from audit_event where action = 'AUDIT_EXPORTED' and actor_name = ?""", adminName);
        assertThat(exported).containsEntry("outcome", "SUCCESS").containsEntry("rows", "3")
                .containsEntry("actor", actor).containsEntry("format", "csv");
    }

    @Test
    void searchingIsAuditedWithTheFiltersAndTheNumberOfMatches() {
        String actor = unique("searched");
        record(actor, "DOCUMENT_VIEWED", AuditOutcome.SUCCESS, "s-1");
        record(actor, "DOCUMENT_VIEWED", AuditOutcome.FAILURE, "s-2");
        SignedIn signedIn = signedIn(Role.ADMINISTRATOR);
        PortalClient admin = signedIn.browser();
        String adminName = signedIn.username();

        admin.get("/admin/audit?actor=" + actor + "&outcome=SUCCESS&from=2020-01-01");

        List<Map<String, Object>> searches = jdbc.queryForList("""
                select outcome, details ->> 'actor' as actor, details ->> 'outcome' as filtered_outcome,
                       details ->> 'from' as from_date, details ->> 'to' as to_date, details ->> 'page' as page,
                       details ->> 'matches' as matches
                from audit_event where action = 'AUDIT_TRAIL_SEARCHED' and actor_name = ?""", adminName);
        assertThat(searches).hasSize(1);
        assertThat(searches.getFirst()).containsEntry("outcome", "SUCCESS").containsEntry("actor", actor)
                .containsEntry("filtered_outcome", "SUCCESS").containsEntry("from_date", "2020-01-01")
                .containsEntry("to_date", null).containsEntry("page", "1").containsEntry("matches", "1");
    }

    @Test
    void chainCheckShowsTheResultAndIsAudited() {
        SignedIn signedIn = signedIn(Role.ADMINISTRATOR);
        PortalClient admin = signedIn.browser();
        String adminName = signedIn.username();
        admin.get("/admin/audit");

        PortalClient.Page page = admin.post("/admin/audit/verify", Map.of());

        Map<String, Object> check = jdbc.queryForMap("""
                select outcome, details ->> 'rowsChecked' as rows, details ->> 'headHash' as head,
                       details ->> 'via' as via
                from audit_event where action = 'AUDIT_CHAIN_VERIFIED' and actor_name = ?""", adminName);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.path()).isEqualTo("/admin/audit");
        assertThat(check).containsEntry("outcome", "SUCCESS").containsEntry("via", "console");
        assertThat((String) check.get("head")).matches("[0-9a-f]{64}");
        assertThat(page.body()).contains("The chain is intact").contains((String) check.get("head"))
                .contains(String.format(Locale.ROOT, "%,d", Long.parseLong((String) check.get("rows"))));
    }

    @Test
    void tradeUserIsRefusedTheConsoleTheExportAndTheCheck() {
        SignedIn signedIn = signedIn(Role.TRADE);
        PortalClient trader = signedIn.browser();
        String traderName = signedIn.username();

        assertThat(trader.get("/admin/audit").status()).isEqualTo(403);
        assertThat(trader.get("/admin/audit/export.csv").status()).isEqualTo(403);
        trader.get("/");
        assertThat(trader.post("/admin/audit/verify", Map.of()).status()).isEqualTo(403);

        assertThat(jdbc.queryForList("select action from audit_event where actor_name = ? and action like 'AUDIT%'",
                String.class, traderName)).isEmpty();
        assertThat(jdbc.queryForList("select details ->> 'path' from audit_event where actor_name = ? and action = 'ACCESS_DENIED' order by seq",
                String.class, traderName)).containsExactly("/admin/audit", "/admin/audit/export.csv", "/admin/audit/verify");
    }

    @Test
    void invalidFiltersGetFieldErrorsAnd400NeverA500() {
        PortalClient admin = signedIn(Role.ADMINISTRATOR).browser();

        assertFieldError(admin.get("/admin/audit?from=2026-13-45"), "from", "Enter a real date, for example 2026-03-31");
        assertFieldError(admin.get("/admin/audit?to=2026-02-30"), "to", "Enter a real date, for example 2026-03-31");
        assertFieldError(admin.get("/admin/audit?from=yesterday"), "from", "Enter the date as YYYY-MM-DD, for example 2026-03-31");
        assertFieldError(admin.get("/admin/audit?from=2026-03-10&to=2026-03-01"), "to",
                "The end date must be on or after the start date");
        assertFieldError(admin.get("/admin/audit?actor=" + "x".repeat(500)), "actor",
                "Keep the user ID to 100 characters or fewer");
        assertFieldError(admin.get("/admin/audit?objectId=" + "7".repeat(101)), "objectId",
                "Keep the object ID to 100 characters or fewer");
        assertFieldError(admin.get("/admin/audit?action=" + "A".repeat(101)), "action",
                "Keep the action to 100 characters or fewer");
        assertFieldError(admin.get("/admin/audit?address=" + "1".repeat(101)), "address",
                "Keep the client address to 100 characters or fewer");
        assertFieldError(admin.get("/admin/audit?outcome=MAYBE"), "outcome", "Choose an outcome from the list");
        assertFieldError(admin.get("/admin/audit?actor=jane%00"), "actor",
                "Enter the user ID without tabs, line breaks or other control characters");
        assertFieldError(admin.get("/admin/audit/export.csv?from=2026-13-45"), "from",
                "Enter a real date, for example 2026-03-31");

        assertThat(admin.get("/admin/audit?from=0001-01-01&to=9999-12-31").status()).as("the widest range").isEqualTo(200);
        assertThat(admin.get("/admin/audit/export.csv?from=9999-12-31").status()).isEqualTo(200);

        PortalClient.Page badPage = admin.get("/admin/audit?page=abc");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body()).contains("There is no page with that number");
        assertThat(admin.get("/admin/audit?page=-1").status()).isEqualTo(400);
        assertThat(admin.get("/admin/audit?page=99999999999").status()).isEqualTo(400);
    }

    private static void assertFieldError(PortalClient.Page page, String field, String message) {
        assertThat(page.status()).as(page.path()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<span class=\"usa-error-message\" id=\"" + field + "-error\">" + message + "</span>")
                .contains("aria-invalid=\"true\"")
                .doesNotContain("<th scope=\"row\">")
                .doesNotContainIgnoringCase("exception");
    }

    /** Reads RFC 4180 CSV, to check the export the way a spreadsheet would read it. */
    static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    }
                    else if (c == '"') {
                        quoted = false;
                    }
                    else {
                        cell.append(c);
                    }
                }
                else if (c == '"') {
                    quoted = true;
                }
                else if (c == ',') {
                    record.add(cell.toString());
                    cell.setLength(0);
                }
                else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    record.add(cell.toString());
                    cell.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                }
                else {
                    cell.append(c);
                }
            }
            if (!record.isEmpty() || !cell.isEmpty()) {
                record.add(cell.toString());
                records.add(record);
            }
            return records;
        }
    }
}
