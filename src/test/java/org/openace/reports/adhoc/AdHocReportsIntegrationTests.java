package org.openace.reports.adhoc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ad hoc reports (X2) end to end, on a real analytics store: a grouped report (value and entries by country of
 * origin) previewed and run against a hand count; a trade user's preview and run never hold another account's rows;
 * templates saved, shared within the account, listed, opened, run and deleted by their owner only, and refused (404)
 * to a user of another account; and every kind of bad input refused on the form with 400, nothing run.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=reports-adhoc", "openace.analytics.enabled=true",
        "openace.reports.results-directory=target/test-report-results/${random.uuid}"})
class AdHocReportsIntegrationTests {

    private static final Pattern RUN = Pattern.compile("/reports/runs/([0-9a-f-]{36})");
    private static final Pattern TEMPLATE = Pattern.compile("/reports/ad-hoc/templates/([0-9a-f-]{36})");

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

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    /** A form as posted: names may repeat (checkboxes, filter rows). */
    private static final class Form {
        final List<String[]> fields = new ArrayList<>();

        Form add(String name, String value) {
            fields.add(new String[] {name, value});
            return this;
        }

        Form filter(String column, String operator, String value, String valueTo) {
            return add("filterColumn", column).add("filterOperator", operator).add("filterValue", value)
                    .add("filterValueTo", valueTo);
        }

        Form sort(String output, String direction) {
            return add("sortOutput", output).add("sortDirection", direction);
        }

        static Form september(String grain) {
            return new Form().add("grain", grain).add("basis", "ENTRY_SUMMARY_DATE").add("from", "2026-09-01")
                    .add("to", "2026-09-30");
        }

        Form copy() {
            Form copy = new Form();
            copy.fields.addAll(fields);
            return copy;
        }
    }

    private record Answer(int status, String body, String location) {
    }

