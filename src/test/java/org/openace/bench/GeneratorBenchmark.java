package org.openace.bench;

import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.platform.AdminCommand;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}): the entry
 * generator's lines per second into PostgreSQL ({@code admin generate-entries} as the command line runs it, COPY in
 * batches, all indexes in place) on a durable embedded PostgreSQL (fsync and synchronous commit on, as the portal
 * runs) with the reference samples loaded; then the size of the filing tables with their indexes and TOAST
 * ({@code pg_total_relation_size}) per million entry summaries.
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=GeneratorBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dgenerator.entries=235000} (about 1 million lines; 2,350,000 for about
 * 10 million) and read {@code target/failsafe-reports/org.openace.bench.GeneratorBenchmark-output.txt}.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=generator-benchmark",
        "openace.database.embedded.data-directory=target/generator-benchmark-postgres",
        "openace.database.embedded.fresh-database=true", "openace.database.embedded.durable=true"})
class GeneratorBenchmark {

    private static final List<String> TABLES = List.of("entry_summary", "entry_summary_version", "entry_history",
            "entry_hold");

    @Autowired
    ApplicationContext context;
    @Autowired
    List<AdminCommand> commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void generatorLinesPerSecondAndTableSizes() {
        TestReferenceData.loadSamples(context);
        String entries = System.getProperty("generator.entries", "235000");
        AdminCommand generate = commands.stream().filter(c -> c.name().equals("generate-entries")).findFirst()
                .orElseThrow();
        System.out.printf(Locale.ROOT, "load average before: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long start = System.nanoTime();
        int exit = generate.run(Map.of("entries", entries, "seed", "1"), new BufferedReader(new StringReader("")),
                System.out);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "exit code %d, %.1f s including the catalog and the importer records; "
                + "load average after: %.2f%n", exit, seconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long summaries = jdbc.sql("select count(*) from entry_summary").query(Long.class).single();
        long lines = jdbc.sql("select coalesce(sum(line_count), 0) from entry_summary").query(Long.class).single();
        long total = 0;
        for (String table : TABLES) {
            long bytes = jdbc.sql("select pg_total_relation_size(cast(? as regclass))").param(table)
                    .query(Long.class).single();
            long heap = jdbc.sql("select pg_relation_size(cast(? as regclass))").param(table).query(Long.class).single();
            long indexes = jdbc.sql("select pg_indexes_size(cast(? as regclass))").param(table).query(Long.class).single();
            total += bytes;
            System.out.printf(Locale.ROOT, "%-22s total %,10.1f MB (heap %,.1f MB, indexes %,.1f MB, TOAST and maps "
                    + "the rest)%n", table, bytes / 1e6, heap / 1e6, indexes / 1e6);
        }
        System.out.printf(Locale.ROOT, "%,d summaries, %,d lines (%.2f lines per summary); filing tables %,.1f MB in "
                + "all = %,.0f MB per million summaries%n", summaries, lines, (double) lines / summaries, total / 1e6,
                total / 1e6 / (summaries / 1e6));
    }
}
