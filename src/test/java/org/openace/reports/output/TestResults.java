package org.openace.reports.output;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.openace.reports.ReportColumn;
import org.openace.reports.ReportColumn.Kind;
import org.openace.reports.ReportResult;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Result files written by DuckDB as a run writes them, and the formats on them. */
final class TestResults {

    /** ES-003 "Entry Summary Line Tariff Details", its first 15 columns as ACE publishes them. */
    static final List<ReportColumn> ES_003 = List.of(
            new ReportColumn("Entry Summary Number", Kind.TEXT),
            new ReportColumn("Entry Summary Line Number", Kind.INTEGER),
            new ReportColumn("Entry Type Code", Kind.TEXT),
            new ReportColumn("Importer Number", Kind.TEXT),
            new ReportColumn("Port of Entry Code", Kind.TEXT),
            new ReportColumn("Entry Date", Kind.DATE),
            new ReportColumn("Entry Summary Date", Kind.DATE),
            new ReportColumn("HTS Number - Full", Kind.TEXT),
            new ReportColumn("Tariff Ordinal Number", Kind.INTEGER),
            new ReportColumn("Line Tariff Goods Value Amount", Kind.MONEY),
            new ReportColumn("Line Tariff Duty Amount", Kind.MONEY),
            new ReportColumn("Country of Origin Code", Kind.TEXT),
            new ReportColumn("Country of Export Code", Kind.TEXT),
            new ReportColumn("Line Tariff Quantity (1)", Kind.QUANTITY),
            new ReportColumn("Line Tariff UOM (1) Code", Kind.TEXT));

    static final String ES_003_TITLE = "ES-003 Entry Summary Line Tariff Details";

    private TestResults() {
    }

    /**
     * {@code rows} generated ES-003 rows: entry summaries of 4 lines, 3 ordinals, a year of dates, amounts up to
     * $1.3 million with cents, quantities with and without decimals, a masked importer number.
     */
    static String es003(long rows) {
        return """
                select 'D3M' || lpad((9000000 + i // 4)::varchar, 8, '0'),
                    (i % 4 + 1)::bigint,
                    case when i % 10 = 0 then '03' else '01' end,
                    '**-***' || lpad((i % 9000 + 1000)::varchar, 4, '0'),
                    lpad(((i % 40) * 100 + 101)::varchar, 4, '0'),
                    date '2026-01-01' + (i % 365)::int,
                    date '2026-01-05' + (i % 365)::int,
                    (9403200000 + (i % 500) * 10)::varchar,
                    (i % 3 + 1)::bigint,
                    ((i * 7919) % 100000000 / 100.0 + 0.07)::decimal(18,2),
                    ((i * 7919) % 100000000 / 2500.0)::decimal(18,2),
                    case i % 3 when 0 then 'CN' when 1 then 'VN' else 'MX' end,
                    case i % 2 when 0 then 'CN' else 'HK' end,
                    ((i % 1000) * 1.25)::decimal(21,6),
                    case i % 2 when 0 then 'PCS' else 'KG' end
                from range(ROWS) t(i)
                """.replace("ROWS", Long.toString(rows));
    }

    /** Writes the rows the select gives (one column per report column, in order) as a run's Parquet file. */
    static ReportResult write(Path folder, String title, List<ReportColumn> columns, String select)
            throws SQLException, IOException {
        Path file = folder.resolve("result-" + System.nanoTime() + ".parquet");
        long rows = new org.openace.reports.run.ResultDatabase().read(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("copy (" + select + ") to '" + file + "' (format parquet)");
                try (var rs = statement.executeQuery("select count(*) from read_parquet('" + file + "')")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return new ReportResult(title, file, columns, rows);
    }

    static ReportFormats formats(long pdfMaxRows, int xlsxRowsPerSheet) {
        return new ReportFormats(new org.openace.reports.run.ResultDatabase(), messages(), new ReportPdfProperties(pdfMaxRows),
                xlsxRowsPerSheet);
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
