package org.openace.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.json.FilingJson;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}): one file of
 * {@code -Dopenace.bench.upload-summaries} (default 100,000) valid one-line entry summaries as JSON lines, uploaded
 * through {@code POST /api/v1/entry-summary-uploads} and filed by the background worker with every rule and the audit
 * on, on a durable embedded PostgreSQL: how long the receipt takes, and summaries filed per second until the upload
 * is completed.
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=UploadBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false} and read
 * {@code target/failsafe-reports/org.openace.bench.UploadBenchmark-output.txt}.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=upload-benchmark",
        "openace.database.embedded.data-directory=target/upload-benchmark-postgres",
        "openace.database.embedded.durable=true", "spring.datasource.hikari.maximum-pool-size=20"})
class UploadBenchmark {

    private static final Logger log = LoggerFactory.getLogger("org.openace.bench");

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

    @Test
    void fileOfManySummaries() throws Exception {
        int summaries = Integer.getInteger("openace.bench.upload-summaries", 100_000);
        TestReferenceData.loadSamples(context);
        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "uploadbench");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 1; i <= summaries; i++) {
            EntryNumber number = EntryNumber.of(broker.filerCode(), String.format("%07d", i));
            file.write(FilingJson.MAPPER.writeValueAsString(FilingJson.MAPPER.readTree(
                    FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER))).getBytes(StandardCharsets.UTF_8));
            file.write('\n');
        }
        byte[] body = file.toByteArray();

        long start = System.nanoTime();
        MockHttpServletResponse answer = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summary-uploads")
                .header("Authorization", "Bearer " + broker.token())
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .content(new ByteArrayInputStream(body).readAllBytes())).andReturn().getResponse();
        long received = System.nanoTime();
        String id = FilingJson.MAPPER.readTree(answer.getContentAsString()).get("id").asString();
        String status;
        int processed;
        do {
            Thread.sleep(1000);
            var row = jdbc.sql("select status, processed from upload_job where id = ?::uuid").param(id)
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}).single();
            status = (String) row[0];
            processed = (Integer) row[1];
            log.info("upload benchmark: {} of {} processed", processed, summaries);
        } while (!status.equals("COMPLETED"));
        long done = System.nanoTime();
        int filed = jdbc.sql("select filed from upload_job where id = ?::uuid").param(id).query(Integer.class).single();
        double receiptSeconds = (received - start) / 1e9;
        double processingSeconds = (done - received) / 1e9;
        log.info("UPLOAD BENCHMARK: {} summaries, file {} MB; receipt answered in {} s (HTTP {}); filed {} in {} "
                        + "({} summaries/s) with {} cores",
                summaries, String.format("%.1f", body.length / 1048576.0), String.format("%.2f", receiptSeconds),
                answer.getStatus(), filed, Duration.ofMillis((long) (processingSeconds * 1000)),
                String.format("%.0f", filed / processingSeconds), Runtime.getRuntime().availableProcessors());
    }
}
