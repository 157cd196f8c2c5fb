package org.openace.compliance;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily snapshots of each trade user's compliance figures: one row per user and day, the last figures of the day
 * kept (a view later the same day, or the nightly run, replaces them). The chart over time reads them.
 */
@Component
class ComplianceSnapshots {

    private final JdbcClient jdbc;

    ComplianceSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(UserId user, ComplianceSnapshot s) {
        jdbc.sql("""
                insert into compliance_snapshot (user_id, day, forms_due_soon, forms_overdue, rejected, held,
                    liquidating, protests_pending, adcvd_deposits, members_near_inactivity, taken_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (user_id, day) do update set forms_due_soon = excluded.forms_due_soon,
                    forms_overdue = excluded.forms_overdue, rejected = excluded.rejected, held = excluded.held,
                    liquidating = excluded.liquidating, protests_pending = excluded.protests_pending,
                    adcvd_deposits = excluded.adcvd_deposits,
                    members_near_inactivity = excluded.members_near_inactivity, taken_at = excluded.taken_at
                """).param(user.value()).param(Date.valueOf(s.day())).param(s.formsDueSoon()).param(s.formsOverdue())
                .param(s.rejected()).param(s.held()).param(s.liquidating()).param(s.protestsPending())
                .param(s.adCvdDeposits()).param(s.membersNearInactivity()).update();
    }

    /** The user's snapshots from a day to another (both included), oldest first. */
    List<ComplianceSnapshot> between(UserId user, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select day, forms_due_soon, forms_overdue, rejected, held, liquidating, protests_pending,
                       adcvd_deposits, members_near_inactivity
                from compliance_snapshot where user_id = ? and day between ? and ? order by day
                """).param(user.value()).param(Date.valueOf(from)).param(Date.valueOf(to))
                .query((rs, n) -> new ComplianceSnapshot(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8),
                        rs.getLong(9))).list();
    }

    /** Snapshots older than the day given are deleted; how many. */
    int deleteBefore(LocalDate day) {
        return jdbc.sql("delete from compliance_snapshot where day < ?").param(Date.valueOf(day)).update();
    }
}
