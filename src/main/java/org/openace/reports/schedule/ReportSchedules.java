package org.openace.reports.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.identity.UserId;
import org.openace.reports.run.RunAudience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The schedules in PostgreSQL ({@code report_schedule}). Each change is one statement, conditional on the state it
 * changes from, so that two nodes (or a node and the schedule's owner) never both move a schedule.
 */
@Component
class ReportSchedules {

    private static final String COLUMNS = "id, owner_id, audience, report_code, title, prompts::text as prompts, "
            + "definition::text as definition, frequency, weekday, day_of_month, time_of_day, zone, status, "
            + "stop_reason, next_run_at, created_at, updated_at, last_run_id, last_run_at";

    /** A schedule due, as the query for due schedules sees it before taking it. */
    record Due(UUID id, Instant dueAt, Timing timing) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportSchedules(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ReportSchedule schedule) {
        Timing timing = schedule.timing();
        jdbc.sql("""
                insert into report_schedule (id, owner_id, audience, report_code, title, prompts, definition,
                    frequency, weekday, day_of_month, time_of_day, zone, status, next_run_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).param(schedule.id()).param(schedule.owner().value()).param(schedule.audience().name())
                .param(schedule.reportCode()).param(schedule.title()).param(json.writeValueAsString(schedule.prompts()))
                .param(schedule.definition()).param(timing.frequency().name())
                .param(timing.weekday() == null ? null : timing.weekday().getValue()).param(timing.dayOfMonth())
                .param(timing.time()).param(timing.zone().getId()).param(schedule.status().name())
                .param(timestamp(schedule.nextRunAt())).param(timestamp(schedule.createdAt()))
                .param(timestamp(schedule.updatedAt())).update();
    }

    Optional<ReportSchedule> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from report_schedule where id = ?").param(id).query(this::schedule)
                .optional();
    }

    /** The owner's schedules, oldest first. */
    List<ReportSchedule> ofOwner(UserId owner) {
        return jdbc.sql("select " + COLUMNS + " from report_schedule where owner_id = ? order by created_at, id")
                .param(owner.value()).query(this::schedule).list();
    }

    /** Active schedules due at {@code now}, the longest due first: candidates, each then taken with {@link #take}. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("""
                select id, next_run_at, frequency, weekday, day_of_month, time_of_day, zone from report_schedule
                where status = 'ACTIVE' and next_run_at <= ? order by next_run_at limit ?
                """).param(Timestamp.from(now)).param(limit)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getTimestamp("next_run_at").toInstant(),
                        timing(rs)))
                .list();
    }

    /**
     * Takes a due schedule for this node: in one statement, moves its next time on to {@code nextAt} where it is
     * still active, still due at {@code dueAt} (no node took it meanwhile) and not held by another node's
     * transaction. Answers the schedule as it was taken, or empty where another node has it.
     */
    Optional<ReportSchedule> take(UUID id, Instant dueAt, Instant nextAt, Instant now) {
        return jdbc.sql("""
                update report_schedule set next_run_at = ?, updated_at = ?
                where id = (select id from report_schedule where id = ? and status = 'ACTIVE' and next_run_at = ?
                            for update skip locked)
                returning\s""" + COLUMNS)
                .param(Timestamp.from(nextAt)).param(Timestamp.from(now)).param(id).param(Timestamp.from(dueAt))
                .query(this::schedule).optional();
    }

    /** Writes the run asked for by a schedule. */
    void ran(UUID id, UUID run, Instant at) {
        jdbc.sql("update report_schedule set last_run_id = ?, last_run_at = ? where id = ?").param(run)
                .param(Timestamp.from(at)).param(id).update();
    }

    /** Writes a move of a schedule, where it is still in the status the move was made from. */
    boolean moved(ReportSchedule before, ReportSchedule after) {
        return jdbc.sql("""
                update report_schedule set status = ?, stop_reason = ?, next_run_at = ?, updated_at = ?
                where id = ? and status = ?
                """).param(after.status().name()).param(after.stopReason()).param(timestamp(after.nextRunAt()))
                .param(Timestamp.from(after.updatedAt())).param(before.id()).param(before.status().name())
                .update() == 1;
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from report_schedule where id = ?").param(id).update() == 1;
    }

    private ReportSchedule schedule(ResultSet rs, int row) throws SQLException {
        UUID lastRun = rs.getObject("last_run_id", UUID.class);
        return new ReportSchedule(rs.getObject("id", UUID.class), new UserId(rs.getObject("owner_id", UUID.class)),
                RunAudience.valueOf(rs.getString("audience")), rs.getString("report_code"), rs.getString("title"),
                json.readValue(rs.getString("prompts"), SchedulePrompts.class), rs.getString("definition"),
                timing(rs), ScheduleStatus.valueOf(rs.getString("status")), rs.getString("stop_reason"),
                instant(rs, "next_run_at"), instant(rs, "created_at"), instant(rs, "updated_at"), lastRun,
                instant(rs, "last_run_at"));
    }

    private static Timing timing(ResultSet rs) throws SQLException {
        int weekday = rs.getInt("weekday");
        DayOfWeek day = rs.wasNull() ? null : DayOfWeek.of(weekday);
        int dayOfMonth = rs.getInt("day_of_month");
        Integer monthDay = rs.wasNull() ? null : dayOfMonth;
        return new Timing(Frequency.valueOf(rs.getString("frequency")), day, monthDay,
                rs.getObject("time_of_day", LocalTime.class), ZoneId.of(rs.getString("zone")));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
