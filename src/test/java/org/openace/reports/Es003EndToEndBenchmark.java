package org.openace.reports;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openace.analytics.AnalyticsReads;
import org.openace.analytics.BenchmarkRows;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.ExternalTestDatabase;
import org.openace.test.HeapSampler;
import org.openace.test.TestAccounts;
import org.openace.test.TestConfiguration;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}) of issue 10's
 * "ES-003 for an importer with 1 million lines streamed as CSV", end to end on a real Tomcat: a filer's software asks
 * for ES-003 over a year through the reports API with its token, waits for the run, then downloads the rows as CSV
 * and as XLSX over HTTP, reading the body as it comes and keeping none of it. For {@code bench.rows} ordinals
 * (default 100,000 and 1,000,000, each for a filer of its own, all of one importer): the run's time (queued to
 * finished, DuckDB writing the scoped rows to the run's Parquet file), each download's rows per second, and the heap
 * the server process keeps meanwhile ({@link HeapSampler}: the highest heap in use after a collection, and the pools'
 * peaks). The rows are one entry filed through the API, copied in the analytics store
 * ({@link BenchmarkRows}).
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=Es003EndToEndBenchmark -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false} and read
 * {@code target/failsafe-reports/org.openace.reports.Es003EndToEndBenchmark-output.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestConfiguration.class)
@ContextConfiguration(initializers = {TestMailServer.Initializer.class, ExternalTestDatabase.class})
@TestPropertySource(properties = {"openace.test.context=es003-benchmark", "openace.analytics.enabled=true",
        "openace.reports.results-directory=target/es003-benchmark-results"})
class Es003EndToEndBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
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
    @Autowired
    AnalyticsReads reads;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void es003OfAYearThroughTheApiAsCsvAndXlsx() throws Exception {
        TestReferenceData.loadSamples(context);
        System.out.printf(Locale.ROOT, "ES-003 end to end %s: %d cores, JVM max heap %,d MB, load average %.2f%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                load());
        List<String> table = new ArrayList<>();
        int n = 0;
        for (String size : System.getProperty("bench.rows", "100000,1000000").split(",")) {
            long rows = Long.parseLong(size.strip());
            Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "es3bench" + n++);
            EntryNumber filed = ReportFixtures.file(mvc, broker, FilingFixtures.DEMO_IMPORTER, "10000.00");
            ReportFixtures.awaitInStore(reads, filed);
            long start = System.nanoTime();
            long held = BenchmarkRows.copies(context, filed.compact(), rows - 1, LocalDate.of(2025, 10, 1), 365);
            System.out.printf(Locale.ROOT, "%,d ordinals of filer %s in the store (%.1f s to copy)%n", held,
                    broker.filerCode(), (System.nanoTime() - start) / 1e9);

            long asked = System.nanoTime();
            HttpResponse<String> answer = http.send(request(broker, "/api/v1/reports/ES-003/runs")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"basis\": \"ENTRY_DATE\", \"from\": \"2025-10-01\", "
                            + "\"to\": \"2026-09-30\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202) {
                throw new AssertionError(answer.statusCode() + " " + answer.body());
            }
            String run = answer.headers().firstValue("Location").orElseThrow();
            JsonNode finished = awaitFinished(broker, run);
            double wall = (System.nanoTime() - asked) / 1e9;
            if (!finished.path("status").asString().equals("SUCCEEDED") || finished.path("rows").asLong() != held) {
                throw new AssertionError("The run did not hold the filer's rows: " + finished);
            }
            double ran = Duration.between(Instant.parse(finished.path("startedAt").asString()),
                    Instant.parse(finished.path("finishedAt").asString())).toMillis() / 1e3;
            table.add(String.format(Locale.ROOT, "| %,d | run (queued to finished: %.2f s; DuckDB writing the "
                    + "Parquet result: %.2f s) | %.2f s | %,.0f rows/s | | |", held, wall, ran, wall, held / wall));
            for (String format : List.of("csv", "xlsx")) {
                table.add(download(broker, run, format, held));
            }
        }
        System.out.printf(Locale.ROOT, "%n| Ordinals | Step | Time | Rows per second | Heap kept (highest after a GC) "
                + "| Heap pools' peaks |%n|---|---|---|---|---|---|%n");
        table.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "load average %.2f%n", load());
    }

    private String download(Broker broker, String run, String format, long rows) throws Exception {
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request(broker, run + "/download/" + format).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[65_536];
            int read;
            while ((read = body.read(buffer)) >= 0) {
                bytes += read;
                if (format.equals("csv")) {
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        HeapSampler.Heap kept = heap.stop();
        if (response.statusCode() != 200 || format.equals("csv") && lines != rows + 1) {
            throw new AssertionError(format + ": " + response.statusCode() + ", " + lines + " lines for " + rows
                    + " rows");
        }
        return String.format(Locale.ROOT, "| %,d | %s download over HTTP (%,d bytes) | %.2f s | %,.0f rows/s | %d MB "
                        + "| %d MB |", rows, format.toUpperCase(Locale.ROOT), bytes, seconds, rows / seconds,
                kept.highestAfterGcMb(), kept.peaksMb());
    }

    private JsonNode awaitFinished(Broker broker, String run) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < end) {
            JsonNode state = JSON.readTree(http.send(request(broker, run).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
            if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(state.path("status").asString())) {
                return state;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The run did not finish within 10 minutes");
    }

    private HttpRequest.Builder request(Broker broker, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + broker.token());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
