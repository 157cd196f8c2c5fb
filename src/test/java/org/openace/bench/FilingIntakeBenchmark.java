package org.openace.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.filing.EntryNumber;
import org.openace.test.PortalProcess;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}): entry summaries
 * filed per second through the API, as issue 9 asks: summaries of 5 lines, every validation rule and the audit on,
 * 32 concurrent clients, on the portal in a process of its own (the demo profile: durable embedded PostgreSQL, fsync
 * and synchronous commit on) over real HTTP with the demo API token, clients and portal on the same 2 cores.
 * Two ways of sending, one after the other on the same portal: one summary per request
 * ({@code POST /api/v1/entry-summaries}), and batches of 50 ({@code POST /api/v1/entry-summaries/batch}). Each runs
 * 10 s of warm-up, then 30 s measured; every answer must be 201 (or, in batches, every result 201).
 * {@code -Dbench.portal-settings="--a=b --c=d"} starts the portal with other settings, to compare side by side.
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=FilingIntakeBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false} and read
 * {@code target/failsafe-reports/org.openace.bench.FilingIntakeBenchmark-output.txt}.
 */
class FilingIntakeBenchmark {

    private static final int CLIENTS = 32;
    private static final int LINES = 5;
    private static final int BATCH = 50;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURED = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sequence = new AtomicInteger(1_000_000);

    @Test
    void summariesFiledPerSecond() throws Exception {
        List<String> settings = System.getProperty("bench.portal-settings", "").isBlank() ? List.of()
                : List.of(System.getProperty("bench.portal-settings").split(" "));
        PortalProcess portal = new PortalProcess(folder, settings).start("intake-benchmark");
        try {
            System.out.printf("Intake benchmark: %d clients, summaries of %d lines, %d cores, load %s, portal settings %s%n",
                    CLIENTS, LINES, Runtime.getRuntime().availableProcessors(), load(), settings);
            run(portal, "one summary per request", 1);
            run(portal, "batches of " + BATCH, BATCH);
        }
        finally {
            portal.stop();
        }
    }

    private void run(PortalProcess portal, String name, int perRequest) throws Exception {
        AtomicLong filed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long measureFrom = start + WARM_UP.toNanos();
        long end = measureFrom + MEASURED.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    String body = perRequest == 1 ? summary() : batch(perRequest);
                    String path = perRequest == 1 ? "/api/v1/entry-summaries" : "/api/v1/entry-summaries/batch";
                    long sent = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(portal.uri(path))
                            .timeout(Duration.ofSeconds(120))
                            .header("Authorization", "Bearer " + PortalProcess.DEMO_TOKEN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    long done = System.nanoTime();
                    boolean ok = perRequest == 1 ? answer.statusCode() == 201
                            : answer.statusCode() == 200 && answer.body().contains("\"refused\":0,");
                    if (!ok) {
                        failures.putIfAbsent(answer.statusCode(), answer.body().substring(0, Math.min(600, answer.body().length())));
                    }
                    if (sent >= measureFrom && done <= end) {
                        (ok ? filed : refused).addAndGet(perRequest);
                        latencies.add(done - sent);
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(5, TimeUnit.MINUTES);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s: %d summaries filed in %d s = %.0f summaries/s; %d requests, p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms; %d refused; load %s%n", name, filed.get(), MEASURED.toSeconds(),
                filed.get() / (double) MEASURED.toSeconds(), sorted.size(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), refused.get(), load());
        failures.forEach((status, body) -> System.out.printf("  failure %d: %s%n", status, body));
    }

    private String batch(int size) {
        StringBuilder body = new StringBuilder("{\"summaries\": [");
        for (int i = 0; i < size; i++) {
            body.append(i == 0 ? "" : ",").append(summary());
        }
        return body.append("]}").toString();
    }

    /**
     * A valid summary of 5 lines against the reference samples: 3 lines of furniture (9403.20.00.17, free) and 2 of
     * asses (0101.30.00.00, 6.8%), by truck at Portland, Maine, entered in FY2026; MPF 0.3464% within its minimum and
     * maximum.
     */
    private String summary() {
        EntryNumber number = EntryNumber.of("D3M", String.valueOf(sequence.incrementAndGet()));
        StringBuilder lines = new StringBuilder();
        java.math.BigDecimal entered = java.math.BigDecimal.ZERO;
        java.math.BigDecimal duty = java.math.BigDecimal.ZERO;
        for (int line = 1; line <= LINES; line++) {
            java.math.BigDecimal value = new java.math.BigDecimal(1000 + 137 * line + ".25");
            boolean dutiable = line > 3;
            java.math.BigDecimal lineDuty = dutiable
                    ? value.multiply(new java.math.BigDecimal("0.068")).setScale(2, java.math.RoundingMode.HALF_UP)
                    : java.math.BigDecimal.ZERO.setScale(2);
            entered = entered.add(value);
            duty = duty.add(lineDuty);
            lines.append(line == 1 ? "" : ",").append("""
                    {"lineNumber": %d, "countryOfOrigin": "CN", "manufacturerId": "CNSHAFAC123SHA", "related": false,
                     "charges": "35.00", "ordinals": [{"htsNumber": "%s", "enteredValue": "%s",
                     "quantities": [{"value": "%d", "unit": "NO"}], "rate": {"adValoremPercent": "%s"}, "duty": "%s"}]}
                    """.formatted(line, dutiable ? "0101.30.00.00" : "9403.20.00.17", value.toPlainString(), line * 3,
                    dutiable ? "6.8" : "0", lineDuty.toPlainString()));
        }
        java.math.BigDecimal mpf = entered.multiply(new java.math.BigDecimal("0.003464"))
                .setScale(2, java.math.RoundingMode.HALF_UP).max(new java.math.BigDecimal("33.58"))
                .min(new java.math.BigDecimal("651.50"));
        return """
                {"entryNumber": "%s", "entryType": "01", "summaryDate": "2026-09-18", "entryDate": "2026-09-14",
                 "importDate": "2026-09-12", "portOfEntry": "0101", "importerOfRecord": "262704-DEMO1", "bondType": "8",
                 "suretyCode": "457", "countryOfOrigin": "CN", "countryOfExport": "CN", "exportDate": "2026-08-20",
                 "importingCarrier": "ABCD", "modeOfTransport": "30", "billOfLading": "ABCD12345678",
                 "manufacturerId": "CNSHAFAC123SHA", "portOfUnlading": "0101", "locationOfGoods": "L123",
                 "lines": [%s],
                 "summaryFees": [{"classCode": "499", "amount": "%s"}],
                 "totals": {"enteredValue": "%s", "duty": "%s", "tax": "0.00", "fees": "%s", "other": "0.00"}}
                """.formatted(number.formatted(), lines, mpf.toPlainString(), entered.toPlainString(),
                duty.toPlainString(), mpf.toPlainString());
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000.0;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        }
        catch (IOException e) {
            return "?";
        }
    }
}
