package org.openace.analytics;

import java.sql.Connection;
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
 * {@value #FEED_STATE} holds the feed position the rows stand at, written in the same transaction as the rows;
 * {@value #FEED_BATCH} is a scratch list of the entries being replaced, empty outside a transaction.
 */
final class AnalyticsSchema {

    static final String SUMMARIES = "es_summary";
    static final String ORDINALS = "es_line_tariff";
    static final String FEED_STATE = "feed_state";
    static final String FEED_BATCH = "feed_batch";

    /** The tables exported and imported, in order. */
    static final List<String> REPORT_TABLES = List.of(SUMMARIES, ORDINALS);

    static final String SUMMARY_COLUMNS = "entry_number, version, status, release_status, entry_type, filer_code, "
            + "importer_number, port_of_entry, entry_date, summary_date, mode_of_transport, country_of_origin, "
            + "country_of_export, line_count, entered_value, duty, tax, fees, other, liquidation_date, "
            + "importer_sub_account_id, importer_identifier_id, filer_sub_account_id, filer_identifier_id";

    static final String ORDINAL_COLUMNS = "entry_number, line_number, tariff_ordinal, entry_type, importer_number, "
            + "port_of_entry, entry_date, summary_date, hts_number, goods_value, duty, tax, country_of_origin, "
            + "country_of_export, quantity_1, uom_1, filer_code, status, importer_sub_account_id, "
            + "importer_identifier_id, filer_sub_account_id, filer_identifier_id";

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
            )""", """
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
            )""", """
            create table if not exists feed_state (
                id             integer   primary key,
                transaction_id bigint    not null,
                entry_number   varchar   not null,
                applied_at     timestamp not null
            )""", """
            create table if not exists feed_batch (
                entry_number varchar not null
            )""", """
            insert into feed_state (id, transaction_id, entry_number, applied_at)
            select 1, 0, '', current_timestamp::timestamp where not exists (select 1 from feed_state)
            """);

    private AnalyticsSchema() {
    }

    /** Creates what is missing (a new store starts at the beginning of the feed). */
    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : CREATE) {
                statement.execute(sql);
            }
        }
    }
}
