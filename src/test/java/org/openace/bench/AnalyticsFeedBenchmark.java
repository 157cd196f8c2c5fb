package org.openace.bench;

import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.openace.analytics.AnalyticsProbe;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.filing.intake.FileEntrySummary;
import org.openace.filing.intake.Filer;
import org.openace.filing.intake.FilingOutcome;
import org.openace.filing.json.Form7501Reader;
import org.openace.platform.AdminCommand;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}): the analytics
 * feed's lag and the rebuild's speed (issue 10), on a durable embedded PostgreSQL with the node's feed polling at its
 * default interval (1 s). Lag: filing threads file summaries of one line through the intake use case
 * ({@link FileEntrySummary}: every rule, the audit) for 30 s, as fast as they can or paced at
 * {@code analytics.rate} filings a second, one per transaction or {@code analytics.slice} per transaction (as uploads
 * file them); a watcher looks into the store every
 * 20 ms for what was filed; the lag of a summary is from the moment its filing returned (committed) to the moment the
 * watcher first saw it in the store. Rebuild: {@code admin generate-entries} writes more entries, then
 * {@code admin rebuild-analytics} rebuilds the store from PostgreSQL and reports its rows (tariff ordinals) per
 * second.
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=AnalyticsFeedBenchmark -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Danalytics.entries=50000}
 * (at 1,000 filings a second: {@code -Danalytics.rate=1000 -Danalytics.slice=8}) and read
 * {@code target/failsafe-reports/org.openace.bench.AnalyticsFeedBenchmark-output.txt}.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=analytics-benchmark", "openace.analytics.enabled=true",
        "openace.database.embedded.data-directory=target/analytics-benchmark-postgres",
        "openace.database.embedded.fresh-database=true", "openace.database.embedded.durable=true"})
class AnalyticsFeedBenchmark {

    private static final int FILERS = Integer.getInteger("analytics.filers", 8);
    /** Filings per second asked for, paced over the threads (0: as fast as they go). */
    private static final int RATE = Integer.getInteger("analytics.rate", 0);
    /** Summaries filed in one transaction ({@code FileEntrySummary.fileAll}, as uploads file them); 1: one each. */
    private static final int SLICE = Integer.getInteger("analytics.slice", 1);
    private static final long MEASURED_NANOS = TimeUnit.SECONDS.toNanos(Integer.getInteger("analytics.seconds", 30));

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
    FileEntrySummary filing;
    @Autowired
    List<AdminCommand> commands;

    @Test
    void feedLagUnderContinuousFilingAndRebuildRowsPerSecond() throws Exception {
        TestReferenceData.loadSamples(context);
        AnalyticsProbe probe = new AnalyticsProbe(context);
        System.out.printf(Locale.ROOT, "Analytics feed benchmark: %d cores, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        lag(probe);
        rebuild(probe);
    }

    private void lag(AnalyticsProbe probe) throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "analyticsbench");
        Filer filer = new Filer(broker.filerCode(), broker.sub().id(), new AuditActor(null, "benchmark"));
        Map<String, Long> pending = new ConcurrentHashMap<>();
        List<Long> lags = Collections.synchronizedList(new ArrayList<>());
        AtomicLong filed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long end = System.nanoTime() + MEASURED_NANOS;
        ExecutorService filers = Executors.newFixedThreadPool(FILERS);
        long start = System.nanoTime();
        AtomicLong slots = new AtomicLong();
        for (int i = 0; i < FILERS; i++) {
            filers.submit(() -> {
                while (System.nanoTime() < end) {
                    if (RATE > 0) { // the next slice's turn: slices of SLICE at RATE a second, over all threads
                        long due = start + slots.getAndIncrement() * SLICE * 1_000_000_000L / RATE;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                    List<EntryNumber> numbers = new ArrayList<>();
                    List<Form7501Reader.Reading> readings = new ArrayList<>();
                    for (int n = 0; n < SLICE; n++) {
                        EntryNumber number = broker.nextEntryNumber();
                        numbers.add(number);
                        readings.add(Form7501Reader.read(FilingFixtures.summaryNode(number)));
                    }
                    List<FilingOutcome> outcomes = SLICE == 1
                            ? List.of(filing.file(readings.getFirst().asForm().orElseThrow(), filer))
                            : filing.fileAll(readings, filer);
                    long committed = System.nanoTime();
                    for (int n = 0; n < outcomes.size(); n++) {
                        if (outcomes.get(n) instanceof FilingOutcome.Filed done && !done.replayed()) {
                            pending.put(numbers.get(n).compact(), committed);
                            filed.incrementAndGet();
                        }
                        else {
                            refused.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        long watchUntil = end + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < watchUntil && (System.nanoTime() < end || !pending.isEmpty())) {
            List<String> looking = new ArrayList<>(pending.keySet());
            for (int from = 0; from < looking.size(); from += 2000) {
                Set<String> seen = probe.held(looking.subList(from, Math.min(looking.size(), from + 2000)));
                long now = System.nanoTime();
                for (String number : seen) {
                    Long at = pending.remove(number);
                    if (at != null) {
                        lags.add(now - at);
                    }
                }
            }
            Thread.sleep(20);
        }
        filers.shutdown();
        filers.awaitTermination(1, TimeUnit.MINUTES);
        List<Long> sorted = new ArrayList<>(lags);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "Asked for: %s, %d summaries per transaction%n",
                RATE > 0 ? RATE + " filings/s" : "as fast as the threads go", SLICE);
        System.out.printf(Locale.ROOT, "Lag: %,d summaries filed in %d s by %d threads (%.0f/s; %d not filed), "
                        + "%,d seen "
                        + "in the store, %d never seen within 60 s after; lag p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, "
                        + "max %.0f ms%n", filed.get(), TimeUnit.NANOSECONDS.toSeconds(MEASURED_NANOS), FILERS,
                filed.get() * 1e9 / MEASURED_NANOS, refused.get(), sorted.size(), pending.size(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
    }

    private void rebuild(AnalyticsProbe probe) throws Exception {
        String entries = System.getProperty("analytics.entries", "50000");
        AdminCommand generate = command("generate-entries");
        long start = System.nanoTime();
        generate.run(Map.of("entries", entries, "seed", "10"), new BufferedReader(new StringReader("")), System.out);
        System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        AdminCommand rebuild = command("rebuild-analytics");
        rebuild.run(Map.of(), new BufferedReader(new StringReader("")), System.out);
        long[] counts = probe.counts();
        System.out.printf(Locale.ROOT, "store after the rebuild: %,d summaries, %,d tariff ordinals; load average "
                + "%.2f%n",
                counts[0], counts[1], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private AdminCommand command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
