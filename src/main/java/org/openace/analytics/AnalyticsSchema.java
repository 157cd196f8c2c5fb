package org.openace.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the analytics store (DuckDB). Report-shaped: one row per entry summary ({@value #SUMMARIES}, the
 * grain of a header report such as ES-001) and one per tariff ordinal ({@value #ORDINALS}, the grain of ES-003
 * "Entry Summary Line Tariff Details"), each carrying the columns that decide who may see it (the importer's and the
 * filer's sub-account and identifier, and the port), so that a report is narrowed to a user's scope inside its query.
 * Money is {@code DECIMAL(18,2)}, never a floating-point type. The importer number is the masked display of the
 * filing module, never the number itself. UUIDs are kept as text: DuckDB's appender does not write its UUID type.
 * <p>
 * {@value #STATEMENTS} holds the payments module's statements, one row per statement, with the same visibility
 * columns (the port always empty: a statement spans ports), fed by the statement feed ({@link StatementFeedApplier}).
 * <p>
 * {@value #FEED_STATE} holds the feed position the rows stand at (row 1 the entries', row 2 the statements'), written
 * in the same transaction as the rows;
 * {@value #FEED_BATCH} is a scratch list of the entries being replaced, empty outside a transaction.
 * <p>
 * The shape has a version ({@value #VERSION}), kept in the store's {@value #STORE_SCHEMA} table (a store without the
 * table has version 1, the first shape). Each later version only adds columns, at the end of its table
 * ({@link #ADDED}), so that a new store and an upgraded one have the same columns in the same order, or adds a table
 * derived from the rows ({@link TrendCube}, version 4). A store file of an older version is upgraded where it is
 * opened ({@link #prepare}): the derived tables are made from its rows; where it lacks columns, they are added (empty)
 * and its feed position goes back to the start, so that the feed reads every entry again and replaces its rows with rows
 * that fill the new columns; the store keeps answering meanwhile, with the new columns empty on the rows not read
 * again yet, and says so ({@link #isFilling}). Once caught up it equals a rebuild (docs/adr/013-analytics-store.md).
 */
final class AnalyticsSchema {

    static final String SUMMARIES = "es_summary";
    static final String ORDINALS = "es_line_tariff";
    static final String FEED_STATE = "feed_state";
    static final String FEED_BATCH = "feed_batch";
    static final String STORE_SCHEMA = "store_schema";
    /** The statements of the payments module, one row per statement (REV-101 to REV-104), fed by their own feed. */
    static final String STATEMENTS = "st_statement";
    /** The row of {@value #FEED_STATE} that holds the statement feed's position (its statement number in entry_number). */
    static final int STATEMENT_FEED = 2;

    /** The version of the shape this code writes. */
    static final int VERSION = 5;

    /** A column a version added to a table, as its definition in SQL. */
    record Added(int version, String table, String name, String type) {
    }

    /**
     * The columns added after version 1, in order; nullable (DuckDB adds no column with a constraint). Version 2, for
     * the importer trade activity report (ITRAC): the summary's export date, foreign port of lading (null when none
     * is declared), U.S. port of unlading, manufacturer ID and ultimate consignee number (masked as lists show it,
     * null when none is named); each ordinal's line's manufacturer ID and related party indicator, and its duty rate
     * as filed, as text ({@code Free}, {@code 6.5%}, {@code $0.066/KG}, {@code $0.25/NO + 3.9%}). Version 3: each
     * ordinal's entry number as an integer ({@link EntryKey}), so that counts of distinct entries hash 8-byte
     * integers rather than text. Version 4 adds no column: it adds the {@link TrendCube}, made from the rows the store
     * holds when it is upgraded. Version 5: each summary's statement number (null while on none), and the statements
     * table {@value #STATEMENTS} with its own feed position, for the statement reports REV-101 to REV-104.
     */
    static final List<Added> ADDED = List.of(
            new Added(2, "es_summary", "export_date", "date"),
            new Added(2, "es_summary", "foreign_port_of_lading", "varchar"),
            new Added(2, "es_summary", "port_of_unlading", "varchar"),
            new Added(2, "es_summary", "manufacturer_id", "varchar"),
            new Added(2, "es_summary", "ultimate_consignee", "varchar"),
            new Added(2, "es_line_tariff", "manufacturer_id", "varchar"),
            new Added(2, "es_line_tariff", "related_party", "boolean"),
            new Added(2, "es_line_tariff", "duty_rate", "varchar"),
            new Added(3, "es_line_tariff", "entry_key", "bigint"),
            new Added(5, "es_summary", "statement_number", "varchar"));

    /** The tables exported and imported, in order. */
    static final List<String> REPORT_TABLES = List.of(SUMMARIES, ORDINALS);

    static final String SUMMARY_COLUMNS = "entry_number, version, status, release_status, entry_type, filer_code, "
            + "importer_number, port_of_entry, entry_date, summary_date, mode_of_transport, country_of_origin, "
            + "country_of_export, line_count, entered_value, duty, tax, fees, other, liquidation_date, "
            + "importer_sub_account_id, importer_identifier_id, filer_sub_account_id, filer_identifier_id"
            + added("es_summary");

    static final String ORDINAL_COLUMNS = "entry_number, line_number, tariff_ordinal, entry_type, importer_number, "
            + "port_of_entry, entry_date, summary_date, hts_number, goods_value, duty, tax, country_of_origin, "
            + "country_of_export, quantity_1, uom_1, filer_code, status, importer_sub_account_id, "
            + "importer_identifier_id, filer_sub_account_id, filer_identifier_id" + added("es_line_tariff");

    static final String STATEMENT_COLUMNS = "statement_number, kind, filer_code, statement_date, status, entry_count, "
            + "duty, tax, fees, other, total, monthly_statement_number, preliminary_date, payment_due, importer_number, "
            + "payment_method, payer_unit_number, paid_on, importer_sub_account_id, importer_identifier_id, "
            + "filer_sub_account_id, filer_identifier_id, port_of_entry";

    private static final List<String> CREATE = List.of("""
            create table if not exists es_summary (
                entry_number            varchar       not null,
                version                 integer       not null,
                status                  varchar       not null,
                release_status          varchar       not null,
                entry_type              varchar       not null,
                filer_code              varchar       not null,
                importer_number         varchar       not null,
                port_of_entry           varchar       not null,
                entry_date              date          not null,
                summary_date            date          not null,
                mode_of_transport       varchar       not null,
                country_of_origin       varchar       not null,
                country_of_export       varchar       not null,
                line_count              integer       not null,
                entered_value           decimal(18,2) not null,
                duty                    decimal(18,2) not null,
                tax                     decimal(18,2) not null,
                fees                    decimal(18,2) not null,
                other                   decimal(18,2) not null,
                liquidation_date        date,
                importer_sub_account_id varchar,
                importer_identifier_id  varchar,
                filer_sub_account_id    varchar,
                filer_identifier_id     varchar
                %s
            )""".formatted(definitions("es_summary")), """
            create table if not exists es_line_tariff (
                entry_number            varchar       not null,
                line_number             integer       not null,
                tariff_ordinal          integer       not null,
                entry_type              varchar       not null,
                importer_number         varchar       not null,
                port_of_entry           varchar       not null,
                entry_date              date          not null,
                summary_date            date          not null,
                hts_number              varchar       not null,
                goods_value             decimal(18,2) not null,
                duty                    decimal(18,2) not null,
                tax                     decimal(18,2) not null,
                country_of_origin       varchar       not null,
                country_of_export       varchar       not null,
                quantity_1              decimal(21,6),
                uom_1                   varchar,
                filer_code              varchar       not null,
                status                  varchar       not null,
                importer_sub_account_id varchar,
                importer_identifier_id  varchar,
                filer_sub_account_id    varchar,
                filer_identifier_id     varchar
                %s
            )""".formatted(definitions("es_line_tariff")), """
            create table if not exists feed_state (
                id             integer   primary key,
                transaction_id bigint    not null,
                entry_number   varchar   not null,
                applied_at     timestamp not null
            )""", """
            create table if not exists st_statement (
                statement_number         varchar       not null,
                kind                     varchar       not null,
                filer_code               varchar,
                statement_date           date          not null,
                status                   varchar       not null,
                entry_count              integer       not null,
                duty                     decimal(18,2) not null,
                tax                      decimal(18,2) not null,
                fees                     decimal(18,2) not null,
                other                    decimal(18,2) not null,
                total                    decimal(18,2) not null,
                monthly_statement_number varchar,
                preliminary_date         date,
                payment_due              date,
                importer_number          varchar,
                payment_method           varchar,
                payer_unit_number        varchar,
                paid_on                  date,
                importer_sub_account_id  varchar,
                importer_identifier_id   varchar,
                filer_sub_account_id     varchar,
                filer_identifier_id      varchar,
                port_of_entry            varchar
            )""", """
            create table if not exists feed_batch (
                entry_number varchar not null
            )""", """
            create table if not exists store_schema (
                id      integer primary key,
                version integer not null,
                filling boolean not null
            )""", TrendCube.CREATE, """
            insert into feed_state (id, transaction_id, entry_number, applied_at)
            select 1, 0, '', current_timestamp::timestamp where not exists (select 1 from feed_state)
            """, """
            insert into feed_state (id, transaction_id, entry_number, applied_at)
            select 2, 0, '', current_timestamp::timestamp where not exists (select 1 from feed_state where id = 2)
            """);

    private AnalyticsSchema() {
    }

    /**
     * Makes the file a store of this version: creates a new store (which starts at the beginning of the feed), or
     * upgrades a store of an older version in one transaction (its trend cube made from its rows; where columns are
     * missing, they are added, its feed position back to the start, marked {@linkplain #isFilling filling}).
     *
     * @return the version the file had: {@link #VERSION} for a new or current store, less for one upgraded
     * @throws SQLException when the store was made by a newer version of OpenACE, whose columns this one cannot write
     */
    static int prepare(Connection connection) throws SQLException {
        boolean existing = exists(connection, SUMMARIES);
        int found = !existing ? VERSION : exists(connection, STORE_SCHEMA) ? version(connection) : 1;
        if (found > VERSION) {
            throw new SQLException("The analytics store was made by a newer version of OpenACE (its shape is version "
                    + found + ", this one writes " + VERSION + "): rebuild it (admin rebuild-analytics)");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : CREATE) {
                statement.execute(sql);
            }
            if (found < VERSION) {
                for (Added column : ADDED) {
                    if (column.version() > found) {
                        statement.execute("alter table " + column.table() + " add column if not exists "
                                + column.name() + " " + column.type());
                    }
                }
            }
            statement.execute("insert into store_schema (id, version, filling) select 1, " + VERSION
                    + ", false where not exists (select 1 from store_schema)");
            if (found < VERSION) {
                statement.execute("update store_schema set version = " + VERSION + " where id = 1");
                // the cube first, from the rows as they are, so that the feed's replacements take away what they added
                TrendCube.build(statement);
                if (ADDED.stream().anyMatch(column -> column.version() > found)) {
                    fillAgainFromTheStart(statement);
                }
            }
            connection.commit();
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(autoCommit);
        }
        return found;
    }

    /**
     * Sends the store back to the start of the feed, keeping its rows: the feed reads every entry again and replaces
     * its rows (for a store whose rows lack columns: upgraded, or seeded from an older export).
     */
    static void fillAgainFromTheStart(Statement statement) throws SQLException {
        statement.execute("update feed_state set transaction_id = 0, entry_number = '', "
                + "applied_at = current_timestamp::timestamp where id = 1");
        statement.execute("update store_schema set filling = true where id = 1");
    }

    /** Whether the store is being filled again from the start of the feed, its new columns empty on some rows. */
    static boolean isFilling(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select filling from store_schema where id = 1")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Notes that the feed has caught up: a store being filled again is now full; true when it was being filled. */
    static boolean filled(Connection connection) throws SQLException {
        if (!isFilling(connection)) {
            return false; // read only: the feed asks at every poll
        }
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("update store_schema set filling = false where id = 1 and filling") > 0;
        }
    }

    private static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select version from store_schema where id = 1")) {
            return rs.next() ? rs.getInt(1) : 1;
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from information_schema.tables where table_name = ?")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static String added(String table) {
        StringBuilder columns = new StringBuilder();
        for (Added column : ADDED) {
            if (column.table().equals(table)) {
                columns.append(", ").append(column.name());
            }
        }
        return columns.toString();
    }

    private static String definitions(String table) {
        StringBuilder columns = new StringBuilder();
        for (Added column : ADDED) {
            if (column.table().equals(table)) {
                columns.append(",\n    ").append(column.name()).append(' ').append(column.type());
            }
        }
        return columns.toString();
    }
}
