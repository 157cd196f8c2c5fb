package org.openace.filing.generator;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.reference.FiscalYear;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code admin generate-entries}: wrong arguments are explained with exit code 2 and write nothing; a run writes the
 * entries (by default in the last fiscal year whose MPF rates are loaded), prints its progress and what it did, and
 * exits 0; the same seed again is refused with exit code 1.
 */
@PortalTest
class GenerateEntriesCommandIntegrationTests {

    @Autowired
    GenerateEntriesCommand command;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogLoader catalogs;
    @Autowired
    ApplicationContext context;

    private record Run(int exitCode, String output) {
    }

    private Run run(Map<String, String> options) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code = command.run(options, new BufferedReader(new StringReader("")),
                new PrintStream(captured, true, StandardCharsets.UTF_8));
        return new Run(code, captured.toString(StandardCharsets.UTF_8));
    }

    private long summaries() {
        return jdbc.sql("select count(*) from entry_summary").query(Long.class).single();
    }

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    @Test
    void wrongArgumentsAreExplainedWithExitCodeTwoAndWriteNothing() {
        long before = summaries();

        Run noEntries = run(Map.of("seed", "1"));
        Run badEntries = run(Map.of("entries", "ten", "seed", "1"));
        Run tooMany = run(Map.of("entries", "60000000", "seed", "1"));
        Run noSeed = run(Map.of("entries", "10"));
        Run badSeed = run(Map.of("entries", "10", "seed", "0x1F"));
        Run halfWindow = run(Map.of("entries", "10", "seed", "1", "from", "2025-10-01"));
        Run badDate = run(Map.of("entries", "10", "seed", "1", "from", "1 Oct 2025", "to", "2026-09-30"));
        Run backwards = run(Map.of("entries", "10", "seed", "1", "from", "2026-09-30", "to", "2025-10-01"));

        assertThat(noEntries.exitCode()).isEqualTo(2);
        assertThat(noEntries.output()).contains("Give --entries, a whole number from 1 to 50000000 (none given)");
        assertThat(badEntries.exitCode()).isEqualTo(2);
        assertThat(badEntries.output()).contains("\"ten\" is not one");
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(noSeed.exitCode()).isEqualTo(2);
        assertThat(noSeed.output()).contains("Give --seed, a whole number");
        assertThat(badSeed.exitCode()).isEqualTo(2);
        assertThat(halfWindow.exitCode()).isEqualTo(2);
        assertThat(halfWindow.output()).contains("Give both --from and --to");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.output()).contains("must be dates such as 2025-10-01");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.output()).contains("is before --from");
        assertThat(summaries()).isEqualTo(before);
    }

    @Test
    void aWindowWithoutTheReferenceDataAnEntryNeedsIsRefusedWithExitCodeOne() {
        long before = summaries();

        Run beforeTheHtsSample = run(Map.of("entries", "10", "seed", "1", "from", "2019-01-01", "to", "2019-12-31"));

        assertThat(beforeTheHtsSample.exitCode()).as(beforeTheHtsSample.output()).isEqualTo(1);
        assertThat(beforeTheHtsSample.output()).contains("No working day from 2019-01-01 to 2019-12-31 has all the "
                + "reference data an entry needs loaded");
        assertThat(summaries()).isEqualTo(before);
    }

    @Test
    void aRunWritesTheEntriesReportsWhatItDidAndTheSameSeedAgainIsRefused() {
        long before = summaries();
        FiscalYear last = catalogs.yearsWithMpf().getLast();

        Run first = run(Map.of("entries", "500", "seed", "77"));
        long after = summaries();
        Run again = run(Map.of("entries", "500", "seed", "77"));

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Generating 500 entry summaries, seed 77, entry dates " + last.firstDay() + " to "
                        + last.lastDay() + " ...")
                .containsPattern("Done: 500 entry summaries, [0-9]+ lines in [0-9.]+ s \\([0-9]+ lines/s;");
        assertThat(after - before).isEqualTo(500);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("this seed was generated before");
        assertThat(summaries()).isEqualTo(after);
    }
}
