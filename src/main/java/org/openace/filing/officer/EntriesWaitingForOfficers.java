package org.openace.filing.officer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.filing.EntryNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The officers' work queue, each list by its own partial index: entries whose cargo is held, rejected summaries not
 * resubmitted by their deadline, and liquidations scheduled this week (Monday to Sunday). Importers are shown masked.
 */
@Component
class EntriesWaitingForOfficers {

    static final int LIMIT = 100;

    /** An entry in a list, with the date the list is about. */
    record Waiting(String entryNumber, String entryType, String port, LocalDate summaryDate, String importer,
                   String filerCode, String status, String release, @Nullable LocalDate date) {
    }

    private final JdbcClient jdbc;

    EntriesWaitingForOfficers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Held cargo, the longest held first. */
    List<Waiting> held() {
        return jdbc.sql(select("summary_date") + """
                where release_status = 'HELD' order by summary_date, entry_number limit ?
                """).param(LIMIT).query(EntriesWaitingForOfficers::waiting).list();
    }

    /** Rejected summaries whose resubmission deadline has passed, the oldest first. */
    List<Waiting> rejectsOverdue(LocalDate today) {
        return jdbc.sql(select("resubmit_by") + """
                where status = 'REJECTED' and resubmit_by < ? order by resubmit_by, entry_number limit ?
                """).param(Date.valueOf(today)).param(LIMIT).query(EntriesWaitingForOfficers::waiting).list();
    }

    /** Liquidations scheduled in the week of {@code today}. */
    List<Waiting> liquidatingThisWeek(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return jdbc.sql(select("liquidation_date") + """
                where status = 'LIQUIDATION_SCHEDULED' and liquidation_date between ? and ?
                order by liquidation_date, entry_number limit ?
                """).param(Date.valueOf(monday)).param(Date.valueOf(monday.plusDays(6))).param(LIMIT)
                .query(EntriesWaitingForOfficers::waiting).list();
    }

    private static String select(String dateColumn) {
        return "select entry_number, entry_type, port_of_entry, summary_date, importer_display, filer_code, status, "
                + "release_status, " + dateColumn + " as list_date from entry_summary ";
    }

    private static Waiting waiting(ResultSet rs, int row) throws SQLException {
        Date date = rs.getDate("list_date");
        return new Waiting(EntryNumber.parse(rs.getString("entry_number")).formatted(), rs.getString("entry_type"),
                rs.getString("port_of_entry"), rs.getDate("summary_date").toLocalDate(),
                rs.getString("importer_display"), rs.getString("filer_code"), rs.getString("status"),
                rs.getString("release_status"), date == null ? null : date.toLocalDate());
    }
}
