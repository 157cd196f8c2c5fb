package org.openace.trends;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.openace.analytics.AnalyticsReads;

/**
 * The 20 questions the national trends page asks (tests only), each through the trends module's own
 * {@link TrendQueries} as {@link TrendAnalysis} calls it: the page's six tables for a year, the drill-down from
 * chapter to heading to subheading and from a month, the same tables with each filter, and a partner agency's share.
 * The filter values are the data's own largest (chapter, heading, subheading, country, port), found by asking first,
 * so that every drill-down lands where an analyst would click.
 */
final class DashboardQuestions {

    /** One question: what it is, and asking it (its answer's size: rows, for a table; 1 for totals). */
    record Question(String name, Supplier<Integer> ask) {
    }

    private DashboardQuestions() {
    }

    static List<Question> of(TrendQueries queries, YearMonth latest) {
        TrendScope national = TrendScope.national();
        TrendFilter year = new TrendFilter(latest.minusMonths(TrendForm.DEFAULT_MONTHS - 1), latest, null, null, null,
                null);
        String chapter = first(queries.by(TrendDimension.CHAPTER, year, national, 3));
        String heading = first(queries.by(TrendDimension.HEADING, year.withHts(chapter), national, 1));
        String subheading = first(queries.by(TrendDimension.SUBHEADING, year.withHts(heading), national, 1));
        String country = first(queries.by(TrendDimension.COUNTRY, year, national, 1));
        String port = first(queries.by(TrendDimension.PORT, year, national, 1));
        TrendTable chapters = queries.by(TrendDimension.CHAPTER, year, national, 3);
        // a partner agency whose agreement covers the second and third largest chapters
        List<String> agreed = chapters.rows().stream().skip(1).map(TrendRow::key).toList();
        TrendScope agency = new TrendScope(agreed.isEmpty() ? List.of(chapter) : agreed, null);
        TrendFilter withCountry = new TrendFilter(year.from(), year.to(), null, country, null, null);
        TrendFilter withPort = new TrendFilter(year.from(), year.to(), null, null, port, null);
        TrendFilter adCvd = new TrendFilter(year.from(), year.to(), null, null, null, "03");
        TrendFilter chapterAndCountry = new TrendFilter(year.from(), year.to(), chapter, country, null, null);
        TrendFilter oneMonth = new TrendFilter(latest, latest, null, null, null, null);
        int top = TrendAnalysis.TOP;
        int most = TrendAnalysis.MOST_HTS_GROUPS;

        List<Question> questions = new ArrayList<>();
        questions.add(new Question("Latest month in the store (the page's default range)",
                () -> queries.latestMonth(national).isPresent() ? 1 : 0));
        questions.add(new Question("Totals, 12 months", () -> size(queries.totals(year, national))));
        questions.add(new Question("By month, 12 months", () -> table(queries.by(TrendDimension.MONTH, year, national,
                TrendForm.MOST_MONTHS))));
        questions.add(new Question("By HTS chapter", () -> table(queries.by(TrendDimension.CHAPTER, year, national,
                most))));
        questions.add(new Question("Top 10 countries of origin", () -> table(queries.by(TrendDimension.COUNTRY, year,
                national, top))));
        questions.add(new Question("Top 10 ports of entry", () -> table(queries.by(TrendDimension.PORT, year, national,
                top))));
        questions.add(new Question("By entry type", () -> table(queries.by(TrendDimension.ENTRY_TYPE, year, national,
                most))));
        questions.add(new Question("Drill-down: headings of chapter " + chapter, () -> table(queries.by(
                TrendDimension.HEADING, year.withHts(chapter), national, most))));
        questions.add(new Question("Drill-down: subheadings of heading " + heading, () -> table(queries.by(
                TrendDimension.SUBHEADING, year.withHts(heading), national, most))));
        questions.add(new Question("Drill-down: by month, subheading " + subheading, () -> table(queries.by(
                TrendDimension.MONTH, year.withHts(subheading), national, TrendForm.MOST_MONTHS))));
        questions.add(new Question("By month, chapter " + chapter, () -> table(queries.by(TrendDimension.MONTH,
                year.withHts(chapter), national, TrendForm.MOST_MONTHS))));
        questions.add(new Question("Top 10 countries, chapter " + chapter, () -> table(queries.by(
                TrendDimension.COUNTRY, year.withHts(chapter), national, top))));
        questions.add(new Question("Top 10 ports, origin " + country, () -> table(queries.by(TrendDimension.PORT,
                withCountry, national, top))));
        questions.add(new Question("By HTS chapter, origin " + country, () -> table(queries.by(TrendDimension.CHAPTER,
                withCountry, national, most))));
        questions.add(new Question("By month, port " + port, () -> table(queries.by(TrendDimension.MONTH, withPort,
                national, TrendForm.MOST_MONTHS))));
        questions.add(new Question("By HTS chapter, entry type 03 (AD/CVD)", () -> table(queries.by(
                TrendDimension.CHAPTER, adCvd, national, most))));
        questions.add(new Question("Totals, chapter " + chapter + " and origin " + country,
                () -> size(queries.totals(chapterAndCountry, national))));
        questions.add(new Question("Drill-down from a month: top 10 countries in " + latest, () -> table(queries.by(
                TrendDimension.COUNTRY, oneMonth, national, top))));
        questions.add(new Question("Agency share (chapters " + String.join(", ", agency.htsPrefixes())
                + "): by month", () -> table(queries.by(TrendDimension.MONTH, year, agency, TrendForm.MOST_MONTHS))));
        questions.add(new Question("Agency share: by HTS chapter", () -> table(queries.by(TrendDimension.CHAPTER, year,
                agency, most))));
        if (questions.size() != 20) {
            throw new IllegalStateException(questions.size() + " questions, not 20");
        }
        return questions;
    }

