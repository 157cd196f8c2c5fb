package org.openace.analytics;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;

/**
 * Many tariff ordinals in a node's analytics store at once, for benchmarks of what reads the store (tests only): the
 * rows of one entry filed for real, copied by DuckDB into {@code copies} more rows of made-up entries of the same
 * filer, importer and sub-accounts (four lines each, entry dates spread over {@code days} from {@code from}, values
 * varied), written straight into {@code es_line_tariff} beside the feed (which touches only the entries it reads).
 */
public final class BenchmarkRows {

    private BenchmarkRows() {
    }

    /** Adds the copies; answers how many ordinals of the template's filer the store then holds. */
    public static long copies(ApplicationContext context, String templateEntry, long copies, LocalDate from, int days)
            throws Exception {
        AnalyticsStore store = context.getBean(AnalyticsStore.class);
        Map<String, String> changed = Map.of(
                "entry_number", "t.filer_code || '9' || lpad(((i // 4) % 10000000)::varchar, 7, '0')",
                "line_number", "1 + i % 4",
                "tariff_ordinal", "1",
                "entry_date", "cast(? as date) + cast(i % ? as integer)",
                "summary_date", "cast(? as date) + cast(i % ? as integer) + 3",
                "goods_value", "t.goods_value + cast((i % 997) as decimal(18,2))",
                "entry_key", "9000000000000 + i // 4");
        List<String> select = new ArrayList<>();
        for (String column : AnalyticsSchema.ORDINAL_COLUMNS.split(", ")) {
            select.add(changed.getOrDefault(column, "t." + column));
        }
        return store.with(c -> {
            try (PreparedStatement insert = c.prepareStatement("insert into es_line_tariff ("
                    + AnalyticsSchema.ORDINAL_COLUMNS + ") select " + String.join(", ", select)
                    + " from (select * from es_line_tariff where entry_number = ? limit 1) t, range(?) r(i)")) {
                insert.setString(1, from.toString());
                insert.setInt(2, days);
                insert.setString(3, from.toString());
                insert.setInt(4, days);
                insert.setString(5, templateEntry);
                insert.setLong(6, copies);
                insert.executeUpdate();
            }
            try (PreparedStatement count = c.prepareStatement("select count(*) from es_line_tariff "
                    + "where filer_code = (select filer_code from es_line_tariff where entry_number = ? limit 1)")) {
                count.setString(1, templateEntry);
                try (var rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
