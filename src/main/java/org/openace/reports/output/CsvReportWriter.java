package org.openace.reports.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.openace.analytics.AnalyticsReads;
import org.openace.reports.ReportColumn;
import org.openace.reports.ReportResult;

/**
 * Writes a result as CSV: RFC 4180, UTF-8 without a byte order mark (the header line is then exactly the headers),
 * CRLF line ends, a field quoted only where RFC 4180 requires it (a comma, a double quote, a CR or LF inside).
 * <ul>
 * <li>Headers exactly as the report gives them (ES-003's "Line Tariff Quantity (1)" as is).</li>
 * <li>Dates MM/DD/YYYY, as ACE writes them; money as a plain decimal with two places ({@code 10000.00},
 * {@code -12.50}: no currency sign, no thousands separator); quantities without trailing zeros ({@code 12.5},
 * {@code 100}); integers as digits; an empty value (none, or empty text) as an empty field.</li>
 * <li>CSV injection: a text value that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR, which a
 * spreadsheet would run as a formula, is written with a leading apostrophe ({@code '=1+2}), unless it is a plain
 * decimal number ({@code -5}, {@code +1.5}), which a spreadsheet reads as that number. Money, quantities and
 * integers are numbers written by this class, never prefixed: a negative amount stays a number. A program reading
 * the CSV gets the stored text back by removing that one apostrophe.</li>
 * </ul>
 * DuckDB formats the values and writes the rows ({@code COPY ... TO} a temporary file, streamed with flat memory on
 * both sides, several times faster than formatting each value in Java: docs/benchmarks.md); the file is then copied
 * to the stream after the header line and deleted, so that the store's connection is not held while a slow client
 * downloads.
 */
final class CsvReportWriter {

    static final String LINE_END = "\r\n";

    private final AnalyticsReads reads;

    CsvReportWriter(AnalyticsReads reads) {
        this.reads = reads;
    }

    void write(ReportResult result, OutputStream out) throws IOException, SQLException {
        Path rows = Files.createTempFile("openace-report-", ".csv");
        try {
            reads.read(connection -> {
                ResultFile.check(connection, result);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("copy (select " + String.join(", ", formatted(result.columns())) + " from "
                            + ResultFile.source(result) + ") to " + ResultFile.literal(rows.toAbsolutePath().toString())
                            + " (format csv, header false, new_line '\\r\\n')");
                }
                return null;
            });
            out.write(header(result.columns()).getBytes(StandardCharsets.UTF_8));
            Files.copy(rows, out);
            out.flush();
        }
        finally {
            Files.deleteIfExists(rows);
        }
    }

    static String header(List<ReportColumn> columns) {
        StringBuilder line = new StringBuilder();
        for (ReportColumn column : columns) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(field(column.header()));
        }
        return line.append(LINE_END).toString();
    }

    /** A field as RFC 4180 writes it: quoted, its quotes doubled, only when it holds a comma, quote, CR or LF. */
    static String field(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }

    private static List<String> formatted(List<ReportColumn> columns) {
        List<String> formatted = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = ResultFile.name(i + 1);
            String typed = ResultFile.typed(columns.get(i).kind(), column);
            formatted.add(switch (columns.get(i).kind()) {
                case TEXT -> "case when regexp_matches(" + typed + ", '^[=+\\-@\\t\\r]') and not regexp_full_match("
                        + typed + ", '[+-]?[0-9]+(\\.[0-9]+)?') then '''' || " + typed + " else nullif(" + typed
                        + ", '') end";
                case INTEGER -> typed;
                case DATE -> "strftime(" + typed + ", '%m/%d/%Y')";
                case MONEY -> "cast(" + typed + " as varchar)";
                // a decimal(21,6) always has its point: trailing zeros, then a bare point, go
                case QUANTITY -> "rtrim(rtrim(cast(" + typed + " as varchar), '0'), '.')";
            } + " as " + column);
        }
        return formatted;
    }
}
