package org.openace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}): do webhooks slow
 * filings? Entry summaries are filed through the filing API ({@code POST /api/v1/entry-summaries} with the broker's
 * token, through MockMvc: the whole Spring stack without Tomcat) by {@value #CLIENTS} client threads for
 * {@value #MEASURED_SECONDS} s after {@value #WARM_UP_SECONDS} s of warm-up, in one run, side by side: a first round
 * that only warms the JVM up (not counted), then with no webhook endpoint, then with an endpoint of the broker's
 * account that asked for {@code entry_summary.accepted} (every filing), whose receiver (an {@link HttpServer} on this
 * machine) takes {@value #RECEIVER_MILLIS} ms to answer each request, then with the endpoint deleted again (so that a
 * drift of the shared machine over the run shows). Prints the filings per second of each, the deliveries written
 * and delivered in the second, the deliveries per second achieved (at most {@code dispatcher-threads} / 2 s per node
 * against such a receiver) and the backlog left, and then the filings' p50/p95 latencies of each.
 * <p>
 * Run: {@code ./mvnw -q -o verify -Dit.test=WebhookDeliveryBenchmark -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false} and read
 * {@code target/failsafe-reports/org.openace.bench.WebhookDeliveryBenchmark-output.txt} (lines "WEBHOOK BENCHMARK").
 * Add {@code -Dopenace.webhooks.dispatcher-threads=16} to try another pool.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=webhook-benchmark")
class WebhookDeliveryBenchmark {

    static final int CLIENTS = 8;
    static final int WARM_UP_SECONDS = 5;
    static final int MEASURED_SECONDS = 30;
    static final int RECEIVER_MILLIS = 2_000;

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

    final AtomicLong received = new AtomicLong();

    record Run(String name, long filed, long failed, double perSecond, long p50, long p95) {
    }

    @Test
    void filingsPerSecondWithoutAndWithASlowReceiver() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService receiverThreads = Executors.newFixedThreadPool(64);
        receiver.setExecutor(receiverThreads);
        receiver.createContext("/slow", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            try {
                Thread.sleep(RECEIVER_MILLIS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            TestReferenceData.loadSamples(context);
            Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "whbench");
            System.out.printf("WEBHOOK BENCHMARK: %d client threads, %d s warm-up + %d s measured per run, receiver "
                            + "answers after %d ms, %d cores, load %s%n", CLIENTS, WARM_UP_SECONDS, MEASURED_SECONDS,
                    RECEIVER_MILLIS, Runtime.getRuntime().availableProcessors(), load());

            file(broker, "warm-up (not counted)");
            Run without = file(broker, "no webhook endpoint");

            PortalClient owner = PortalClient.signedIn(mvc, broker.owner());
            String page = "/accounts/" + broker.account().account().id() + "/webhooks";
            owner.get(page);
            PortalClient.Page registered = owner.post(page, Map.of("url", "http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/slow", "description", "Slow receiver",
                    "events", "ENTRY_SUMMARY_ACCEPTED"));
            if (registered.status() != 200) {
                throw new AssertionError("endpoint not registered: " + registered.status());
            }
            long receivedBefore = received.get();
            long deliveredBefore = delivered();
            Run with = file(broker, "endpoint, receiver takes " + RECEIVER_MILLIS + " ms");
            long deliveredDuring = delivered() - deliveredBefore;
            long receivedDuring = received.get() - receivedBefore;
            long written = jdbc.sql("select count(*) from webhook_delivery").query(Long.class).single();
            long pending = jdbc.sql("select count(*) from webhook_delivery where status = 'PENDING'")
                    .query(Long.class).single();
            String endpoint = jdbc.sql("select id::text from webhook_endpoint where account_id = ?")
                    .param(broker.account().account().id().value()).query(String.class).single();
            owner.get(page + "/" + endpoint);
            owner.post(page + "/" + endpoint + "/delete", Map.of());
            Run again = file(broker, "no webhook endpoint again (deleted)");

            System.out.printf("WEBHOOK BENCHMARK | run | filed | refused | filings/s | p50 ms | p95 ms |%n");
            for (Run run : List.of(without, with, again)) {
                System.out.printf("WEBHOOK BENCHMARK | %s | %,d | %d | %.1f | %d | %d |%n", run.name(), run.filed(),
                        run.failed(), run.perSecond(), run.p50(), run.p95());
            }
            double seconds = WARM_UP_SECONDS + MEASURED_SECONDS;
            System.out.printf("WEBHOOK BENCHMARK deliveries: %,d written during the second run (one per accepted "
                            + "filing), %,d delivered (%,d answered by the receiver) in its %.0f s = %.2f/s; %,d "
                            + "still pending (the backlog), none lost; load %s%n", written, deliveredDuring,
                    receivedDuring, seconds, deliveredDuring / seconds, pending, load());
            System.out.printf("WEBHOOK BENCHMARK filings with the slow receiver: %.1f %% of the mean of the two runs without%n",
                    100.0 * with.perSecond() / ((without.perSecond() + again.perSecond()) / 2));
        }
        finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    private long delivered() {
        return jdbc.sql("select count(*) from webhook_delivery where status = 'DELIVERED'").query(Long.class).single();
    }

    private Run file(Broker broker, String name) throws InterruptedException {
        AtomicLong filed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(MEASURED_SECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    EntryNumber number = broker.nextEntryNumber();
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                                .header("Authorization", "Bearer " + broker.token())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER)))
                                .andReturn().getResponse().getStatus();
                    }
                    catch (Exception e) {
                        status = 599;
                    }
                    long answered = System.nanoTime();
                    if (sent >= measureFrom && answered <= end) {
                        if (status == 201) {
                            filed.incrementAndGet();
                            latencies.add((answered - sent) / 1_000_000);
                        }
                        else {
                            failed.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(MEASURED_SECONDS + WARM_UP_SECONDS + 60, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        long p50 = sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        long p95 = sorted.isEmpty() ? -1 : sorted.get((int) (sorted.size() * 0.95));
        return new Run(name, filed.get(), failed.get(), filed.get() / (double) MEASURED_SECONDS, p50, p95);
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        }
        catch (IOException e) {
            return "?";
        }
    }
}
