package org.openace.analytics;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditTrail;
import org.openace.filing.EntryChangeFeed;
import org.openace.platform.AdminCommand;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code admin export-analytics --format=parquet --to=DIR} writes the store partitioned by month in Hive's layout,
 * and a second, independent Parquet reader (Apache parquet-java) finds every row of the store in the files, each in
 * the folder of its entry date's month; a node seeded from the folder ({@code admin import-analytics}) holds the same
 * rows and goes on with the feed from there, whether seeded by the command or, at its first poll, by
 * {@code openace.analytics.seed-from}; the commands are audited and explain wrong usage.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=analytics-parquet", "openace.analytics.enabled=true"})
class ParquetExportIntegrationTests {

    private static final Pattern PARTITION = Pattern.compile("year=(\\d{4})/month=(\\d{1,2})/[^/]+\\.parquet$");

    @Autowired
    ApplicationContext context;
    @Autowired
    List<AdminCommand> commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AnalyticsStore store;
    @Autowired
    AnalyticsFeed feed;
    @Autowired
    AnalyticsAdministration administration;
    @Autowired
    EntryChangeFeed changes;
    @Autowired
    org.openace.payment.StatementChangeFeed statementChanges;
    @Autowired
    AuditTrail audit;
    @Autowired
    Environment environment;

    @TempDir
    Path folder;

