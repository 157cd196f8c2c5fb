package org.openace.filing.intake;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.filing.store.EntrySummaryStore;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;

/**
 * A batch whose summaries could not be committed together (here: the database fails once in the middle of the
 * batch's transaction) keeps nothing of that transaction and files each summary on its own: every summary is
 * answered as if sent alone, stored once, with one version, one history line and one audit record.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=batch-fallback")
class BatchFallbackIntegrationTests {

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
    @MockitoSpyBean
    EntrySummaryStore store;

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    @Test
    void aBatchNotCommittedTogetherIsFiledSummaryBySummaryAndKeepsNothingTwice() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "batchfallback");
        EntryNumber first = broker.nextEntryNumber();
        EntryNumber second = broker.nextEntryNumber();
        EntryNumber third = broker.nextEntryNumber();
        AtomicBoolean failed = new AtomicBoolean();
        doAnswer(invocation -> {
            // the second summary's version, inside the batch's transaction: the first is already written in it
            if (((Integer) invocation.getArgument(1)) == 1 && invocation.getArgument(0, org.openace.filing.Form7501.class)
                    .entryNumber().equals(second) && failed.compareAndSet(false, true)) {
                throw new TransientDataAccessResourceException("connection lost (test)");
            }
            return invocation.callRealMethod();
        }).when(store).insertVersion(any(), anyInt(), any(), any(), any());
        String batch = "{\"summaries\": [" + FilingFixtures.summary(third, FilingFixtures.DEMO_IMPORTER) + ", "
                + FilingFixtures.summary(first, FilingFixtures.DEMO_IMPORTER) + ", "
                + FilingFixtures.summary(second, FilingFixtures.DEMO_IMPORTER) + "]}";

        var response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries/batch")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(batch)).andReturn().getResponse();

        assertThat(failed).as("the batch's transaction failed once").isTrue();
        JsonNode answer = JSON.readTree(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
        assertThat(answer.get("filed").asInt()).isEqualTo(3);
        for (JsonNode result : answer.get("results")) {
            assertThat(result.get("httpStatus").asInt()).isEqualTo(201);
            assertThat(result.get("version").asInt()).isEqualTo(1);
            assertThat(result.get("replayed").asBoolean()).isFalse();
        }
        for (EntryNumber number : new EntryNumber[] {first, second, third}) {
            assertThat(count("select count(*) from entry_summary_version where entry_number = ?", number.compact()))
                    .isEqualTo(1);
            assertThat(count("select count(*) from entry_history where entry_number = ?", number.compact()))
                    .isEqualTo(1);
            assertThat(count("select count(*) from audit_event where action = 'ENTRY_SUMMARY_FILED' "
                    + "and object_id = ?", number.formatted())).isEqualTo(1);
        }
    }

    private int count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Integer.class).single();
    }
}
