package org.openace.filing.visibility;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.core.OpenTradeAccount;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An entry is visible from the sub-account that holds its importer number: also when the importer opens its account
 * only after its broker filed the entry.
 */
@PortalTest
class EntryVisibilityIntegrationTests {

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
    void anImporterThatOpensItsAccountAfterItsEntriesWereFiledSeesThemFromThen() throws Exception {
        TaxIdentifier ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "visbroker");
        EntryNumber number = broker.nextEntryNumber();
        int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(number, ein.value()))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        assertThat(importerSubAccount(number)).as("no account holds the importer number yet").isNull();

        OpenTradeAccount.Opened importer = accounts.importer(users.create("visimporter", Role.TRADE), ein);
        UUID importerSub = importer.subAccounts().getFirst().id().value();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(importerSubAccount(number)).isEqualTo(importerSub));
        assertThat(jdbc.sql("select filer_sub_account_id from entry_summary where entry_number = ?")
                .param(number.compact()).query(UUID.class).single()).isEqualTo(broker.sub().id().value());
    }

    private UUID importerSubAccount(EntryNumber number) {
        return jdbc.sql("select importer_sub_account_id from entry_summary where entry_number = ?")
                .param(number.compact()).query(UUID.class).optional().orElse(null);
    }
}
