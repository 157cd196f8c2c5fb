package org.openace.payment.statement;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows of {@code statement} and {@code statement_entry} as records. */
final class StatementRows {

    private StatementRows() {
    }

    static Statement statement(ResultSet rs, int row) throws SQLException {
        return new Statement(rs.getString("statement_number"), rs.getString("kind"), rs.getString("filer_code"),
                rs.getDate("statement_date").toLocalDate(), StatementStatus.valueOf(rs.getString("status")),
                rs.getInt("entry_count"), Amounts.read(rs), rs.getTimestamp("prepared_at").toInstant(),
                rs.getObject("importer_identifier_id", java.util.UUID.class), rs.getString("monthly_statement_number"),
                date(rs, "preliminary_date"), date(rs, "payment_due"),
                rs.getObject("filer_identifier_id", java.util.UUID.class));
    }

    private static java.time.@org.jspecify.annotations.Nullable LocalDate date(ResultSet rs, String column)
            throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static StatementEntry entry(ResultSet rs, int row) throws SQLException {
        return new StatementEntry(rs.getString("entry_number"), rs.getInt("entry_version"),
                rs.getString("entry_type"), rs.getString("port_of_entry"), rs.getString("importer_display"),
                rs.getDate("summary_date").toLocalDate(), rs.getDate("entry_date").toLocalDate(), Amounts.read(rs));
    }
}
