package org.openace.filing.generator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.OpenAceApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile fills the demo accounts with entry summaries in the background after the start: the demo broker's
 * and the demo importer's sub-accounts see thousands of them over the last 18 months, up to the end of the last
 * fiscal year with MPF rates, and the demo importer's newest entries carry a Form 28, a Form 29 and a Form 4647 with
 * copies to the demo broker; filling again changes nothing, and entries lost in an interrupted fill come back.
 */
class DemoEntriesIntegrationTests {

    @TempDir
    Path folder;

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoIsFilledInTheBackgroundOnceAndAnInterruptedFillIsCompleted() throws Exception {
        SpringApplication application = new SpringApplication(OpenAceApplication.class);
        application.setAdditionalProfiles("demo");
        try (ConfigurableApplicationContext portal = application.run("--server.port=0",
                "--openace.database.embedded.data-directory=" + folder.resolve("postgres"),
                "--openace.keys.file=" + folder.resolve("keys/openace.keys"),
                "--openace.audit.anchor-file=" + folder.resolve("audit/chain-head.anchor"),
                "--logging.file.name=target/test-logs/openace-test.log")) {
            JdbcClient jdbc = portal.getBean(JdbcClient.class);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (count(jdbc, "select count(*) from entry_summary") < DemoEntries.ENTRIES && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }

            assertThat(count(jdbc, "select count(*) from entry_summary")).isEqualTo(DemoEntries.ENTRIES);
            long brokers = count(jdbc, "select count(*) from entry_summary s join account_identifier i "
                    + "on i.id = s.filer_identifier_id where s.filer_code = 'D3M' and i.value_plain = 'D3M'");
            long importer = count(jdbc, "select count(*) from entry_summary where importer_sub_account_id is not null "
                    + "and importer_display = '262704-DEMO1'");
            long importerByOthers = count(jdbc, "select count(*) from entry_summary where importer_display = "
                    + "'262704-DEMO1' and filer_code <> 'D3M'");
            assertThat(brokers).as("visible from the demo broker's sub-account").isGreaterThan(1_000);
            assertThat(importer).as("visible from the demo importer's sub-account").isGreaterThan(300);
            assertThat(importerByOthers).as("the demo importer's entries filed by another broker").isPositive();
            LocalDate first = jdbc.sql("select min(entry_date) from entry_summary").query(LocalDate.class).single();
            LocalDate last = jdbc.sql("select max(entry_date) from entry_summary").query(LocalDate.class).single();
            assertThat(last).isBeforeOrEqualTo(LocalDate.of(2026, 9, 30));
            assertThat(first).isAfterOrEqualTo(last.minusMonths(18));
            assertThat(count(jdbc, "select count(distinct importer_digest) from entry_summary")).isGreaterThan(50);

            // the review module's demo forms follow the entries (issued by officer.demo on the demo importer's newest)
            long formsDeadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (count(jdbc, "select count(*) from cbp_form") < 3 && System.nanoTime() < formsDeadline) {
                Thread.sleep(500);
            }
            assertThat(jdbc.sql("select form from cbp_form order by form").query(String.class).list())
                    .containsExactly("CF28", "CF29", "CF4647");
            assertThat(count(jdbc, "select count(*) from cbp_form f where f.status = 'AWAITING_ANSWER' "
                    + "and f.importer_display = '262704-DEMO1' and f.importer_sub_account_id is not null")).isEqualTo(3);
            assertThat(count(jdbc, "select count(*) from form_copy_designation where filer_code = 'D3M'")).isEqualTo(1);

            DemoEntries demo = portal.getBean(DemoEntries.class);
            demo.fill();
            assertThat(count(jdbc, "select count(*) from entry_summary")).as("filled once").isEqualTo(DemoEntries.ENTRIES);

            String lost = "(select entry_number from entry_summary order by filed_at desc limit 700)";
            for (String table : new String[] {"entry_adcvd_line", "entry_history", "entry_hold", "entry_summary_version",
                    "entry_summary"}) {
                jdbc.sql("delete from " + table + " where entry_number in " + lost).update();
            }
            demo.fill();
            assertThat(count(jdbc, "select count(*) from entry_summary")).as("completed").isEqualTo(DemoEntries.ENTRIES);
            assertThat(count(jdbc, "select count(*) from entry_summary s where not exists (select 1 from "
                    + "entry_summary_version v where v.entry_number = s.entry_number)")).isZero();
        }
    }
}