    private Answer post(PortalClient client, String path, Form form) throws Exception {
        String csrf = client.get("/reports/ad-hoc").csrf();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML).param("_csrf", csrf);
        for (String[] field : form.fields) {
            request.param(field[0], field[1]);
        }
        MockHttpServletResponse response = client.exchange(request);
        return new Answer(response.getStatus(), response.getContentAsString(),
                response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl());
    }

    private EntryNumber file(Broker broker, String country, String value) throws Exception {
        EntryNumber number = broker.nextEntryNumber();
        String summary = FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER, value, ReportFixtures.mpf(value))
                .replace("\"countryOfOrigin\": \"CN\"", "\"countryOfOrigin\": \"" + country + "\"");
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(summary)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return number;
    }


    private void awaitInStore(EntryNumber number) throws Exception {
        ReportFixtures.awaitInStore(reads, number);
    }

    private static void await(String what, ReportFixtures.Condition condition) throws Exception {
        ReportFixtures.await(what, condition);
    }

    private ReportRun run(PortalClient client, Form form) throws Exception {
        Answer asked = post(client, "/reports/ad-hoc", form.copy().add("action", "run"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(302);
        Matcher matcher = RUN.matcher(asked.location());
        assertThat(matcher.find()).as(asked.location()).isTrue();
        UUID id = UUID.fromString(matcher.group(1));
        await("run " + id + " finished", () -> runs.find(id).orElseThrow().finished());
        ReportRun run = runs.find(id).orElseThrow();
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
        return run;
    }

    /** The body cells of the first table after the heading (preview) or of the run's page, row by row. */
    private static List<String> rows(String body, int columns) {
        List<String> cells = PortalClient.all(body, "<td>([^<]*)</td>");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i + columns <= cells.size(); i += columns) {
            rows.add(String.join("|", cells.subList(i, i + columns)));
        }
        return rows;
    }

    private static String previewPart(String body) {
        int start = body.indexOf("id=\"preview-heading\"");
        assertThat(start).as("a preview on the page").isPositive();
        int end = body.indexOf("<h2>Templates</h2>", start);
        return body.substring(start, end);
    }

    private static Form byCountry(String filerCode) {
        return Form.september("LINE_TARIFF").add("columns", "COUNTRY_OF_ORIGIN")
                .add("summaries", "SUM:GOODS_VALUE").add("summaries", "COUNT_ENTRIES")
                .filter("HTS_CHAPTER", "EQUALS", "94", "").filter("FILER_CODE", "EQUALS", filerCode, "")
                .sort("SUM:GOODS_VALUE", "DESC");
    }

    @Test
    void aGroupedReportSumsValueAndCountsEntriesByCountryOfOriginAsCountedByHand() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "ahgrp");
        List<EntryNumber> filed = List.of(file(broker, "CN", "10000.00"), file(broker, "CN", "12500.50"),
                file(broker, "VN", "13000.00"), file(broker, "MX", "40000.25"));
        for (EntryNumber number : filed) {
            awaitInStore(number);
        }
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        // MX 40,000.25 (1 entry), CN 10,000.00 + 12,500.50 = 22,500.50 (2 entries), VN 13,000.00 (1 entry)
        List<String> expected = List.of("MX|40,000.25|1", "CN|22,500.50|2", "VN|13,000.00|1");

        Answer previewed = post(client, "/reports/ad-hoc", byCountry(broker.filerCode()).add("action", "preview"));

        assertThat(previewed.status()).as(previewed.body()).isEqualTo(200);
        String preview = previewPart(previewed.body());
        assertThat(PortalClient.all(preview, "<th scope=\"col\">([^<]+)</th>")).containsExactly(
                "Country of Origin Code", "Sum of Line Tariff Goods Value Amount", "Entry Summary Count");
        assertThat(rows(preview, 3)).containsExactlyElementsOf(expected);

        ReportRun run = run(client, byCountry(broker.filerCode()));
        assertThat(run.reportCode()).isEqualTo("AD-HOC");
        assertThat(run.rowCount()).isEqualTo(3);
        PortalClient.Page page = client.get("/reports/runs/" + run.id());
        assertThat(PortalClient.all(page.body(), "<th scope=\"col\">([^<]+)</th>")).containsExactly(
                "Country of Origin Code", "Sum of Line Tariff Goods Value Amount", "Entry Summary Count");
        assertThat(rows(page.body(), 3)).containsExactlyElementsOf(expected);
        assertThat(PortalClient.all(page.body(), "<li>([^<]+)</li>")).as("the definition beside the dates")
                .contains("Each row: a tariff line (tariff ordinal)", "Columns: Country of Origin Code",
                        "Filter: Filer Code equals " + broker.filerCode(),
                        "Summaries by group: Sum of Line Tariff Goods Value Amount, Entry Summary Count",
                        "Sorted by: Sum of Line Tariff Goods Value Amount (descending)")
                .anyMatch(line -> line.startsWith("Filter: ") && line.endsWith(" equals 94"));
        assertThat(client.get("/reports/runs").body()).contains("Ad hoc report: tariff lines");

        PortalClient officer = PortalClient.signedIn(mvc, users.create("ahoff", Role.OFFICER));
        Answer officers = post(officer, "/reports/ad-hoc", byCountry(broker.filerCode()).add("action", "preview"));
        assertThat(rows(previewPart(officers.body()), 3)).as("an officer sees every account: the same filer's rows")
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aTradeUsersPreviewAndRunNeverHoldAnotherAccountsRows() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "ahmine");
        Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "ahother");
        EntryNumber mine = file(broker, "CN", "11000.00");
        EntryNumber theirs = file(other, "CN", "13000.00");
        awaitInStore(mine);
        awaitInStore(theirs);
        Form entries = Form.september("SUMMARY").add("columns", "ENTRY_NUMBER").add("columns", "FILER_CODE");
        Form everyFiler = Form.september("SUMMARY").add("columns", "FILER_CODE").add("summaries", "COUNT_ROWS")
                .filter("FILER_CODE", "IN_LIST", broker.filerCode() + ", " + other.filerCode(), "");

        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        String preview = previewPart(post(client, "/reports/ad-hoc", entries.copy().add("action", "preview")).body());
        assertThat(preview).contains(mine.compact()).doesNotContain(theirs.compact());
        assertThat(rows(previewPart(post(client, "/reports/ad-hoc", everyFiler.copy().add("action", "preview"))
                .body()), 2)).containsExactly(broker.filerCode() + "|1");
        ReportRun run = run(client, entries);
        assertThat(run.rowCount()).isEqualTo(1);
        assertThat(client.get("/reports/runs/" + run.id()).body()).contains(mine.compact())
                .doesNotContain(theirs.compact());
        assertThat(run(client, everyFiler).rowCount()).isEqualTo(1);

        PortalClient theirClient = PortalClient.signedIn(mvc, other.owner());
        String theirPreview = previewPart(post(theirClient, "/reports/ad-hoc", entries.copy().add("action",
                "preview")).body());
        assertThat(theirPreview).contains(theirs.compact()).doesNotContain(mine.compact());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REPORT_AD_HOC_PREVIEWED' "
                + "and actor_id = ?").param(broker.owner().id().value()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void templatesAreSharedWithinTheAccountDeletedByTheirOwnerOnlyAndAbsentForAnotherAccount() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "ahtpl");
        PortalUser colleague = users.create("ahcol", Role.TRADE);
        accounts.member(broker.account(), colleague, AccountRole.USER);
        accounts.right(broker.account(), colleague, broker.sub(), AccountFunction.REPORTS, AccessLevel.VIEW);
        Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "ahtplo");
        EntryNumber filed = file(broker, "VN", "15000.00");
        awaitInStore(filed);
        PortalClient owner = PortalClient.signedIn(mvc, broker.owner());
        PortalClient colleagueClient = PortalClient.signedIn(mvc, colleague);
        PortalClient stranger = PortalClient.signedIn(mvc, other.owner());

        Answer saved = post(owner, "/reports/ad-hoc", byCountry(broker.filerCode()).add("name", "Value by country")
                .add("action", "save"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Matcher matcher = TEMPLATE.matcher(saved.location());
        assertThat(matcher.find()).isTrue();
        String template = "/reports/ad-hoc/templates/" + matcher.group(1);
        PortalClient.Page opened = owner.get(template);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("The template Value by country is saved.")
                .containsPattern("value=\"SUM:GOODS_VALUE\"\\s+checked");
        assertThat(colleagueClient.get(template).status()).as("not shared yet").isEqualTo(404);
        assertThat(colleagueClient.get("/reports/ad-hoc").body()).doesNotContain("Value by country");

        assertThat(post(owner, "/reports/ad-hoc", byCountry(broker.filerCode()).add("name", "Value by country")
                .add("shared", "true").add("action", "save")).status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from report_template where owner_id = ?")
                .param(broker.owner().id().value()).query(Long.class).single()).as("saved again under its name")
                .isEqualTo(1);
        assertThat(colleagueClient.get("/reports/ad-hoc").body()).contains("Value by country");
        assertThat(colleagueClient.get(template).status()).isEqualTo(200);
        Answer colleaguesRun = post(colleagueClient, template + "/run", new Form());
        assertThat(colleaguesRun.status()).as(colleaguesRun.body()).isEqualTo(302);
        UUID runId = UUID.fromString(RUN.matcher(colleaguesRun.location()).results().findFirst().orElseThrow()
                .group(1));
        await("the template's run", () -> runs.find(runId).orElseThrow().finished());
        assertThat(runs.find(runId).orElseThrow().rowCount()).isEqualTo(1);
        assertThat(runs.find(runId).orElseThrow().title()).isEqualTo("Ad hoc report: Value by country");
        assertThat(post(colleagueClient, template + "/delete", new Form()).status()).as("not the owner")
                .isEqualTo(403);

        assertThat(stranger.get(template).status()).as("another account's template").isEqualTo(404);
        assertThat(post(stranger, template + "/run", new Form()).status()).isEqualTo(404);
        assertThat(post(stranger, template + "/delete", new Form()).status()).isEqualTo(404);
        assertThat(stranger.get("/reports/ad-hoc").body()).doesNotContain("Value by country");
        PortalClient officer = PortalClient.signedIn(mvc, users.create("ahtoff", Role.OFFICER));
        assertThat(officer.get(template).status()).as("a trade account's template is not the officers'")
                .isEqualTo(404);

        assertThat(post(owner, template + "/delete", new Form()).status()).isEqualTo(302);
        assertThat(owner.get(template).status()).isEqualTo(404);
        assertThat(jdbc.sql("select action from audit_event where object_type = 'REPORT_TEMPLATE' and actor_id = ? "
                        + "order by seq").param(broker.owner().id().value()).query(String.class).list())
                .containsExactly("REPORT_TEMPLATE_SAVED", "REPORT_TEMPLATE_SAVED", "REPORT_TEMPLATE_DELETED");
    }

    @Test
    void aTemplateKeptWithAColumnNoLongerOfferedIsRefusedInWordsNotRun() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "ahold");
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into report_template (id, account_id, owner_id, name, definition, shared, created_at, updated_at)
                values (?, ?, ?, 'Old one', cast(? as jsonb), false, now(), now())
                """).param(id).param(broker.account().account().id().value()).param(broker.owner().id().value())
                .param("{\"grain\":\"LINE_TARIFF\",\"basis\":\"ENTRY_SUMMARY_DATE\",\"from\":\"2026-09-01\","
                        + "\"to\":\"2026-09-30\",\"columns\":[\"BROKER_FEE_AMOUNT\"]}").update();
        long before = jdbc.sql("select count(*) from report_run").query(Long.class).single();

        PortalClient.Page opened = client.get("/reports/ad-hoc/templates/" + id);
        assertThat(opened.status()).isEqualTo(409);
        assertThat(opened.body()).contains("There is no column &quot;BROKER_FEE_AMOUNT&quot;");
        Answer run = post(client, "/reports/ad-hoc/templates/" + id + "/run", new Form());
        assertThat(run.status()).isEqualTo(400);
        assertThat(run.body()).contains("The report was not run");

        assertThat(jdbc.sql("select count(*) from report_run").query(Long.class).single()).isEqualTo(before);

        UUID kept = UUID.randomUUID(); // a run asked for before the column was withdrawn, taken up after
        jdbc.sql("""
                insert into report_run (id, owner_id, audience, report_code, title, prompts, status, requested_at,
                                        definition)
                values (?, ?, 'TRADE', 'AD-HOC', 'Ad hoc report: Old one', cast(? as jsonb), 'QUEUED', now(),
                        cast(? as jsonb))
                """).param(kept).param(broker.owner().id().value())
                .param("{\"basis\":\"ENTRY_SUMMARY_DATE\",\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"}")
                .param("{\"grain\":\"LINE_TARIFF\",\"basis\":\"ENTRY_SUMMARY_DATE\",\"from\":\"2026-09-01\","
                        + "\"to\":\"2026-09-30\",\"columns\":[\"BROKER_FEE_AMOUNT\"]}").update();
        await("the kept run finished", () -> runs.find(kept).orElseThrow().finished());
        ReportRun failed = runs.find(kept).orElseThrow();
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.failure()).startsWith("This ad hoc report can no longer be run as it was defined: There "
                + "is no column \"BROKER_FEE_AMOUNT\"");
        assertThat(client.get("/reports/runs/" + kept).status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedOnTheFormAndNothingIsRunOrSaved() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "ahbad");
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        long runsBefore = jdbc.sql("select count(*) from report_run").query(Long.class).single();
        Form good = Form.september("LINE_TARIFF").add("columns", "ENTRY_NUMBER");
        Form tooManyFilters = good.copy();
        for (int i = 0; i < 6; i++) {
            tooManyFilters.filter("COUNTRY_OF_ORIGIN", "EQUALS", "CN", "");
        }
        Form tooManyColumns = Form.september("LINE_TARIFF");
        AdHocColumns.LINE_TARIFF.forEach(c -> tooManyColumns.add("columns", c.code()));
        Form tooLongList = good.copy().filter("COUNTRY_OF_ORIGIN", "IN_LIST", "CN,".repeat(51), "");

        List<Form> refused = List.of(
                good.copy().add("columns", "entry_number; drop table es_line_tariff"),
                Form.september("LINE_TARIFF").add("columns", "ENTRY_NUMBER\" from es_summary --"),
                good.copy().add("summaries", "SUM:COUNTRY_OF_ORIGIN"),
                good.copy().add("summaries", "count(*)); drop table x; --"),
                good.copy().filter("COUNTRY_OF_ORIGIN", "BETWEEN", "AA", "ZZ"),
                good.copy().filter("GOODS_VALUE", "STARTS_WITH", "1", ""),
                good.copy().filter("GOODS_VALUE", "AT_LEAST", "lots", ""),
                good.copy().filter("GOODS_VALUE", "BETWEEN", "5000", "100"),
                good.copy().filter("ENTRY_DATE", "AT_LEAST", "0001-01-01", ""),
                good.copy().filter("ENTRY_DATE", "EQUALS", "2026-02-30", ""),
                good.copy().filter("COUNTRY_OF_ORIGIN", "EQUALS", "CN' or 1=1 --", ""),
                good.copy().filter("IMPORTER_NUMBER", "EQUALS", "12-3456789", ""),
                good.copy().filter("t.importer_digest", "EQUALS", "x", ""),
                good.copy().filter("COUNTRY_OF_ORIGIN", "LIKE", "C%", ""),
                good.copy().filter("COUNTRY_OF_ORIGIN", "EQUALS", "", ""),
                good.copy().sort("DUTY", "DESC"),
                good.copy().sort("ENTRY_NUMBER", "DESC; drop table x"),
                tooManyFilters, tooManyColumns, tooLongList,
                Form.september("LINE_TARIFF"),
                Form.september("ES_SUMMARY; drop table x").add("columns", "ENTRY_NUMBER"),
                new Form().add("grain", "LINE_TARIFF").add("basis", "ENTRY_SUMMARY_DATE").add("from", "2001-01-01")
                        .add("to", "2026-09-30").add("columns", "ENTRY_NUMBER"),
                new Form().add("grain", "LINE_TARIFF").add("basis", "LIQUIDATION_DATE").add("from", "2026-09-01")
                        .add("to", "2026-09-30").add("columns", "ENTRY_NUMBER"));
        for (Form form : refused) {
            for (String action : List.of("preview", "run", "save")) {
                Answer answer = post(client, "/reports/ad-hoc", form.copy().add("name", "Bad").add("action", action));
                String what = action + " " + form.fields.stream().map(f -> f[0] + "=" + f[1]).toList();
                assertThat(answer.status()).as(what).isEqualTo(400);
                assertThat(answer.body()).as(what).contains("The report was not run").doesNotContain("preview-heading");
            }
        }
        Answer badName = post(client, "/reports/ad-hoc", good.copy().add("name", "<script>x</script>")
                .add("action", "save"));
        assertThat(badName.status()).isEqualTo(400);
        Answer badAction = post(client, "/reports/ad-hoc", good.copy().add("action", "drop"));
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(client.get("/reports/ad-hoc?grain=NOPE").status()).isEqualTo(400);
        assertThat(client.get("/reports/ad-hoc/templates/not-a-template").status()).isEqualTo(404);
        assertThat(client.get("/reports/ad-hoc/templates/" + UUID.randomUUID()).status()).isEqualTo(404);

        assertThat(jdbc.sql("select count(*) from report_run").query(Long.class).single()).isEqualTo(runsBefore);
        assertThat(jdbc.sql("select count(*) from report_template where owner_id = ?")
                .param(broker.owner().id().value()).query(Long.class).single()).isZero();
        long tables = reads.read(c -> {
            try (var s = c.prepareStatement("select count(*) from information_schema.tables "
                    + "where table_name in ('es_line_tariff', 'es_summary')"); var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(tables).as("the store's tables are all there").isEqualTo(2);
    }

    @Test
    void theCatalogLinksToTheAdHocPageAndAUserWithoutTheReportsRightIsToldSo() throws Exception {
        PortalUser nobody = users.create("ahnone", Role.TRADE);
        PortalClient client = PortalClient.signedIn(mvc, nobody);
        assertThat(client.get("/reports").body()).contains("href=\"/reports/ad-hoc\"");
        Answer preview = post(client, "/reports/ad-hoc", Form.september("SUMMARY").add("columns", "ENTRY_NUMBER")
                .add("action", "preview"));
        assertThat(preview.status()).isEqualTo(403);
        assertThat(preview.body()).contains("reports right on no account");
        Answer save = post(client, "/reports/ad-hoc", Form.september("SUMMARY").add("columns", "ENTRY_NUMBER")
                .add("name", "Mine").add("action", "save"));
        assertThat(save.status()).isEqualTo(400);
        assertThat(save.body()).contains("You are a member of no trade account");
        PortalClient agency = PortalClient.signedIn(mvc, users.create("ahpga", Role.PGA));
        assertThat(agency.get("/reports/ad-hoc").status()).isEqualTo(403);
    }
}
