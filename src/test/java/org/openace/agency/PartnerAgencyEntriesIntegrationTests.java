package org.openace.agency;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openace.filing.AgencyEntries;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.ImporterNumber;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner agency users within their agreement (issue 11, G2), through the pages: an agency covering heading 9403 by a
 * program, with hold authority and without personal data, and one covering chapter 01 plainly, with personal data and
 * without hold authority. Each sees the covered lines only (an entry of a 9403 line and an 01 line shows each agency
 * its own), the importer only where allowed; an entry or an HTS filter outside the agreement is refused (404,
 * audited) and discloses nothing; each page of results records one disclosure per importer, an opened entry one;
 * holds are placed and lifted in the agency's name only with the authority and within the agreement, and only the
 * agency's own holds are lifted by it; the officer reads the accounting per importer, the number sent by POST.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerAgencyEntriesIntegrationTests {

    private static final String FURNITURE = "9403.20.00.17";
    private static final String HORSES = "0101.21.00.10";
    /** The HTS numbers as the tables' cells show them (the search form's hint names 9403.20.00.17 as an example). */
    private static final String FURNITURE_CELL = ">" + FURNITURE + "</td>";
    private static final String HORSES_CELL = ">" + HORSES + "</td>";
    /** The summary date of this class's entries, searched for so that other classes' entries stay off the page. */
    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 5, 19);
    private static final String ON_DAY = "from=" + DAY + "&to=" + DAY;

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
    AgencyEntries agencyEntries;

    TaxIdentifier ein;
    String subject;
    EntryNumber furnitureOnly;
    EntryNumber both;
    EntryNumber horsesOnly;
    PortalClient admin;
    PortalClient holding;
    PortalClient personal;
    PortalClient officer;

    @BeforeAll
    void agenciesAndEntries() throws Exception {
        TestReferenceData.loadSamples(context);
        ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        accounts.importer(users.create("pgaeimp", Role.TRADE), ein);
        subject = agencyEntries.importerSubject(ImporterNumber.parse(ein.value()).orElseThrow());
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "pgaebrk");
        furnitureOnly = file(broker, line(1, FURNITURE, "10000.00", "34.64"), "10000.00", "34.64");
        both = file(broker, line(1, FURNITURE, "5000.00", "17.32") + ", " + line(2, HORSES, "5000.00", "17.32"),
                "10000.00", "34.64");
        horsesOnly = file(broker, line(1, HORSES, "10000.00", "34.64"), "10000.00", "34.64");

        PortalUser holder = users.create("pgaehold", Role.PGA);
        PortalUser personalUser = users.create("pgaepers", Role.PGA);
        PortalUser cbp = users.create("pgaeoff", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(cbp.id().value()).update();
        admin = PortalClient.signedIn(mvc, users.create("pgaeadm", Role.ADMINISTRATOR));
        PortalClient.Page page = admin.post("/admin/agencies", Map.of("code", "PGAH", "name", "Holding Agency",
                "hts", "", "programs", "ALC | Lacey Act plant products | 9403", "holdAuthority", "true"));
        assertThat(page.path()).as(page.body()).isEqualTo("/admin/agencies/PGAH");
        assertThat(page.body()).contains("ALC (9403)", "may hold cargo", "never disclosed");
        admin.post("/admin/agencies", Map.of("code", "PGAN", "name", "Naming Agency", "hts", "01",
                "personalData", "true"));
        admin.post("/admin/agencies/PGAH/members", Map.of("username", holder.username().value()));
        admin.post("/admin/agencies/PGAN/members", Map.of("username", personalUser.username().value()));
        holding = PortalClient.signedIn(mvc, holder);
        personal = PortalClient.signedIn(mvc, personalUser);
        officer = PortalClient.signedIn(mvc, cbp);
    }

    private static String line(int number, String hts, String value, String mpf) {
        return """
                {"lineNumber": %d, "countryOfOrigin": "CN", "manufacturerId": "CNSHAFAC123SHA", "related": false,
                 "charges": "120.00", "ordinals": [{"htsNumber": "%s", "enteredValue": "%s",
                 "quantities": [{"value": "20", "unit": "NO"}], "rate": {"adValoremPercent": "0"}, "duty": "0.00"}],
                 "fees": [{"classCode": "499", "amount": "%s"}]}""".formatted(number, hts, value, mpf);
    }

    private EntryNumber file(Broker broker, String lines, String value, String mpf) throws Exception {
        EntryNumber number = broker.nextEntryNumber();
        String json = FilingFixtures.summary(number, ein.value(), value, mpf)
                .replace("2026-09-18", DAY.toString()).replace("2026-09-14", DAY.minusDays(3).toString())
                .replace("2026-09-12", DAY.minusDays(5).toString())
                .replace("2026-08-20", DAY.minusDays(30).toString());
        String oneLine = json.substring(json.indexOf("\"lines\": [") + "\"lines\": [".length(),
                json.indexOf("],\n  \"summaryFees\""));
        json = json.replace(oneLine, lines);
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return number;
    }

    private int disclosures(String agency) {
        return jdbc.sql("select count(*) from disclosure_record where subject_type = 'IMPORTER' and subject_id = ? "
                + "and recipient like ?").params(subject, agency + " (%").query(Integer.class).single();
    }

    private int audited(String action, String outcome) {
        return jdbc.sql("select count(*) from audit_event where action = ? and outcome = ?").params(action, outcome)
                .query(Integer.class).single();
    }

    @Test
    void anAgencySeesItsCoveredLinesOnlyWithoutTheImporterUnlessAllowedAndEachLookIsAccounted() {
        int before = disclosures("PGAH");
        PortalClient.Page page = holding.get("/agency/entries?" + ON_DAY);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(furnitureOnly.formatted(), both.formatted(), FURNITURE_CELL)
                .doesNotContain(horsesOnly.formatted(), HORSES_CELL, ein.masked());
        // one importer on the page: one disclosure, whatever the number of its entries and lines
        assertThat(disclosures("PGAH")).isEqualTo(before + 1);
        String purpose = jdbc.sql("select purpose from disclosure_record where subject_id = ? and recipient like "
                + "'PGAH (%' order by disclosed_at desc, purpose limit 1").param(subject).query(String.class).single();
        assertThat(purpose).contains(both.formatted(), "without the importer's identity").doesNotContain(ein.value());

        PortalClient.Page entry = holding.get("/agency/entries/" + both.formatted());
        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.body()).contains(FURNITURE_CELL, "does not allow personal data").doesNotContain(HORSES_CELL,
                ein.masked());
        assertThat(disclosures("PGAH")).isEqualTo(before + 2);

        int named = disclosures("PGAN");
        PortalClient.Page naming = personal.get("/agency/entries?hts=0101&" + ON_DAY);
        assertThat(naming.status()).isEqualTo(200);
        assertThat(naming.body()).contains(both.formatted(), horsesOnly.formatted(), HORSES_CELL, ein.masked())
                .doesNotContain(furnitureOnly.formatted(), FURNITURE_CELL, ein.value());
        assertThat(disclosures("PGAN")).isEqualTo(named + 1);
        PortalClient.Page opened = personal.get("/agency/entries/" + both.formatted());
        assertThat(opened.body()).contains(HORSES_CELL, ein.masked()).doesNotContain(FURNITURE_CELL);
        assertThat(disclosures("PGAN")).isEqualTo(named + 2);
        assertThat(audited("AGENCY_ENTRY_VIEWED", "SUCCESS")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theSearchAnswersInJsonTooWithProblemDocumentsForRefusals() throws Exception {
        int before = disclosures("PGAN");
        MockHttpServletResponse named = personal.exchange(MockMvcRequestBuilders
                .get("/agency/entries/search.json?hts=0101&" + ON_DAY).accept(MediaType.APPLICATION_JSON));
        assertThat(named.getStatus()).isEqualTo(200);
        assertThat(named.getContentAsString()).contains("\"agency\":\"PGAN\"", "\"htsNumber\":\"" + HORSES + "\"",
                both.formatted(), horsesOnly.formatted(), "\"importer\":\"" + ein.masked() + "\"")
                .doesNotContain(FURNITURE, furnitureOnly.formatted(), ein.value());
        assertThat(disclosures("PGAN")).isEqualTo(before + 1);
        MockHttpServletResponse anonymous = holding.exchange(MockMvcRequestBuilders
                .get("/agency/entries/search.json?" + ON_DAY).accept(MediaType.APPLICATION_JSON));
        assertThat(anonymous.getContentAsString()).contains(furnitureOnly.formatted(), FURNITURE)
                .doesNotContain("\"importer\"", ein.masked(), HORSES);
        MockHttpServletResponse outside = personal.exchange(MockMvcRequestBuilders
                .get("/agency/entries/search.json?hts=9403").accept(MediaType.APPLICATION_JSON));
        assertThat(outside.getStatus()).isEqualTo(404);
        assertThat(outside.getContentAsString()).contains("\"code\":\"OUTSIDE_AGREEMENT\"");
        MockHttpServletResponse bad = personal.exchange(MockMvcRequestBuilders
                .get("/agency/entries/search.json?from=yesterday").accept(MediaType.APPLICATION_JSON));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("\"code\":\"INVALID_FILTER\"");
        assertThat(disclosures("PGAN")).isEqualTo(before + 1);
    }

    @Test
    void askingOutsideTheAgreementIsRefusedAuditedAndDisclosesNothing() {
        int refused = audited("AGENCY_ACCESS_REFUSED", "DENIED");
        int before = disclosures("PGAN");
        PortalClient.Page outside = personal.get("/agency/entries/" + furnitureOnly.formatted());
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.body()).contains("Not within your agency's agreement").doesNotContain(FURNITURE_CELL);
        PortalClient.Page none = personal.get("/agency/entries/B3M-0000000-0");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).contains("Not within your agency's agreement");
        PortalClient.Page filter = personal.get("/agency/entries?hts=9403.20");
        assertThat(filter.status()).isEqualTo(404);
        assertThat(filter.body()).contains("HTS 940320 is not within your agency&#39;s agreement")
                .doesNotContain(furnitureOnly.formatted());
        assertThat(personal.get("/agency/entries?hts=94x&port=1").status()).isEqualTo(400);
        assertThat(disclosures("PGAN")).isEqualTo(before);
        assertThat(audited("AGENCY_ACCESS_REFUSED", "DENIED")).isGreaterThanOrEqualTo(refused + 3);
        // an officer or a trade user is not a partner agency user
        assertThat(officer.get("/agency/entries").status()).isEqualTo(403);
    }

    @Test
    void holdsArePlacedAndLiftedInTheAgencysNameOnlyWithTheAuthorityWithinTheAgreement() {
        String entryPage = "/agency/entries/" + furnitureOnly.formatted();
        holding.get(entryPage);
        PortalClient.Page missing = holding.post(entryPage + "/holds", Map.of("reason", " "));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Enter the reason for the hold");
        assertThat(openHolds(furnitureOnly, "PGAH")).isZero();

        PortalClient.Page held = holding.post(entryPage + "/holds", Map.of("reason", "Lacey Act declaration missing"));
        assertThat(held.path()).isEqualTo(entryPage);
        assertThat(held.body()).contains("is placed on the cargo", "Lacey Act declaration missing", "Lift hold 1");
        assertThat(openHolds(furnitureOnly, "PGAH")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ENTRY_HELD' and object_id = ?")
                .param(furnitureOnly.formatted()).query(Integer.class).single()).isEqualTo(1);

        // outside the agreement: refused, nothing held
        int refused = audited("AGENCY_ACCESS_REFUSED", "DENIED");
        assertThat(holding.post("/agency/entries/" + horsesOnly.formatted() + "/holds",
                Map.of("reason", "Not ours")).status()).isEqualTo(404);
        assertThat(openHolds(horsesOnly, "PGAH")).isZero();
        // without hold authority: refused, nothing held
        PortalClient.Page noAuthority = personal.post("/agency/entries/" + horsesOnly.formatted() + "/holds",
                Map.of("reason", "Sample"));
        assertThat(noAuthority.status()).isEqualTo(403);
        assertThat(noAuthority.body()).contains("does not give it the authority to hold cargo");
        assertThat(openHolds(horsesOnly, "PGAN")).isZero();
        assertThat(audited("AGENCY_ACCESS_REFUSED", "DENIED")).isEqualTo(refused + 2);

        // a CBP hold is not the agency's to lift; its own is
        officer.get("/officer/entries/" + furnitureOnly.formatted() + "/actions");
        officer.post("/officer/entries/" + furnitureOnly.formatted() + "/actions/hold",
                Map.of("authority", "CBP", "reason", "Exam"));
        assertThat(openHolds(furnitureOnly, "CBP")).isEqualTo(1);
        assertThat(holding.get(entryPage).body()).as("another authority's reason is not the agency's to read")
                .doesNotContain(">Exam<").contains("Not shared: held by another authority");
        assertThat(holding.post(entryPage + "/holds/2/lift", Map.of()).status()).isEqualTo(403);
        assertThat(openHolds(furnitureOnly, "CBP")).isEqualTo(1);
        PortalClient.Page lifted = holding.post(entryPage + "/holds/1/lift", Map.of());
        assertThat(lifted.body()).contains("Hold 1 on the cargo of entry " + furnitureOnly.formatted() + " is lifted");
        assertThat(openHolds(furnitureOnly, "PGAH")).isZero();
    }

    private int openHolds(EntryNumber entry, String authority) {
        return jdbc.sql("select count(*) from entry_hold where entry_number = ? and authority = ? and lifted_on is null")
                .params(entry.compact(), authority).query(Integer.class).single();
    }

    @Test
    void theOfficerReadsTheAccountingOfDisclosuresPerImporterWithTheNumberNeverInTheAddress() {
        holding.get("/agency/entries/" + furnitureOnly.formatted());
        officer.get("/officer/disclosures");
        assertThat(officer.get("/officer/disclosures").status()).isEqualTo(200);
        PortalClient.Page page = officer.post("/officer/disclosures", Map.of("importer", ein.value()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.path()).isEqualTo("/officer/disclosures");
        assertThat(page.body()).contains("PGAH (Holding Agency)", "Entry opened within the agency&#39;s agreement",
                furnitureOnly.formatted(), ein.masked()).doesNotContain(ein.value());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DISCLOSURES_VIEWED' "
                + "and details::text like ?").param("%" + ein.value() + "%").query(Integer.class).single()).isZero();
        assertThat(officer.post("/officer/disclosures", Map.of("importer", "not a number")).status()).isEqualTo(400);
        assertThat(holding.get("/officer/disclosures").status()).isEqualTo(403);
        holding.get("/agency/entries/" + furnitureOnly.formatted());
    }

    @Test
    void badProgramsAreRefusedOnTheFormAndChangesAreAudited() {
        PortalClient.Page page = admin.post("/admin/agencies", Map.of("code", "PGAX", "name", "Bad", "hts", "",
                "programs", "FOO Foods 03"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Line 1 of the programs: write the program&#39;s code, name");
        page = admin.post("/admin/agencies", Map.of("code", "PGAX", "name", "Bad", "hts", "",
                "programs", "FOO | Foods | 03\nFOO | Again | 04"));
        assertThat(page.body()).contains("Line 2 of the programs: the program FOO is listed twice");
        page = admin.post("/admin/agencies", Map.of("code", "PGAX", "name", "Bad", "hts", "03",
                "holdAuthority", "yes please"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Tick the box or leave it empty.");
        assertThat(jdbc.sql("select count(*) from partner_agency where code = 'PGAX'").query(Integer.class).single())
                .isZero();
        admin.post("/admin/agencies/PGAN", Map.of("name", "Naming Agency", "hts", "01",
                "programs", "AVS | Veterinary Services | 0102", "personalData", "true", "holdAuthority", "true"));
        assertThat(jdbc.sql("select details->>'toPrograms' from audit_event where action = 'AGENCY_AGREEMENT_CHANGED' "
                + "and object_id = 'PGAN' order by seq desc limit 1").query(String.class).single())
                .isEqualTo("AVS:0102");
        admin.post("/admin/agencies/PGAN", Map.of("name", "Naming Agency", "hts", "01", "personalData", "true"));
    }
}
