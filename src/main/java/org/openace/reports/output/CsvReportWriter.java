package org.openace.reports.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.openace.reports.run.ResultDatabase;
import org.openace.reports.ReportColumn;
import org.openace.reports.ReportResult;

/**
 * Writes a result as CSV: RFC 4180, UTF-8 without a byte order mark (the header line is then exactly the headers),
 * CRLF line ends, a field quoted only where RFC 4180 requires it (a comma, a double quote, a CR or LF inside).
 * <ul>
 * <li>Headers exactly as the report gives them (ES-003's "Line Tariff Quantity (1)" as is).</li>
 * <li>Dates MM/DD/YYYY, as ACE writes them; money as a plain decimal with two places ({@code 10000.00},
 * {@code -12.50}: no currency sign, no thousands separator); quantities without trailing zeros ({@code 12.5},
 * {@code 100}); integers as digits; no value as an empty field.</li>
 * <li>CSV injection: a text value that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR, which a
 * spreadsheet would run as a formula, is written with a leading apostrophe ({@code '=1+2}), unless it is a plain
 * decimal number ({@code -5}, {@code +1.5}), which a spreadsheet reads as that number. Money, quantities and
 * integers are numbers written by this class, never prefixed: a negative amount stays a number. A program reading
 * the CSV gets the stored text back by removing that one apostrophe.</li>
 * </ul>
 * DuckDB formats each row into its line, as UTF-8 bytes (vectorised, on its own threads), and the lines are streamed
 * over JDBC to the client as they come, chunk by chunk, with flat memory on both sides. Of the ways measured
 * (docs/benchmarks.md) the fastest and the one that takes the least CPU: DuckDB's COPY to a temporary file, then
 * copied to the client, took about a third more CPU (and the file's size on disk), lines as Strings about half
 * more, each value formatted in Java about three times as much.
 */
final class CsvReportWriter {

    static final String LINE_END = "\r\n";
    /** A text a spreadsheet may run as a formula; a text RFC 4180 quotes; a plain decimal number (RE2 patterns). */
    private static final String FORMULA = "^[=+\\-@\\t\\r]";
    private static final String QUOTED = "[\",\\r\\n]";
    private static final String NUMBER = "[+-]?[0-9]+(\\.[0-9]+)?";

    private final ResultDatabase reads;

    CsvReportWriter(ResultDatabase reads) {
        this.reads = reads;
    }

    void write(ReportResult result, OutputStream out) throws IOException, SQLException {
        OutputStream buffered = new BufferedOutputStream(out, 65_536);
        reads.read(connection -> {
            ResultFile.check(connection, result);
            buffered.write(header(result.columns()).getBytes(StandardCharsets.UTF_8));
            ResultFile.streamResults(connection);
            // each line as its UTF-8 bytes, its end included: nothing to decode into a String and encode again
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select encode(concat(" + line(result.columns())
                         + ", chr(13), chr(10))) from " + ResultFile.source(result))) {
                while (rs.next()) {
                    buffered.write(rs.getBytes(1));
                }
            }
            return null;
        });
        buffered.flush();
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

    /**
     * The SQL of a row's line without its end: each column's value as {@link #values} gives it, a text quoted as
     * RFC 4180 requires, joined by commas. A text is first looked at for its first character (= + - @ tab CR) and
     * for a comma, quote, CR or LF; only the rare one that has any is then treated.
     */
    static String line(List<ReportColumn> columns) {
        List<String> values = values(columns);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String value = values.get(i);
            if (columns.get(i).kind() == ReportColumn.Kind.TEXT) {
                String text = ResultFile.typed(ReportColumn.Kind.TEXT, ResultFile.name(i + 1));
                // cheaper than a regular expression on each value, several times over (docs/benchmarks.md)
                value = "case when not (ascii(" + text + ") in (61, 43, 45, 64, 9, 13) or contains(" + text
                        + ", ',') or contains(" + text + ", '\"') or contains(" + text + ", chr(10)) or contains("
                        + text + ", chr(13))) then " + text + " else " + quoted(value) + " end";
            }
            fields.add(value);
        }
        // concat() takes a null (no value) as an empty field
        return "concat(" + String.join(", ',', ", fields) + ")";
    }

    private static String quoted(String value) {
        return "(case when regexp_matches(" + value + ", '" + QUOTED + "') then '\"' || replace(" + value
                + ", '\"', '\"\"') || '\"' else " + value + " end)";
    }

    /** The SQL of each column's value as the CSV writes it, before RFC 4180 quoting. */
    static List<String> values(List<ReportColumn> columns) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String typed = ResultFile.typed(columns.get(i).kind(), ResultFile.name(i + 1));
            values.add(switch (columns.get(i).kind()) {
                case TEXT -> "(case when regexp_matches(" + typed + ", '" + FORMULA + "') and not regexp_full_match("
                        + typed + ", '" + NUMBER + "') then '''' || " + typed + " else " + typed + " end)";
                case INTEGER -> "cast(" + typed + " as varchar)";
                case DATE -> "strftime(" + typed + ", '%m/%d/%Y')";
                case MONEY -> "cast(" + typed + " as varchar)";
                // a decimal(21,6) always has its point: trailing zeros, then a bare point, go
                case QUANTITY -> "rtrim(rtrim(cast(" + typed + " as varchar), '0'), '.')";
            });
        }
        return values;
    }
}