    /**
     * The officer's whole page for a year, as {@code /trends} asks it: the latest month (for the default range), then
     * {@link TrendAnalysis#run}'s six queries in turn.
     */
    static Question wholePage(TrendQueries queries, YearMonth latest) {
        TrendScope national = TrendScope.national();
        TrendFilter year = new TrendFilter(latest.minusMonths(TrendForm.DEFAULT_MONTHS - 1), latest, null, null, null,
                null);
        return new Question("The whole page, 12 months, national (its seven queries one after the other)", () -> {
            int rows = queries.latestMonth(national).isPresent() ? 1 : 0;
            rows += size(queries.totals(year, national));
            rows += table(queries.by(TrendDimension.MONTH, year, national, TrendForm.MOST_MONTHS));
            rows += table(queries.by(TrendDimension.htsBelow(0), year, national, TrendAnalysis.MOST_HTS_GROUPS));
            rows += table(queries.by(TrendDimension.COUNTRY, year, national, TrendAnalysis.TOP));
            rows += table(queries.by(TrendDimension.PORT, year, national, TrendAnalysis.TOP));
            rows += table(queries.by(TrendDimension.ENTRY_TYPE, year, national, TrendAnalysis.MOST_HTS_GROUPS));
            return rows;
        });
    }

    /**
     * Where the time of a dashboard question goes: "by month, 12 months" as the trends module asks it (sums, distinct
     * tariff lines, distinct entries, months as text), and the same grouping with fewer distinct counts, and with the
     * month as a date rather than text, in SQL of the same shape.
     */
    static List<Question> whereTheTimeGoes(AnalyticsReads reads, YearMonth latest) {
        String from = latest.minusMonths(TrendForm.DEFAULT_MONTHS - 1).atDay(1).toString();
        String until = latest.plusMonths(1).atDay(1).toString();
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("By month: sums, distinct lines and distinct entries (as TrendQueries)",
                "count(distinct (entry_number, line_number)), count(distinct entry_number)");
        variants.put("By month: sums and distinct entries only", "count(distinct entry_number)");
        variants.put("By month: sums and count(*) only (no distinct count)", "count(*)");
        variants.put("By month: sums and count(*), months as date_trunc('month', entry_date) instead of strftime",
                "count(*)");
        List<Question> questions = new ArrayList<>();
        variants.forEach((name, counts) -> {
            String month = name.contains("date_trunc") ? "date_trunc('month', entry_date)"
                    : "strftime(entry_date, '%Y-%m')";
            String sql = "select " + month + " as k, sum(goods_value), sum(duty), " + counts
                    + " from es_line_tariff where entry_date >= cast(? as date) and entry_date < cast(? as date) "
                    + "group by k order by k";
            questions.add(new Question(name, () -> {
                try {
                    return reads.read(c -> {
                        try (PreparedStatement statement = c.prepareStatement(sql)) {
                            statement.setString(1, from);
                            statement.setString(2, until);
                            int rows = 0;
                            try (ResultSet rs = statement.executeQuery()) {
                                while (rs.next()) {
                                    rows++;
                                }
                            }
                            return rows;
                        }
                    });
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        });
        return questions;
    }

    private static String first(TrendTable table) {
        if (table.rows().isEmpty()) {
            throw new IllegalStateException("No " + table.dimension().title().toLowerCase(Locale.ROOT)
                    + " in the store: no data?");
        }
        return table.rows().getFirst().key();
    }

    private static int table(TrendTable table) {
        return table.rows().size();
    }

    private static int size(TrendRow totals) {
        return totals.lines() > 0 ? 1 : 0;
    }
}
