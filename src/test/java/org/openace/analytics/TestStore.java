package org.openace.analytics;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.duckdb.DuckDBConnection;
import org.openace.filing.EntryChangeFeed.ChangedEntry;
import org.openace.filing.EntryChangeFeed.Position;
import org.openace.filing.EntryChangeFeed.ReportedOrdinal;

/**
 * An analytics store in memory, fed by {@link FeedApplier} as a node's store is, with random entry summaries whose
 * lines mix HTS chapters, countries of origin and stacked Chapter 99 numbers (tests only: no Spring, no PostgreSQL).
 */
public final class TestStore implements AnalyticsReads, AutoCloseable {

    private static final String[] HTS = {"0101300000", "0101210010", "0102310000", "8483408000", "8483501000",
            "9403200017", "9403300000", "7411105000"};
    private static final String[] COUNTRIES = {"CN", "MX", "DE", "VN"};
    private static final String[] PORTS = {"0101", "0401", "2704"};
    private static final String[] TYPES = {"01", "03", "11"};

    private final DuckDBConnection connection;
    private final Random random;
    private long transaction;

    private TestStore(DuckDBConnection connection, long seed) {
        this.connection = connection;
        this.random = new Random(seed);
    }

    /** A new empty store of this version's shape. */
    public static TestStore inMemory(long seed) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        AnalyticsSchema.prepare(duck);
        return new TestStore(duck, seed);
    }

    /**
     * Files (or, for numbers filed before, corrects) the entries {@code first} to {@code first + count - 1} with
     * random content in the three months from {@code month}, in one page of the feed.
     */
    public void file(int first, int count, LocalDate month) throws SQLException {
        List<ChangedEntry> page = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            page.add(entry(i, month));
        }
        transaction++;
        FeedApplier.apply(connection, page, new Position(transaction, ""));
    }

    /** The cube's cells as text, in order. */
    public List<String> cube() throws SQLException {
        return StoreRows.query(connection, "select * from " + TrendCube.TABLE + " order by all");
    }

    /** The cube as made again from every row (what a rebuild would hold). */
    public List<String> cubeBuiltAgain() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            TrendCube.build(statement);
        }
        return cube();
    }

    @Override
    public <T> T read(Reading<T> work) throws SQLException, IOException {
        try (DuckDBConnection reading = connection.duplicate()) {
            return work.on(reading);
        }
    }

    @Override
    public Instant appliedAt() {
        return Instant.EPOCH;
    }

    @Override
    public boolean isFilling() {
        return false;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private ChangedEntry entry(int index, LocalDate month) {
        String number = "TST" + String.format("%08d", index);
        LocalDate entryDate = month.plusMonths(random.nextInt(3)).withDayOfMonth(1 + random.nextInt(28));
        List<ReportedOrdinal> ordinals = new ArrayList<>();
        int lines = 1 + random.nextInt(4);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal duties = BigDecimal.ZERO.setScale(2);
        for (int line = 1; line <= lines; line++) {
            String hts = HTS[random.nextInt(HTS.length)];
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            BigDecimal value = BigDecimal.valueOf(100 + random.nextInt(100_000), 2).add(BigDecimal.valueOf(100));
            BigDecimal duty = BigDecimal.valueOf(random.nextInt(5_000), 2);
            ordinals.add(ordinal(line, 1, hts, country, value, duty));
            total = total.add(value);
            duties = duties.add(duty);
            if (country.equals("CN") && random.nextBoolean()) { // a Section 301 number stacked on Chinese goods
                BigDecimal extra = BigDecimal.valueOf(random.nextInt(2_000), 2);
                ordinals.add(ordinal(line, 2, "9903881503", country, BigDecimal.ZERO.setScale(2), extra));
                duties = duties.add(extra);
            }
        }
        String zero = "0.00";
        return new ChangedEntry(new Position(transaction + 1, number), number, 1, "ACCEPTED", "RELEASED",
                TYPES[random.nextInt(TYPES.length)], "TST", "12-34XXXXX00", PORTS[random.nextInt(PORTS.length)],
                entryDate, entryDate.plusDays(3), "40", ordinals.getFirst().countryOfOrigin(), "CN", lines, total,
                duties, new BigDecimal(zero), new BigDecimal(zero), new BigDecimal(zero), null, null, null, null, null,
                entryDate.minusDays(20), null, "2704", "CNSHAFAC123SHA", null, null, ordinals);
    }

    private static ReportedOrdinal ordinal(int line, int ordinal, String hts, String country, BigDecimal value,
                                           BigDecimal duty) {
        return new ReportedOrdinal(line, ordinal, hts, country, value, duty, BigDecimal.ZERO.setScale(2), null,
                null, "CNSHAFAC123SHA", false, "Free");
    }
}
