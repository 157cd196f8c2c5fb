package org.openace.reports.output;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.openace.reports.ReportColumn;
import org.openace.reports.ReportResult;

/**
 * The SQL that reads a result's Parquet file in DuckDB: its columns renamed by position ({@code c1}, {@code c2}, ...,
 * whatever the writer named them), each cast to the type of its kind, so that a format relies on the types and never
 * on the names. The file's path is written into the SQL as a literal (COPY takes no parameters), quoted.
 */
final class ResultFile {

    private ResultFile() {
    }

    /** {@code read_parquet('path') as result(c1, ..., cn)}. */
    static String source(ReportResult result) {
        StringJoiner names = new StringJoiner(", ", "(", ")");
        for (int i = 1; i <= result.columns().size(); i++) {
            names.add(name(i));
        }
        return "read_parquet(" + literal(result.file().toAbsolutePath().toString()) + ") as result" + names;
    }

    /** The columns cast to their kind's type, in order: what XLSX and PDF read. */
    static String typedColumns(ReportResult result) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            columns.add(typed(result.columns().get(i).kind(), name(i + 1)));
        }
        return String.join(", ", columns);
    }

    static String typed(ReportColumn.Kind kind, String column) {
        return switch (kind) {
            case TEXT -> "cast(" + column + " as varchar)";
            case INTEGER -> "cast(" + column + " as bigint)";
            case DATE -> "cast(" + column + " as date)";
            case MONEY -> "cast(" + column + " as decimal(18,2))";
            case QUANTITY -> "cast(" + column + " as decimal(21,6))";
        };
    }

    static String name(int position) {
        return "c" + position;
    }

    /**
     * Refuses a file whose columns are not as many as the result's: a format would otherwise write values under the
     * wrong headers.
     */
    static void check(Connection connection, ReportResult result) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("select * from read_parquet("
                     + literal(result.file().toAbsolutePath().toString()) + ") limit 0")) {
            int columns = rs.getMetaData().getColumnCount();
            if (columns != result.columns().size()) {
                throw new IllegalStateException("The result file of \"" + result.title() + "\" has " + columns
                        + " columns, its report " + result.columns().size());
            }
        }
    }

    /** Streams the next query's rows from DuckDB chunk by chunk instead of holding all of them first. */
    static void streamResults(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session jdbc_stream_results = true");
        }
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