    @BeforeEach
    void entries() throws Exception {
        TestReferenceData.loadSamples(context);
        if (jdbc.sql("select count(*) from entry_summary").query(Long.class).single() == 0) {
            Run generated = run("generate-entries", Map.of("entries", "300", "seed", "1010"));
            assertThat(generated.exitCode()).as(generated.output()).isZero();
        }
        feed.catchUp();
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(String name, Map<String, String> options) {
        AdminCommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code = command.run(options, new BufferedReader(new StringReader("")),
                new PrintStream(captured, true, StandardCharsets.UTF_8));
        return new Run(code, captured.toString(StandardCharsets.UTF_8));
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = ?").param(action).query(Long.class).single();
    }

    @Test
    void parquetJavaFindsEveryRowOfTheStoreInTheFolderOfItsMonth() throws Exception {
        Path export = folder.resolve("export");
        long before = audited("ANALYTICS_EXPORTED");

        Run exported = run("export-analytics", Map.of("format", "parquet", "to", export.toString()));

        assertThat(exported.exitCode()).as(exported.output()).isZero();
        assertThat(audited("ANALYTICS_EXPORTED")).isEqualTo(before + 1);
        List<String> expected = StoreRows.query(store, "select concat_ws('/', entry_number, line_number, "
                + "tariff_ordinal, hts_number, goods_value, entry_date, manufacturer_id, related_party, duty_rate) "
                + "from es_line_tariff");
        assertThat(expected).hasSizeGreaterThan(300);
        List<String> found = new ArrayList<>();
        Set<String> months = new HashSet<>();
        for (Path file : parquetFiles(export.resolve("es_line_tariff"))) {
            Matcher partition = PARTITION.matcher(export.relativize(file).toString().replace('\\', '/'));
            assertThat(partition.find()).as(file.toString()).isTrue();
            int year = Integer.parseInt(partition.group(1));
            int month = Integer.parseInt(partition.group(2));
            months.add(year + "-" + month);
            for (Group row : read(file)) {
                LocalDate entryDate = LocalDate.ofEpochDay(row.getInteger("entry_date", 0));
                assertThat(entryDate.getYear() * 100 + entryDate.getMonthValue()).as("the row's month is its folder's")
                        .isEqualTo(year * 100 + month);
                BigDecimal value = new BigDecimal(BigInteger.valueOf(row.getLong("goods_value", 0)), 2);
                found.add(row.getString("entry_number", 0) + "/" + row.getInteger("line_number", 0) + "/"
                        + row.getInteger("tariff_ordinal", 0) + "/" + row.getString("hts_number", 0) + "/"
                        + value.toPlainString() + "/" + entryDate + "/" + row.getString("manufacturer_id", 0) + "/"
                        + row.getBoolean("related_party", 0) + "/" + row.getString("duty_rate", 0));
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(months).as("a year of generated entries spreads over months").hasSizeGreaterThan(3);
        List<String> summaries = new ArrayList<>();
        for (Path file : parquetFiles(export.resolve("es_summary"))) {
            for (Group row : read(file)) {
                summaries.add(row.getString("entry_number", 0) + "/"
                        + LocalDate.ofEpochDay(row.getInteger("export_date", 0)) + "/"
                        + text(row, "foreign_port_of_lading") + "/" + row.getString("port_of_unlading", 0) + "/"
                        + row.getString("manufacturer_id", 0) + "/" + text(row, "ultimate_consignee"));
            }
        }
        assertThat(summaries).containsExactlyInAnyOrderElementsOf(StoreRows.query(store, "select concat_ws('/', "
                + "entry_number, export_date, coalesce(foreign_port_of_lading, '-'), port_of_unlading, manufacturer_id, "
                + "coalesce(ultimate_consignee, '-')) from es_summary"));
    }

    @Test
    void aNodeSeededFromTheExportHoldsTheSameRowsAndFollowsTheFeedFromThere() throws Exception {
        Path export = folder.resolve("seed");
        administration.export(export, new AuditActor(null, "test"));
        List<String> exported = StoreRows.all(store);
        long before = audited("ANALYTICS_IMPORTED");

        feed.stop();
        try {
            Run imported = run("import-analytics", Map.of("from", export.toString()));
            assertThat(imported.exitCode()).as(imported.output()).isZero();
            store.switchToCurrent();
            assertThat(StoreRows.all(store)).isEqualTo(exported);
            assertThat(audited("ANALYTICS_IMPORTED")).isEqualTo(before + 1);

            Run more = run("generate-entries", Map.of("entries", "20", "seed", "2020"));
            assertThat(more.exitCode()).as(more.output()).isZero();
            assertThat(feed.catchUp()).isGreaterThanOrEqualTo(20);
            List<String> fed = StoreRows.all(store);
            administration.rebuild(new AuditActor(null, "test"));
            store.switchToCurrent();
            assertThat(StoreRows.all(store)).isEqualTo(fed);
        }
        finally {
            feed.start();
        }
    }

    @Test
    void aNodeSeededFromTheExportOfAnOlderVersionFillsTheColumnsItLacksFromTheFeed() throws Exception {
        Path export = folder.resolve("current");
        administration.export(export, new AuditActor(null, "test"));
        List<String> exported = StoreRows.all(store);
        // the same export as the first version wrote it: without the columns added since
        Path older = Files.createDirectories(folder.resolve("older"));
        try (var scratch = store.open(folder.resolve("scratch.duckdb")); var s = scratch.createStatement()) {
            for (String table : AnalyticsSchema.REPORT_TABLES) {
                List<String> added = AnalyticsSchema.ADDED.stream().filter(a -> a.table().equals(table))
                        .map(AnalyticsSchema.Added::name).toList();
                s.execute("copy (select * exclude (" + String.join(", ", added) + "), year(entry_date) as year, "
                        + "month(entry_date) as month from read_parquet("
                        + ParquetTransfer.literal(export.resolve(table).resolve("**").resolve("*.parquet"))
                        + ", hive_partitioning = false)) to " + ParquetTransfer.literal(older.resolve(table))
                        + " (format parquet, partition_by (year, month))");
            }
        }
        Files.copy(export.resolve(ParquetTransfer.FEED_STATE_FILE), older.resolve(ParquetTransfer.FEED_STATE_FILE));

        feed.stop();
        try {
            administration.importFrom(older, new AuditActor(null, "test"));
            store.switchToCurrent();
            assertThat(store.with(AnalyticsSchema::isFilling)).isTrue();
            assertThat(StoreRows.query(store, "select count(*), count(duty_rate) from es_line_tariff").getFirst())
                    .endsWith("|0");

            feed.catchUp();

            assertThat(store.with(AnalyticsSchema::isFilling)).isFalse();
            assertThat(StoreRows.all(store)).isEqualTo(exported);
        }
        finally {
            feed.start();
        }
    }

    @Test
    void aNewNodeWithSeedFromLoadsTheExportAtItsFirstPollThenFollowsTheFeed() throws Exception {
        Path export = folder.resolve("seed-setting");
        administration.export(export, new AuditActor(null, "test"));
        AnalyticsProperties settings = new AnalyticsProperties(true, folder.resolve("node-c"), Duration.ofSeconds(1),
                1000, export, null, 0);
        AnalyticsStore nodeC = new AnalyticsStore(settings);
        AnalyticsAdministration administrationC = new AnalyticsAdministration(nodeC, new StoreBuilder(changes, statementChanges, nodeC),
                new ParquetTransfer(nodeC, changes), audit);
        AnalyticsFeed feedC = new AnalyticsFeed(changes, statementChanges, nodeC, settings, administrationC, environment);
        long seeded = audited("ANALYTICS_IMPORTED");
        try {
            feedC.poll();
            feed.catchUp();

            assertThat(audited("ANALYTICS_IMPORTED")).isEqualTo(seeded + 1);
            assertThat(StoreRows.all(nodeC)).isEqualTo(StoreRows.all(store)).isNotEmpty();
        }
        finally {
            nodeC.destroy();
        }
    }

    @Test
    void wrongUsageIsExplainedAndAFolderThatIsNotAnExportIsRefused() throws Exception {
        Run noFormat = run("export-analytics", Map.of("to", folder.toString()));
        Run csv = run("export-analytics", Map.of("format", "csv", "to", folder.toString()));
        Run noFolder = run("export-analytics", Map.of("format", "parquet"));
        Files.writeString(folder.resolve("something.txt"), "not empty");
        Run notEmpty = run("export-analytics", Map.of("format", "parquet", "to", folder.toString()));
        Run noFrom = run("import-analytics", Map.of());
        Run notAnExport = run("import-analytics", Map.of("from", folder.toString()));
        List<String> rows = StoreRows.all(store);

        assertThat(noFormat.exitCode()).isEqualTo(2);
        assertThat(noFormat.output()).contains("Give --format=parquet");
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.output()).contains("Give --to");
        assertThat(notEmpty.exitCode()).isEqualTo(1);
        assertThat(notEmpty.output()).contains("is not empty");
        assertThat(noFrom.exitCode()).isEqualTo(2);
        assertThat(notAnExport.exitCode()).isEqualTo(1);
        assertThat(notAnExport.output()).contains("is not an export of the analytics store");
        store.switchToCurrent();
        assertThat(StoreRows.all(store)).isEqualTo(rows);
    }

    /** A text column of a record, {@code -} where it is null. */
    private static String text(Group row, String column) {
        return row.getFieldRepetitionCount(column) == 0 ? "-" : row.getString(column, 0);
    }

    private static List<Path> parquetFiles(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
        }
    }

    /** Every record of a Parquet file, read by parquet-java alone. */
    private static List<Group> read(Path file) throws Exception {
        List<Group> rows = new ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
            PageReadStore group;
            while ((group = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = io.getRecordReader(group, new GroupRecordConverter(schema));
                for (long i = 0; i < group.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
        }
        return rows;
    }
}
