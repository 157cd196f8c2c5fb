package org.openace.filing.detail;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.core.OpenTradeAccount;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's numbers of entries for trade users (F4): each counts what it says over the entries the user may
 * see, an entry visible from both sides once, and links to the entry search filtered the same way.
 */
@PortalTest
class EntriesWaitingIntegrationTests {

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

    @Test
    void theHomePageCountsThisWeeksRejectedHeldAndSoonLiquidatingEntriesTheUserMaySee() {
        TaxIdentifier tax = TestAccounts.ein();
        PortalUser importerOwner = users.create("homeimp", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner, tax);
        TestReferenceData.importersOnFile(context, tax.value());
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "homebrk");
        Broker otherBroker = FilingFixtures.broker(mvc, users, accounts, jdbc, "homeoth");
        List<EntryNumber> entries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EntryNumber number = broker.nextEntryNumber();
            MockHttpServletResponse filed = file(broker, FilingFixtures.summary(number, tax.value()));
            assertThat(filed.getStatus()).isEqualTo(201);
            entries.add(number);
        }
        LocalDate today = accounts.today();
        set(entries.get(0), "summary_date = ?", Date.valueOf(today));
        set(entries.get(1), "summary_date = ?", Date.valueOf(today));
        set(entries.get(1), "status = 'REJECTED', resubmit_by = ?", Date.valueOf(today.plusDays(2)));
        set(entries.get(2), "release_status = 'HELD', summary_date = ?", Date.valueOf(today.minusDays(20)));
        set(entries.get(3), "status = 'LIQUIDATION_SCHEDULED', liquidation_date = ?", Date.valueOf(today.plusDays(30)));
        set(entries.get(4), "status = 'LIQUIDATION_SCHEDULED', liquidation_date = ?", Date.valueOf(today.plusDays(31)));

        for (PortalUser user : List.of(importerOwner, broker.owner())) {
            String home = PortalClient.signedIn(mvc, user).get("/").body();
            assertThat(home).as(String.valueOf(user.username()))
                    .contains("2 entries were filed this week")
                    .contains("1 rejected entry waits to be corrected and resubmitted")
                    .contains("1 entry is held")
                    .contains("1 entry liquidates within 30 days")
                    .contains("href=\"/entries?status=REJECTED\"")
                    .contains("href=\"/entries?releaseStatus=HELD\"")
                    .contains("href=\"/entries?status=LIQUIDATION_SCHEDULED&amp;liquidatingBefore="
                            + today.plusDays(31) + "\"")
                    .contains("/entries?summaryFrom=");
        }
        String otherHome = PortalClient.signedIn(mvc, otherBroker.owner()).get("/").body();
        assertThat(otherHome).as("another broker counts none of them").doesNotContain("filed this week")
                .doesNotContain("rejected entr").doesNotContain("is held").doesNotContain("liquidat");
        assertThat(importer.subAccounts()).hasSize(1);
    }

    private void set(EntryNumber number, String assignments, Object value) {
        assertThat(jdbc.sql("update entry_summary set " + assignments + " where entry_number = ?")
                .param(value).param(number.compact()).update()).isEqualTo(1);
    }

    private MockHttpServletResponse file(Broker broker, String json) {
        try {
            return mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                    .header("Authorization", "Bearer " + broker.token())
                    .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
