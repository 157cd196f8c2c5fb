package org.openace.filing.search;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.PortCode;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.grant.CrossAccountGrant;
import org.openace.account.grant.GrantScope;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openace.account.AccessLevel.VIEW;
import static org.openace.account.AccountFunction.ENTRIES;

/**
 * Entry search (F4) on the page, in the API and in exports: each user sees exactly the entries their accounts,
 * rights and grants let them see (importer's account, filer's account, a grantee while the grant lasts, a right
 * narrowed to a port), officers all, partner agencies nothing; every filter; keyset pages that return every entry
 * once; CSV and XLSX files with masked importer numbers; refused parameters answered 400.
 */
@PortalTest
class EntrySearchIntegrationTests {

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

    /** An importer's account whose importer number is on file, and the number. */
    private record Importer(PortalUser owner, OpenTradeAccount.Opened account, String number) {
    }

    private Importer importer(String prefix) {
        PortalUser owner = users.create(prefix, Role.TRADE);
        TaxIdentifier ein = TestAccounts.ein();
        OpenTradeAccount.Opened account = accounts.importer(owner, ein);
        String number = TestAccounts.importerNumber(ein).value();
        TestReferenceData.importersOnFile(context, number);
        return new Importer(owner, account, number);
    }

    private Broker broker(String prefix) {
        return FilingFixtures.broker(mvc, users, accounts, jdbc, prefix);
    }

