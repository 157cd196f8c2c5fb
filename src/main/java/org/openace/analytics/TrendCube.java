package org.openace.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The store's trend cube ({@value #TABLE}): the tariff ordinals summed by month of entry date, port of entry, entry
 * type, HTS subheading (the first six digits, kept as {@code hts_number}) and country of origin, so that the national
 * trend questions read a table of cells rather than every ordinal. Columns named as in {@code es_line_tariff}, so that
 * a question's WHERE clause and grouping read either table alike (its {@code entry_date} is the first day of the
 * month).
 * <p>
 * Every measure adds up across cells, so that a cell is kept by adding what new rows bring and taking away what
 * replaced rows brought ({@link #add}, {@link #subtract}) in the feed's own transaction, and any grouping of cells is
 * exact: goods value and duty; {@code lines}, the commodity ordinals (those not of Chapter 99: one per tariff line);
 * {@code ordinals}, all of them; and entries counted once per group by a representative row. An entry is counted in
 * the cell of its line 1 ({@code e_entry}); within a chapter, heading, subheading or country of origin, and within
 * each of those together with the country, in the cell of its first row there ({@code e_chapter}, ...,
 * {@code e_subheading_country}, the first by line and ordinal number). Month, port and entry type are the entry's, so
 * summing a measure over any cells of one chapter (say) counts each entry with a row in that chapter once. What the
 * cube does not answer exactly (several HTS prefixes at once, prefixes longer than a subheading, Chapter 99's own
 * lines) is asked of {@code es_line_tariff} by the reader.
 */
public final class TrendCube {

    /** The cube's table. */
    public static final String TABLE = "es_trend_cube";

    static final String CREATE = """
            create table if not exists es_trend_cube (
                entry_date           date          not null,
                port_of_entry        varchar       not null,
                entry_type           varchar       not null,
                hts_number           varchar       not null,
                country_of_origin    varchar       not null,
                goods_value          decimal(38,2) not null,
                duty                 decimal(38,2) not null,
                lines                bigint        not null,
                ordinals             bigint        not null,
                e_entry              bigint        not null,
                e_country            bigint        not null,
                e_chapter            bigint        not null,
                e_heading            bigint        not null,
                e_subheading         bigint        not null,
                e_chapter_country    bigint        not null,
                e_heading_country    bigint        not null,
                e_subheading_country bigint        not null,
                primary key (entry_date, port_of_entry, entry_type, hts_number, country_of_origin)
            )""";

    /**
     * The counts of entries by a representative row, each by the name of its measure ({@code e_<name>}): the columns
     * that, with the entry, make a group whose first row (by line and ordinal number) represents the entry in it.
     */
    private static final Map<String, String> REPRESENTED_BY = representedBy();

    private static final String MEASURES = "goods_value, duty, lines, ordinals, e_entry"
            + String.join("", REPRESENTED_BY.keySet().stream().map(name -> ", e_" + name).toList());

    private TrendCube() {
    }

    /**
     * The measure counting entries once per group, for groups (or a filter) at an HTS level of {@code htsDigits}
     * (0: no HTS level, 2, 4 or 6) and, where {@code byCountry}, by (or filtered on) the country of origin too.
     */
    public static String entries(int htsDigits, boolean byCountry) {
        String level = switch (htsDigits) {
            case 0 -> byCountry ? "country" : "entry";
            case 2 -> "chapter";
            case 4 -> "heading";
            case 6 -> "subheading";
            default -> throw new IllegalArgumentException("No HTS level of " + htsDigits + " digits in the cube");
        };
        return "e_" + level + (byCountry && htsDigits > 0 ? "_country" : "");
    }

    /**
     * Makes the cube again from every row of {@code es_line_tariff} (a store made or seeded in bulk, or upgraded), a
     * month of entry dates at a time: an entry's rows share its entry date, so each month's cells are whole and apart
     * from the others', and the sorts that find the representative rows hold a month's rows rather than every row
     * (at 100 million rows, all at once spilled past the store's memory limit for most of an hour).
     */
    static void build(Statement statement) throws SQLException {
        statement.execute("delete from " + TABLE);
        List<LocalDate> months = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select distinct date_trunc('month', entry_date)::date as month "
                + "from es_line_tariff order by month")) {
            while (rs.next()) {
                months.add(rs.getObject(1, LocalDate.class));
            }
        }
        for (LocalDate month : months) {
            statement.execute("insert into " + TABLE + " (entry_date, port_of_entry, entry_type, hts_number, "
                    + "country_of_origin, " + MEASURES + ") " + cells("entry_date >= date '" + month
                    + "' and entry_date < date '" + month.plusMonths(1) + "'", false));
        }
    }

    /** Adds to the cube what the rows of the entries meeting {@code rows} (a condition on es_line_tariff) bring. */
    static void add(Statement statement, String rows) throws SQLException {
        merge(statement, rows, false);
    }

    /** Takes away from the cube what the rows of the entries meeting {@code rows} brought, before they are deleted. */
    static void subtract(Statement statement, String rows) throws SQLException {
        merge(statement, rows, true);
    }

    /** Deletes the cells no row is left in (after a subtraction, once the batch's additions are made). */
    static void prune(Statement statement) throws SQLException {
        statement.execute("delete from " + TABLE + " where ordinals = 0");
    }

    private static void merge(Statement statement, String rows, boolean negative) throws SQLException {
        StringBuilder update = new StringBuilder();
        for (String measure : MEASURES.split(", ")) {
            update.append(update.isEmpty() ? "" : ", ").append(measure).append(" = ").append(measure)
                    .append(" + excluded.").append(measure);
        }
        statement.execute("insert into " + TABLE + " (entry_date, port_of_entry, entry_type, hts_number, "
                + "country_of_origin, " + MEASURES + ") " + cells(rows, negative)
                + " on conflict (entry_date, port_of_entry, entry_type, hts_number, country_of_origin) do update set "
                + update);
    }

    /**
     * The cells of the rows meeting the condition (which must hold for every row of an entry or for none, so that
     * the representative rows are those of whole entries), each measure negated where asked.
     */
    private static String cells(String rows, boolean negative) {
        String sign = negative ? "-" : "";
        StringBuilder counts = new StringBuilder();
        StringBuilder firsts = new StringBuilder();
        REPRESENTED_BY.forEach((name, group) -> {
            counts.append(", ").append(sign).append("count(*) filter (where f_").append(name).append(')');
            firsts.append(", row_number() over (partition by coalesce(entry_key, hash(entry_number)), ").append(group)
                    .append(" order by line_number, tariff_ordinal) = 1 as f_").append(name);
        });
        return "select date_trunc('month', entry_date)::date, port_of_entry, entry_type, h6, country_of_origin, "
                + sign + "sum(goods_value), " + sign + "sum(duty), "
                + sign + "count(*) filter (where goods), " + sign + "count(*), "
                + sign + "count(*) filter (where line_number = 1 and goods)" + counts
                + " from (select entry_date, port_of_entry, entry_type, country_of_origin, goods_value, duty, "
                + "line_number, substr(hts_number, 1, 6) as h6, not starts_with(hts_number, '99') as goods" + firsts
                + " from es_line_tariff where " + rows + ") r "
                + "group by all";
    }

    private static Map<String, String> representedBy() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("country", "country_of_origin");
        groups.put("chapter", "substr(hts_number, 1, 2)");
        groups.put("heading", "substr(hts_number, 1, 4)");
        groups.put("subheading", "substr(hts_number, 1, 6)");
        groups.put("chapter_country", "substr(hts_number, 1, 2), country_of_origin");
        groups.put("heading_country", "substr(hts_number, 1, 4), country_of_origin");
        groups.put("subheading_country", "substr(hts_number, 1, 6), country_of_origin");
        return Collections.unmodifiableMap(groups);
    }
}
