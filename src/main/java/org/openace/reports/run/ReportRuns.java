package org.openace.reports.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.identity.UserId;
import org.openace.reports.catalog.ReportPrompts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The runs in PostgreSQL ({@code report_run}), the queue every node's workers take runs from and the history their
 * owners see. Each change is one statement, conditional on the state it changes from, so that two nodes never both
 * take a run or finish it.
 */
@Component
public class ReportRuns {

    private static final String COLUMNS = "id, owner_id, audience, report_code, title, prompts::text as prompts, "
            + "status, progress, row_count, cancel_requested, failure, requested_at, started_at, finished_at, "
            + "result_expired, schedule_id, definition::text as definition, api_token_id";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ReportRun run) {
        jdbc.sql("""
                insert into report_run (id, owner_id, audience, report_code, title, prompts, status, requested_at,
                                        schedule_id, definition, api_token_id)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb), ?)
                """).param(run.id()).param(run.owner() == null ? null : run.owner().value())
                .param(run.audience().name()).param(run.reportCode()).param(run.title())
                .param(json.writeValueAsString(run.prompts())).param(run.status().name())
                .param(Timestamp.from(run.requestedAt())).param(run.scheduleId()).param(run.definition())
                .param(run.apiToken()).update();
    }

    public Optional<ReportRun> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from report_run where id = ?").param(id).query(this::run).optional();
    }

    /** The owner's runs, newest first, a page after the given one ({@code before}: the last run of the page before). */
    public List<ReportRun> ofOwner(UserId owner, @Nullable ReportRun before, int limit) {
        return asked("owner_id", owner.value(), before, limit);
    }

    /** The runs an API token asked for, newest first, a page after the given one (as {@link #ofOwner}). */
    public List<ReportRun> ofToken(UUID token, @Nullable ReportRun before, int limit) {
        return asked("api_token_id", token, before, limit);
    }

    private List<ReportRun> asked(String asker, UUID id, @Nullable ReportRun before, int limit) {
        if (before == null) {
            return jdbc.sql("select " + COLUMNS + " from report_run where " + asker + " = ? "
                            + "order by requested_at desc, id desc limit ?")
                    .param(id).param(limit).query(this::run).list();
        }
        return jdbc.sql("select " + COLUMNS + " from report_run where " + asker + " = ? and (requested_at, id) < (?, ?) "
                        + "order by requested_at desc, id desc limit ?")
                .param(id).param(Timestamp.from(before.requestedAt())).param(before.id()).param(limit)
                .query(this::run).list();
    }

    /** How many runs the asker (a user, or an API token) has waiting or running, not counting scheduled ones. */
    long active(@Nullable UserId owner, @Nullable UUID token) {
        return jdbc.sql("select count(*) from report_run where status in ('QUEUED', 'RUNNING') and schedule_id is null "
                        + "and (owner_id = ? or api_token_id = ?)")
                .param(owner == null ? null : owner.value()).param(token).query(Long.class).single();
    }

    /** Takes the oldest waiting run for this node, if there is one no other node has taken. */
    Optional<ReportRun> claim(String node, Instant now) {
        return jdbc.sql("""
                update report_run set status = 'RUNNING', node = ?, started_at = ?, heartbeat_at = ?,
                                      attempts = attempts + 1, progress = 0
                where id = (select id from report_run where status = 'QUEUED' order by requested_at
                            limit 1 for update skip locked)
                returning\s""" + COLUMNS)
                .param(node).param(Timestamp.from(now)).param(Timestamp.from(now)).query(this::run).optional();
    }

    /** Writes a running run's progress and heartbeat; answers whether its cancel was asked for. */
    boolean heartbeat(UUID id, String node, int progress, Instant now) {
        return jdbc.sql("""
                update report_run set progress = greatest(progress, ?), heartbeat_at = ?
                where id = ? and status = 'RUNNING' and node = ? returning cancel_requested
                """).param(Math.clamp(progress, 0, 99)).param(Timestamp.from(now)).param(id).param(node)
                .query(Boolean.class).optional().orElse(true);
    }

    boolean succeeded(UUID id, String node, long rows, Instant now) {
        return jdbc.sql("""
                update report_run set status = 'SUCCEEDED', progress = 100, row_count = ?, finished_at = ?
                where id = ? and status = 'RUNNING' and node = ?
                """).param(rows).param(Timestamp.from(now)).param(id).param(node).update() == 1;
    }

    boolean failed(UUID id, String node, String reason, Instant now) {
        return jdbc.sql("""
                update report_run set status = 'FAILED', failure = ?, finished_at = ?
                where id = ? and status = 'RUNNING' and node = ?
                """).param(reason).param(Timestamp.from(now)).param(id).param(node).update() == 1;
    }

    boolean cancelledRunning(UUID id, String node, Instant now) {
        return jdbc.sql("""
                update report_run set status = 'CANCELLED', finished_at = ?
                where id = ? and status = 'RUNNING' and node = ?
                """).param(Timestamp.from(now)).param(id).param(node).update() == 1;
    }

    /**
     * Asks for a run to be cancelled: a waiting run is cancelled here and now ({@code CANCELLED}); a running one is
     * marked, and its node stops it within a heartbeat. Answers the status the run has after.
     */
    Optional<RunStatus> requestCancel(UUID id, Instant now) {
        int queued = jdbc.sql("""
                update report_run set status = 'CANCELLED', cancel_requested = true, finished_at = ?
                where id = ? and status = 'QUEUED'
                """).param(Timestamp.from(now)).param(id).update();
        if (queued == 1) {
            return Optional.of(RunStatus.CANCELLED);
        }
        jdbc.sql("update report_run set cancel_requested = true where id = ? and status = 'RUNNING'").param(id)
                .update();
        return find(id).map(ReportRun::status);
    }

    /**
     * Queues again the runs whose node stopped writing heartbeats before {@code staleBefore} (the node died), or
     * fails them once they have had {@code maxAttempts}. Answers how many were taken back.
     */
    int takeBackStale(Instant staleBefore, int maxAttempts, Instant now) {
        int failed = jdbc.sql("""
                update report_run set status = 'FAILED', finished_at = ?,
                       failure = 'The run stopped three times with the server running it; ask for it again.'
                where status = 'RUNNING' and heartbeat_at < ? and attempts >= ?
                """).param(Timestamp.from(now)).param(Timestamp.from(staleBefore)).param(maxAttempts).update();
        int queued = jdbc.sql("""
                update report_run set status = case when cancel_requested then 'CANCELLED' else 'QUEUED' end,
                       finished_at = case when cancel_requested then cast(? as timestamptz) end,
                       node = null, heartbeat_at = null, progress = 0
                where status = 'RUNNING' and heartbeat_at < ? and attempts < ?
                """).param(Timestamp.from(now)).param(Timestamp.from(staleBefore)).param(maxAttempts).update();
        return failed + queued;
    }

    /** The runs whose rows are older than the retention, to delete their files; marked expired as they are. */
    List<UUID> expire(Instant finishedBefore, int limit) {
        return jdbc.sql("""
                update report_run set result_expired = true
                where id in (select id from report_run where status = 'SUCCEEDED' and not result_expired
                             and finished_at < ? order by finished_at limit ?)
                returning id
                """).param(Timestamp.from(finishedBefore)).param(limit).query(UUID.class).list();
    }

    private ReportRun run(ResultSet rs, int row) throws SQLException {
        long rowCount = rs.getLong("row_count");
        boolean noRows = rs.wasNull();
        UUID owner = rs.getObject("owner_id", UUID.class);
        return new ReportRun(rs.getObject("id", UUID.class), owner == null ? null : new UserId(owner),
                RunAudience.valueOf(rs.getString("audience")), rs.getString("report_code"), rs.getString("title"),
                json.readValue(rs.getString("prompts"), ReportPrompts.class), RunStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"), noRows ? null : rowCount, rs.getBoolean("cancel_requested"),
                rs.getString("failure"), instant(rs, "requested_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getBoolean("result_expired"), rs.getObject("schedule_id", UUID.class),
                rs.getString("definition"), rs.getObject("api_token_id", UUID.class));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