    private String file(Broker broker, String importer) {
        EntryNumber number = broker.nextEntryNumber();
        MockHttpServletResponse answer = send(MockMvcRequestBuilders.post(API)
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(number, importer)));
        assertThat(answer.getStatus()).as(text(answer)).isEqualTo(201);
        return number.formatted();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The entry numbers the signed-in user's API search answers (all pages). */
    private static List<String> seenBy(PortalClient client, String query) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            MockHttpServletResponse response = client.exchange(MockMvcRequestBuilders.get(API + "?" + query
                    + (after == null ? "" : "&after=" + after)).accept(MediaType.APPLICATION_JSON));
            assertThat(response.getStatus()).as(text(response)).isEqualTo(200);
            JsonNode body = JSON.readTree(text(response));
            body.get("entries").forEach(entry -> seen.add(entry.get("entryNumber").asString()));
            after = body.get("next").isNull() ? null : body.get("next").asString();
        } while (after != null);
        return seen;
    }

    private List<String> seenWithToken(Broker broker, String query) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            MockHttpServletResponse response = send(MockMvcRequestBuilders.get(API + "?" + query
                    + (after == null ? "" : "&after=" + after)).header("Authorization", "Bearer " + broker.token()));
            assertThat(response.getStatus()).as(text(response)).isEqualTo(200);
            JsonNode body = JSON.readTree(text(response));
            body.get("entries").forEach(entry -> seen.add(entry.get("entryNumber").asString()));
            after = body.get("next").isNull() ? null : body.get("next").asString();
        } while (after != null);
        return seen;
    }

    // --- who sees what ------------------------------------------------------------------------------------------

    @Test
    void theImportersAccountSeesWhatItsBrokerFiledTheBrokerWhatItFiledAndAnotherBrokerNothing() {
        Importer importer = importer("srchimp");
        Broker broker = broker("srchbrk");
        Broker other = broker("srchoth");
        String first = file(broker, importer.number());
        String second = file(broker, importer.number());
        String elsewhere = file(broker, FilingFixtures.DEMO_IMPORTER);

        assertThat(seenBy(PortalClient.signedIn(mvc, importer.owner()), "")).containsExactly(second, first);
        assertThat(seenBy(PortalClient.signedIn(mvc, broker.owner()), "")).containsExactly(elsewhere, second, first);
        assertThat(seenWithToken(broker, "")).containsExactly(elsewhere, second, first);
        assertThat(seenBy(PortalClient.signedIn(mvc, other.owner()), "")).isEmpty();
        assertThat(seenWithToken(other, "")).isEmpty();

        PortalClient.Page page = PortalClient.signedIn(mvc, importer.owner()).get("/entries");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(first, second, "href=\"/entries/" + first + "\"").doesNotContain(elsewhere)
                .doesNotContain(importer.number()).contains("href=\"/entries\"");
    }

    @Test
    void aUserWithARightNarrowedToAPortSeesOnlyThatPortsEntries() {
        Importer importer = importer("srchport");
        Broker broker = broker("srchportb");
        String atPortland = file(broker, importer.number());
        String atBaltimore = file(broker, importer.number());
        jdbc.sql("update entry_summary set port_of_entry = '1303' where entry_number = ?")
                .param(atBaltimore.replace("-", "")).update();
        PortalUser clerk = users.create("srchclerk", Role.TRADE);
        SubAccount sub = importer.account().subAccounts().getFirst();
        accounts.member(importer.account(), clerk, org.openace.account.AccountRole.USER);
        accounts.right(importer.account(), clerk, sub, ENTRIES, VIEW, null, null, new PortCode("0101"));

        assertThat(seenBy(PortalClient.signedIn(mvc, clerk), "")).containsExactly(atPortland);
        assertThat(seenBy(PortalClient.signedIn(mvc, importer.owner()), "")).containsExactly(atBaltimore, atPortland);
    }

    @Test
    void aGranteeSeesTheGrantorsEntriesWhileTheGrantLastsAndNotAfterItIsRevoked() {
        Importer importer = importer("srchgrantor");
        Broker broker = broker("srchgrb");
        Broker grantee = broker("srchgrantee");
        String entry = file(broker, importer.number());
        PortalClient granteeOwner = PortalClient.signedIn(mvc, grantee.owner());
        assertThat(seenBy(granteeOwner, "")).isEmpty();

        CrossAccountGrant grant = accounts.grant(importer.account(), grantee.account(),
                new GrantScope(importer.account().subAccounts().getFirst().id(), ENTRIES, VIEW));
        assertThat(seenBy(granteeOwner, "")).containsExactly(entry);

        accounts.revoke(grant, importer.owner().id());
        assertThat(seenBy(granteeOwner, "")).isEmpty();
    }

    @Test
    void officersSeeEveryEntryAndPartnerAgencyUsersAreRefused() {
        Importer importer = importer("srchoff");
        Broker broker = broker("srchoffb");
        String entry = file(broker, importer.number());
        PortalClient officer = PortalClient.signedIn(mvc, users.create("srchofficer", Role.OFFICER));
        assertThat(seenBy(officer, "filerCode=" + broker.filerCode())).containsExactly(entry);
        assertThat(officer.get("/entries?filerCode=" + broker.filerCode()).body()).contains(entry);

        PortalClient agency = PortalClient.signedIn(mvc, users.create("srchpga", Role.PGA));
        assertThat(agency.get("/entries").status()).isEqualTo(403);
        MockHttpServletResponse api = agency.exchange(MockMvcRequestBuilders.get(API).accept(MediaType.APPLICATION_JSON));
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(text(api)).doesNotContain(entry);
    }

    @Test
    void aTradeUserWithoutAnyEntriesRightSeesNoEntriesAndNoEntriesLink() {
        Broker broker = broker("srchnone");
        file(broker, FilingFixtures.DEMO_IMPORTER);
        PortalClient nobody = PortalClient.signedIn(mvc, users.create("srchnobody", Role.TRADE));
        assertThat(seenBy(nobody, "")).isEmpty();
        assertThat(nobody.get("/").body()).doesNotContain("href=\"/entries\"");
        assertThat(PortalClient.signedIn(mvc, broker.owner()).get("/").body()).contains("href=\"/entries\"");
    }

    // --- filters, order and pages -------------------------------------------------------------------------------

    private String row(Broker broker, String type, LocalDate summary, LocalDate entered, String port, String status,
                       String release, String hts, String country, String importerNumber) {
        String number = broker.nextEntryNumber().compact();
        byte[] digest = context.getBean(org.openace.privacy.PersonalDataVault.class)
                .digest(org.openace.reference.ImporterNumber.parse(importerNumber).orElseThrow().identifier());
        List<String> prefixes = new ArrayList<>();
        for (int length = 4; length <= hts.length(); length += 2) {
            prefixes.add(hts.substring(0, length));
        }
        jdbc.sql("""
                insert into entry_summary (entry_number, filer_code, current_version, status, release_status, entry_type,
                    summary_date, entry_date, port_of_entry, mode_of_transport, country_of_origin, importer_digest,
                    importer_display, filer_sub_account_id, line_count, entered_value, duty, tax, fees, other,
                    hts_prefixes, origin_countries, liquidation_deadline, filed_at, updated_at, change_seq)
                values (:n, :filer, 1, :status, :release, :type, :summary, :entered, :port, '30', :country, :digest,
                    '***MASKED', :sub, 1, 1000.00, 25.50, 0, 3.46, 0, cast(:hts as text[]), cast(:countries as char(2)[]),
                    :deadline, now(), now(), nextval('entry_change_seq'))
                """).param("n", number).param("filer", broker.filerCode()).param("status", status)
                .param("release", release).param("type", type).param("summary", summary).param("entered", entered)
                .param("port", port).param("country", country).param("digest", digest)
                .param("sub", broker.sub().id().value()).param("hts", "{" + String.join(",", prefixes) + "}")
                .param("countries", "{" + country + "}").param("deadline", entered.plusYears(1)).update();
        return number.substring(0, 3) + "-" + number.substring(3, 10) + "-" + number.substring(10);
    }

    @Test
    void eachFilterFindsExactlyTheEntriesThatMatchIt() {
        Broker broker = broker("srchfilter");
        LocalDate d = LocalDate.of(2026, 6, 1);
        String a = row(broker, "01", d, d.minusDays(3), "0101", "ACCEPTED", "RELEASED", "9403200017", "CN", "262704-DEMO1");
        String b = row(broker, "03", d.plusDays(10), d.plusDays(5), "1303", "REJECTED", "HELD", "7208100015", "KR",
                "262704-DEMO1");
        String c = row(broker, "11", d.plusDays(20), d.plusDays(19), "0101", "LIQUIDATED", "HOLD_LIFTED", "9403600080",
                "VN", "27-123456700");

        assertThat(seenWithToken(broker, "")).containsExactly(c, b, a);
        assertThat(seenWithToken(broker, "summaryFrom=2026-06-05")).containsExactly(c, b);
        assertThat(seenWithToken(broker, "summaryTo=2026-06-11")).containsExactly(b, a);
        assertThat(seenWithToken(broker, "entryFrom=2026-06-07&entryTo=2026-06-30")).containsExactly(c);
        assertThat(seenWithToken(broker, "entryType=03")).containsExactly(b);
        assertThat(seenWithToken(broker, "port=0101")).containsExactly(c, a);
        assertThat(seenWithToken(broker, "filerCode=" + broker.filerCode().toLowerCase())).containsExactly(c, b, a);
        assertThat(seenWithToken(broker, "filerCode=ZZZ")).isEmpty();
        assertThat(seenWithToken(broker, "status=REJECTED")).containsExactly(b);
        assertThat(seenWithToken(broker, "releaseStatus=HOLD_LIFTED")).containsExactly(c);
        assertThat(seenWithToken(broker, "hts=9403")).containsExactly(c, a);
        assertThat(seenWithToken(broker, "hts=9403.20")).containsExactly(a);
        assertThat(seenWithToken(broker, "hts=9403.20.00")).containsExactly(a);
        assertThat(seenWithToken(broker, "hts=7208.10.00.15")).containsExactly(b);
        assertThat(seenWithToken(broker, "country=kr")).containsExactly(b);
        assertThat(seenWithToken(broker, "sort=entry-date-asc")).containsExactly(a, b, c);
        assertThat(seenWithToken(broker, "sort=summary-date-asc")).containsExactly(a, b, c);

        List<String> withImporter = new ArrayList<>();
        MockHttpServletResponse byImporter = send(MockMvcRequestBuilders.get(API)
                .header("Authorization", "Bearer " + broker.token()).header("Importer-Number", "27-123456700"));
        JSON.readTree(text(byImporter)).get("entries").forEach(e -> withImporter.add(e.get("entryNumber").asString()));
        assertThat(withImporter).containsExactly(c);
    }

    @Test
    void theImporterNumberTypedInTheFormNeverAppearsInTheAddressAndNarrowsTheResults() {
        Broker broker = broker("srchform");
        LocalDate d = LocalDate.of(2026, 5, 1);
        String demo = row(broker, "01", d, d, "0101", "ACCEPTED", "RELEASED", "9403200017", "CN", "262704-DEMO1");
        String other = row(broker, "01", d, d, "0101", "ACCEPTED", "RELEASED", "9403200017", "CN", "27-123456700");
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        client.get("/entries");

        PortalClient.Page sent = client.postNoFollow("/entries", Map.of("importer", "27-123456700", "port", "0101"));

        assertThat(sent.status()).isEqualTo(302);
        String location = sent.header("Location");
        assertThat(location).matches(".*/entries\\?search=[0-9a-f]{16}").doesNotContain("123456700");
        PortalClient.Page results = client.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body()).contains(other).doesNotContain(demo).doesNotContain("27-123456700");

        PortalClient.Page inAddress = client.get("/entries?importer=27-123456700");
        assertThat(inAddress.status()).isEqualTo(400);
        assertThat(inAddress.body()).contains("never sent in a web address");
        MockHttpServletResponse api = send(MockMvcRequestBuilders.get(API + "?importer=27-123456700")
                .header("Authorization", "Bearer " + broker.token()));
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(text(api)).contains("INVALID_SEARCH");
    }

    @Test
    void keysetPagesReturnEveryEntryExactlyOnceInOrder() {
        Broker broker = broker("srchpages");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i / 3);
            expected.add(row(broker, "01", day, day, "0101", "ACCEPTED", "RELEASED", "9403200017", "CN", "262704-DEMO1"));
        }
        List<String> newestFirst = expected.reversed();

        List<String> seen = seenWithToken(broker, "limit=4");
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(new HashSet<>(seen)).hasSize(11);
        assertThat(seenWithToken(broker, "limit=4&sort=entry-number-asc")).containsExactlyElementsOf(
                expected.stream().sorted().toList());
    }

    @Test
    void anEntrySeenFromBothItsImportersAndItsFilersSubAccountIsListedOnceOnEveryPage() {
        PortalUser owner = users.create("srchboth", Role.TRADE);
        TaxIdentifier ein = TestAccounts.ein();
        accounts.importer(owner, ein);
        String number = TestAccounts.importerNumber(ein).value();
        TestReferenceData.importersOnFile(context, number);
        Broker broker = broker("srchbothb");
        accounts.member(broker.account(), owner, org.openace.account.AccountRole.PROXY_OWNER);
        Set<String> filed = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            filed.add(file(broker, number));
        }

        List<String> seen = seenBy(PortalClient.signedIn(mvc, owner), "limit=2");

        assertThat(seen).hasSize(5);
        assertThat(new HashSet<>(seen)).isEqualTo(filed);
    }

    // --- exports -------------------------------------------------------------------------------------------------

    @Test
    void theCsvExportHasTheHeaderEveryRowMaskedImportersAndMoneyWithTwoDecimalsAndIsAudited() {
        Importer importer = importer("srchcsv");
        Broker broker = broker("srchcsvb");
        String first = file(broker, importer.number());
        String second = file(broker, importer.number());
        PortalClient client = PortalClient.signedIn(mvc, importer.owner());

        MockHttpServletResponse csv = client.exchange(MockMvcRequestBuilders.get("/entries/export?format=csv"));

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        String[] lines = text(csv).split("\r\n");
        assertThat(lines[0]).isEqualTo("Entry number,Entry type,Summary date,Entry date,Port of entry,"
                + "Importer number (masked),Filer code,Status,Release status,Lines,Entered value,Duty,Tax,Fees,Other,"
                + "Amount due");
        String display = jdbc.sql("select importer_display from entry_summary where entry_number = ?")
                .param(first.replace("-", "")).query(String.class).single();
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).isEqualTo(second + ",01,2026-09-18,2026-09-14,0101," + display + ","
                + broker.filerCode() + ",ACCEPTED,AWAITING_RELEASE,1,10000.00,0.00,0.00,34.64,0.00,34.64");
        assertThat(lines[2]).startsWith(first + ",");
        assertThat(text(csv)).doesNotContain(importer.number()).doesNotContain(importer.number().replace("-", ""));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'ENTRIES_EXPORTED' and outcome = 'SUCCESS'
                and actor_name = ? and details ->> 'format' = 'csv' and details ->> 'rows' = '2'
                """).param(importer.owner().username().value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theXlsxExportReadsBackWithTypedDatesAndMoney() throws Exception {
        Broker broker = broker("srchxlsx");
        LocalDate d = LocalDate.of(2026, 4, 2);
        String only = row(broker, "01", d, d.minusDays(1), "0101", "ACCEPTED", "RELEASED", "9403200017", "CN",
                "262704-DEMO1");
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        client.get("/entries");
        PortalClient.Page sent = client.postNoFollow("/entries", Map.of("importer", "262704-DEMO1"));
        String search = sent.header("Location").replaceFirst(".*search=", "");

        MockHttpServletResponse xlsx = client.exchange(MockMvcRequestBuilders.get("/entries/export?format=xlsx&search="
                + search));

        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Entry number");
            assertThat(sheet.getRow(0).getCell(15).getStringCellValue()).isEqualTo("Amount due");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(only);
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(d);
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(d.minusDays(1));
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("***MASKED");
            assertThat(BigDecimal.valueOf(row.getCell(10).getNumericCellValue())).isEqualByComparingTo("1000.00");
            assertThat(BigDecimal.valueOf(row.getCell(11).getNumericCellValue())).isEqualByComparingTo("25.50");
            assertThat(BigDecimal.valueOf(row.getCell(15).getNumericCellValue())).isEqualByComparingTo("28.96");
            assertThat(row.getCell(15).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
        String details = jdbc.sql("""
                select details::text from audit_event where action = 'ENTRIES_EXPORTED' and actor_name = ?
                """).param(broker.owner().username().value()).query(String.class).single();
        assertThat(details).contains("\"importer\": \"given\"").contains("\"format\": \"xlsx\"")
                .doesNotContain("262704");
    }

    // --- refused parameters --------------------------------------------------------------------------------------

    @Test
    void refusedParametersGetA400ProblemInTheApiAndAFormErrorOnThePage() {
        Broker broker = broker("srchbad");
        for (String query : List.of("summaryFrom=2026-13-45", "summaryFrom=2026-06-02&summaryTo=2026-06-01",
                "entryType=1", "port=abcd", "port=%00", "filerCode=TOOLONG", "status=OPEN", "releaseStatus=x",
                "hts=94", "hts=9403.2", "country=C1", "sort=price", "limit=0", "limit=201", "limit=x",
                "after=not-a-cursor", "after=" + "A".repeat(500))) {
            MockHttpServletResponse api = send(MockMvcRequestBuilders.get(API + "?" + query)
                    .header("Authorization", "Bearer " + broker.token()));
            assertThat(api.getStatus()).as(query).isEqualTo(400);
            assertThat(api.getContentType()).as(query).startsWith("application/problem+json");
            assertThat(JSON.readTree(text(api)).get("code").asString()).as(query).isEqualTo("INVALID_SEARCH");
        }
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        for (String query : List.of("summaryFrom=yesterday", "port=12345", "status=OPEN", "sort=price",
                "after=not-a-cursor", "search=0123456789abcdef", "search=../../etc")) {
            PortalClient.Page page = client.get("/entries?" + query);
            assertThat(page.status()).as(query).isEqualTo(400);
            assertThat(page.body()).as(query).contains("The search could not be run");
        }
        assertThat(client.get("/entries/export?format=pdf").status()).isEqualTo(400);
        assertThat(client.get("/entries/export").status()).isEqualTo(400);
        client.get("/entries");
        PortalClient.Page bad = client.post("/entries", Map.of("importer", "123-45-678", "hts", "12"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Enter the importer number as").contains("Enter an HTS number")
                .doesNotContain("123-45-678");
    }
}
