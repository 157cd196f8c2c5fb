package org.openace.filing.intake;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openace.OpenAceApplication;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.test.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, crash safety: the portal (in a process of its own, on the demo profile's durable embedded PostgreSQL, as
 * it runs in production) is killed with SIGKILL, and its PostgreSQL with it, while 32 clients file 1,200 summaries
 * through the API. Started again on the same data, every summary acknowledged before the kill is there (sent again,
 * it is answered as already filed), the clients' retries create no duplicate (every answer is version 1), and the
 * audit chain verifies.
 */
class IntakeCrashSafetyIntegrationTests {

    private static final String DEMO_TOKEN = "oat_DEMO-broker-D3M-for-the-demo-profile-only-1";
    private static final int SUMMARIES = 1_200;
    private static final int CLIENTS = 32;
    private static final int KILL_AFTER_ACKNOWLEDGED = 300;

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void killedDuringConcurrentFilingItLosesNoAcknowledgedSummaryAndRetriesMakeNoDuplicate() throws Exception {
        int port = freePort();
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < SUMMARIES; i++) {
            summaries.add(FilingFixtures.summary(EntryNumber.of("D3M", String.valueOf(9_500_000 + i)),
                    FilingFixtures.DEMO_IMPORTER));
        }

        Process portal = start(port, "first");
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < SUMMARIES) {
                    try {
                        if (post(port, summaries.get(i)).statusCode() == 201) {
                            acknowledged.add(i);
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
        long postgres = postgresPid();
        portal.destroyForcibly();
        ProcessHandle.of(postgres).ifPresent(ProcessHandle::destroyForcibly);
        portal.waitFor(30, TimeUnit.SECONDS);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        Set<Integer> acknowledgedBeforeKill = Set.copyOf(acknowledged);
        assertThat(acknowledgedBeforeKill).as("filings acknowledged before the kill").hasSizeGreaterThanOrEqualTo(
                KILL_AFTER_ACKNOWLEDGED);
        assertThat(acknowledgedBeforeKill).as("the kill came while filings were still being sent")
                .hasSizeLessThan(SUMMARIES);

        Process again = start(port, "second");
        try {
            Map<Integer, HttpResponse<String>> retried = new ConcurrentHashMap<>();
            ExecutorService retries = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < SUMMARIES; i++) {
                int index = i;
                retries.submit(() -> {
                    retried.put(index, post(port, summaries.get(index)));
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
            again.destroy();
            if (!again.waitFor(60, TimeUnit.SECONDS)) {
                again.destroyForcibly();
            }
        }

        Process verify = java(List.of("admin", "verify-audit"), "verify");
        assertThat(verify.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(folder.resolve("verify.out"), StandardCharsets.UTF_8);
        assertThat(verify.exitValue()).as(output).isZero();
        assertThat(output).contains("The audit chain is intact.");
    }

    private HttpResponse<String> post(int port, String summary) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/entry-summaries"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + DEMO_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(summary)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Process start(int port, String name) throws Exception {
        Process process = java(List.of("--server.port=" + port), name);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal exited: " + Files.readString(folder.resolve(name + ".out")));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("\"status\":\"UP\"")) {
                    return process;
                }
            }
            catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the portal was not healthy within 3 minutes");
    }

    /** The portal's main class in a process of its own on the test class path, the demo profile, this test's data. */
    private Process java(List<String> arguments, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> line = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                OpenAceApplication.class.getName()));
        line.addAll(arguments);
        line.addAll(List.of("--spring.profiles.active=demo",
                "--openace.database.embedded.data-directory=" + folder.resolve("postgres"),
                "--openace.keys.file=" + folder.resolve("keys"),
                "--openace.audit.anchor-file=" + folder.resolve("chain-head.anchor"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.port(),
                "--logging.file.name=target/test-logs/openace-crash-" + name + ".log"));
        return new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(folder.resolve(name + ".out").toFile()).start();
    }

    private long postgresPid() throws IOException {
        return Long.parseLong(Files.readAllLines(folder.resolve("postgres").resolve("postmaster.pid")).getFirst().trim());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
