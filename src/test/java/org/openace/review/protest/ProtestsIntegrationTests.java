package org.openace.review.protest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openace.account.core.OpenTradeAccount;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.load.TestReferenceData;
import org.openace.review.form.AnswerUploads;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protests through the pages (issue 11, R4): the importer's owner protests the liquidation of two entries with a
 * document; entries not liquidated, past their 180 days, of two ports, of another importer or already under protest
 * are refused and nothing is stored; accelerated disposition is refused before 90 days, then requested and withdrawn;
 * an officer at another port neither reads nor decides; the port's officer must give reasons, decides, and the
 * decision is in each entry's history and on the trade's page.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtestsIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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
    Clock clock;

    TaxIdentifier ein;
    Broker filer;
    Broker otherBroker;
    PortalClient owner;
    PortalClient cbp;
    PortalClient elsewhere;
    PortalClient stranger;
    PortalUser officer;

    @BeforeAll
    void accounts() {
        TestReferenceData.loadSamples(context);
        ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        PortalUser importerOwner = users.create("protowner", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner, ein);
        assertThat(importer.subAccounts()).isNotEmpty();
        filer = FilingFixtures.broker(mvc, users, accounts, jdbc, "protfiler");
        otherBroker = FilingFixtures.broker(mvc, users, accounts, jdbc, "protother");
        officer = users.create("protofficer", Role.OFFICER);
        PortalUser otherOfficer = users.create("protelsewhere", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officer.id().value()).update();
        jdbc.sql("insert into officer_port (user_id, port) values (?, '2704')").param(otherOfficer.id().value())
                .update();
        owner = PortalClient.signedIn(mvc, importerOwner);
        cbp = PortalClient.signedIn(mvc, officer);
        elsewhere = PortalClient.signedIn(mvc, otherOfficer);
        stranger = PortalClient.signedIn(mvc, otherBroker.owner());
    }

    @Test
    void anImporterProtestsTwoLiquidatedEntriesAndThePortDecides() throws Exception {
        LocalDate today = LocalDate.now(clock);
        EntryNumber first = liquidated(file(filer, ein.value()), today.minusDays(30));
        EntryNumber second = liquidated(file(filer, ein.value()), today.minusDays(179));
        owner.get("/reviews/protests/new");
        MockHttpServletResponse filed = file(owner, first.formatted() + ", " + second.formatted(), "CLASSIFICATION",
                new MockMultipartFile(AnswerUploads.PART, "ruling.pdf", "application/pdf", PDF));
        assertThat(filed.getStatus()).as(filed.getContentAsString()).isEqualTo(302);
        String number = filed.getRedirectedUrl().substring("/reviews/protests/".length());
        assertThat(number).matches("0101-[0-9]{2}-[0-9]{6}");
        assertThat(jdbc.sql("select count(*) from protest_entry where protest_number = ?").param(number)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from protest_document where protest_number = ?").param(number)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(history(first)).contains("PROTEST_FILED");
        assertThat(history(second)).contains("PROTEST_FILED");
        assertThat(owner.get("/reviews/protests").body()).contains(number);
        assertThat(owner.get("/reviews/protests/" + number).body()).contains("The goods are parts", "ruling.pdf");

        // another broker sees nothing; an officer at another port neither reads nor decides
        assertThat(stranger.get("/reviews/protests/" + number).status()).isEqualTo(404);
        assertThat(stranger.get("/reviews/protests").body()).doesNotContain(number);
        assertThat(elsewhere.get("/officer/protests/" + number).status()).isEqualTo(404);
        assertThat(elsewhere.get("/officer/protests").body()).doesNotContain(number);
        assertThat(elsewhere.post("/officer/protests/" + number + "/decision", Map.of("decision", "DENIED",
                "reasons", "No.")).status()).isEqualTo(404);

        // accelerated disposition: not before 90 days; then requested and withdrawn
        owner.get("/reviews/protests/" + number);
        PortalClient.Page early = owner.post("/reviews/protests/" + number + "/accelerated", Map.of("request",
                "request"));
        assertThat(early.body()).contains("90 days after the protest was filed");
        jdbc.sql("update protest set filed_on = filed_on - 91 where protest_number = ?").param(number).update();
        assertThat(owner.post("/reviews/protests/" + number + "/accelerated", Map.of("request", "request")).body())
                .contains("Accelerated disposition is requested", "deemed denied");
        assertThat(owner.post("/reviews/protests/" + number + "/accelerated", Map.of("request", "withdraw")).body())
                .contains("is withdrawn");

        // the port's officer: reasons required, then the decision
        assertThat(cbp.get("/officer/protests").body()).contains(number);
        cbp.get("/officer/protests/" + number);
        PortalClient.Page noReasons = cbp.post("/officer/protests/" + number + "/decision",
                Map.of("decision", "PARTLY_ALLOWED", "reasons", " "));
        assertThat(noReasons.status()).isEqualTo(400);
        assertThat(noReasons.body()).contains("Give the reasons");
        PortalClient.Page decided = cbp.post("/officer/protests/" + number + "/decision", Map.of("decision",
                "PARTLY_ALLOWED", "reasons", "Allowed for the first entry; the second was correctly classified."));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.body()).contains("is decided: Allowed in part");
        assertThat(history(first)).contains("PROTEST_DECIDED");
        assertThat(owner.get("/reviews/protests/" + number).body()).contains("Allowed in part",
                "the second was correctly classified");
        PortalClient.Page again = cbp.post("/officer/protests/" + number + "/decision", Map.of("decision", "DENIED",
                "reasons", "Again."));
        assertThat(again.status()).isEqualTo(409);
        assertThat(jdbc.sql("select action from audit_event where object_id = ? order by seq").param(number)
                .query(String.class).list()).contains("PROTEST_FILED", "PROTEST_ACCELERATION_REQUESTED",
                "PROTEST_ACCELERATION_WITHDRAWN", "PROTEST_DECIDED");
    }

    @Test
    void protestsOutsideTheRulesAreRefusedAndNothingIsStored() throws Exception {
        LocalDate today = LocalDate.now(clock);
        EntryNumber notLiquidated = file(filer, ein.value());
        EntryNumber late = liquidated(file(filer, ein.value()), today.minusDays(181));
        EntryNumber atOtherPort = liquidated(file(filer, ein.value()), today.minusDays(10));
        jdbc.sql("update entry_summary set port_of_entry = '2704' where entry_number = ?")
                .param(atOtherPort.compact()).update();
        EntryNumber fine = liquidated(file(filer, ein.value()), today.minusDays(10));
        TaxIdentifier otherEin = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, otherEin.value());
        accounts.importer(users.create("protother", Role.TRADE), otherEin);
        EntryNumber othersEntry = liquidated(file(filer, otherEin.value()), today.minusDays(10));
        long protests = jdbc.sql("select count(*) from protest").query(Long.class).single();

        owner.get("/reviews/protests/new");
        assertRefused(file(owner, notLiquidated.formatted(), "VALUE", null), 409, "is not liquidated");
        assertRefused(file(owner, late.formatted(), "VALUE", null), 409, "its 180 days to protest ended");
        assertRefused(file(owner, fine.formatted() + " " + atOtherPort.formatted(), "VALUE", null), 409,
                "several ports");
        assertRefused(file(owner, othersEntry.formatted(), "VALUE", null), 400, "is not one you may protest");
        assertRefused(file(owner, "ABC-123", "VALUE", null), 400, "Not entry numbers");
        assertRefused(file(owner, fine.formatted(), "", null), 400, "Choose the decision protested");
        assertThat(jdbc.sql("select count(*) from protest").query(Long.class).single()).isEqualTo(protests);

        MockHttpServletResponse filed = file(owner, fine.formatted(), "VALUE", null);
        assertThat(filed.getStatus()).isEqualTo(302);
        assertRefused(file(owner, fine.formatted(), "VALUE", null), 409, "Already under a protest");
        assertThat(jdbc.sql("select count(*) from protest").query(Long.class).single()).isEqualTo(protests + 1);
    }

    private void assertRefused(MockHttpServletResponse response, int status, String message) throws Exception {
        assertThat(response.getStatus()).as(message).isEqualTo(status);
        assertThat(response.getContentAsString()).contains(message);
    }

    private MockHttpServletResponse file(PortalClient client, String entries, String category,
                                         MockMultipartFile document) {
        var request = MockMvcRequestBuilders.multipart("/reviews/protests");
        if (document != null) {
            request.file(document);
        }
        request.param("entries", entries).param("category", category)
                .param("claims", "Classify under 8708.99.81 at 2.5 percent and refund the difference.")
                .param("arguments", "The goods are parts of motor vehicles, not of furniture.")
                .param("_csrf", client.last().csrf());
        return client.exchange(request);
    }

    private EntryNumber liquidated(EntryNumber number, LocalDate on) {
        jdbc.sql("update entry_summary set status = 'LIQUIDATED', liquidation_date = ?, protest_by = ? "
                        + "where entry_number = ?").param(java.sql.Date.valueOf(on))
                .param(java.sql.Date.valueOf(on.plusDays(180))).param(number.compact()).update();
        return number;
    }

    private EntryNumber file(Broker broker, String importer) throws Exception {
        EntryNumber number = broker.nextEntryNumber();
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(number, importer))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return number;
    }

    private java.util.List<String> history(EntryNumber entry) {
        return jdbc.sql("select kind from entry_history where entry_number = ? order by seq").param(entry.compact())
                .query(String.class).list();
    }
}
