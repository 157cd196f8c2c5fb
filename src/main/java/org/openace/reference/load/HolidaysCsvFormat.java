package org.openace.reference.load;

import java.io.InputStream;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Federal holidays and closures: {@code Date,Observed,Name,Source}: the holiday's legal date (5 U.S.C. 6103(a)), the
 * day it is observed (the Friday before a Saturday, the Monday after a Sunday; the same day otherwise), its name and
 * the source. A closure by executive order has the same date in both columns.
 */
@Component
class HolidaysCsvFormat implements ReferenceFormat {

    static final List<String> HEADER = List.of("Date", "Observed", "Name", "Source");

    private final JdbcTemplate jdbc;

    HolidaysCsvFormat(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.HOLIDAYS;
    }

    @Override
    public int load(InputStream in, UUID loadId) {
        RowBatch batch = new RowBatch(jdbc, """
                insert into reference_holiday (load_id, observed_date, holiday_date, name, source) values (?, ?, ?, ?, ?)
                """);
        Set<LocalDate> seen = new HashSet<>();
        CsvFile.read(in, HEADER, row -> {
            LocalDate date = Fields.date(row, 0, "Date", true);
            LocalDate observed = Fields.date(row, 1, "Observed", true);
            String name = Fields.text(row, 2, "Name", 200, true);
            String source = Fields.text(row, 3, "Source", 2000, true);
            if (Math.abs(observed.toEpochDay() - date.toEpochDay()) > 1) {
                throw new MalformedReferenceFileException(row.where(), "Observed " + observed
                        + " is more than a day from Date " + date);
            }
            if (observed.getDayOfWeek() == DayOfWeek.SATURDAY || observed.getDayOfWeek() == DayOfWeek.SUNDAY) {
                throw new MalformedReferenceFileException(row.where(), "Observed " + observed + " is a "
                        + observed.getDayOfWeek().name().charAt(0) + observed.getDayOfWeek().name().substring(1).toLowerCase()
                        + "; a weekend holiday is observed on the Friday before or the Monday after");
            }
            if (!seen.add(observed)) {
                throw new MalformedReferenceFileException(row.where(), "Observed " + observed + " is listed twice");
            }
            batch.add(loadId, Date.valueOf(observed), Date.valueOf(date), name, source);
        });
        return batch.finish();
    }
}
