package org.openace.filing.intake;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.test.PortalProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, crash safety: the portal (in a process of its own, on the demo profile's durable embedded PostgreSQL, as
 * it runs in production) is killed with SIGKILL, and its PostgreSQL with it, while 32 clients file 1,200 summaries
 * through the API (half of them one summary per request, half in batches of 10, each batch committed at once). Started again on the same data, every summary acknowledged before the kill is there (sent again,
 * it is answered as already filed), the clients' retries create no duplicate (every answer is version 1), and the
 * audit chain verifies.
 */
class IntakeCrashSafetyIntegrationTests {

    private static final int SUMMARIES = 1_200;
    private static final int CLIENTS = 32;
    private static final int KILL_AFTER_ACKNOWLEDGED = 300;
    /** Half the clients send batches of this many summaries, the other half one per request. */
    private static final int BATCH = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void killedDuringConcurrentFilingItLosesNoAcknowledgedSummaryAndRetriesMakeNoDuplicate() throws Exception {
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < SUMMARIES; i++) {
            summaries.add(FilingFixtures.summary(EntryNumber.of("D3M", String.valueOf(9_500_000 + i)),
                    FilingFixtures.DEMO_IMPORTER));
        }
        PortalProcess portal = new PortalProcess(folder, List.of()).start("first");
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int size = c % 2 == 0 ? 1 : BATCH;
            clients.submit(() -> {
                int i;
                while ((i = next.getAndAdd(size)) < SUMMARIES) {
                    try {
                        if (size == 1) {
                            if (post(portal, summaries.get(i)).statusCode() == 201) {
                                acknowledged.add(i);
                            }
                        }
                        else {
                            acknowledged.addAll(filedOfBatch(portal, summaries, i, Math.min(i + size, SUMMARIES)));
                        }
                    }
                    catch (IOException e) {
                        return; // the server is gone
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && next.get() < SUMMARIES && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        portal.killWithPostgres();
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        Set<Integer> acknowledgedBeforeKill = Set.copyOf(acknowledged);
        assertThat(acknowledgedBeforeKill).as("filings acknowledged before the kill").hasSizeGreaterThanOrEqualTo(
                KILL_AFTER_ACKNOWLEDGED);
        assertThat(acknowledgedBeforeKill).as("the kill came while filings were still being sent")
                .hasSizeLessThan(SUMMARIES);

        portal.start("second");
        try {
            Map<Integer, HttpResponse<String>> retried = new ConcurrentHashMap<>();
            ExecutorService retries = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < SUMMARIES; i++) {
                int index = i;
                retries.submit(() -> {
                    retried.put(index, post(portal, summaries.get(index)));
                    return null;
                });
            }
            retries.shutdown();
            assertThat(retries.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

            assertThat(retried).hasSize(SUMMARIES);
            retried.forEach((index, answer) -> {
                assertThat(answer.statusCode()).as("summary %d: %s", index, answer.body()).isEqualTo(201);
                assertThat(answer.body()).as("one version: no duplicate").contains("\"version\":1,");
            });
            for (int index : acknowledgedBeforeKill) {
                assertThat(retried.get(index).headers().firstValue("Idempotent-Replayed")).as(
                        "acknowledged summary %d survived the kill", index).hasValue("true");
            }
        }
        finally {
            portal.stop();
        }

        PortalProcess.Command verify = portal.admin("verify-audit");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("The audit chain is intact.");
    }

    /** Files summaries [from, to) as one batch; the indexes of those acknowledged as filed (none if no answer). */
    private Set<Integer> filedOfBatch(PortalProcess portal, List<String> summaries, int from, int to)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(portal.uri("/api/v1/entry-summaries/batch"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + PortalProcess.DEMO_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"summaries\": [" + String.join(",",
                        summaries.subList(from, to)) + "]}")).build(), HttpResponse.BodyHandlers.ofString());
        Set<Integer> filed = new HashSet<>();
        if (answer.statusCode() == 200) {
            for (JsonNode result : JSON.readTree(answer.body()).get("results")) {
                if (result.get("httpStatus").asInt() == 201) {
                    filed.add(from + result.get("index").asInt());
                }
            }
        }
        return filed;
    }

    private HttpResponse<String> post(PortalProcess portal, String summary) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(portal.uri("/api/v1/entry-summaries"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + PortalProcess.DEMO_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(summary)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
