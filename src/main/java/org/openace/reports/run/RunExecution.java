package org.openace.reports.run;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.duckdb.DuckDBPreparedStatement;
import org.openace.analytics.AnalyticsReads;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.reports.catalog.ReportCatalog;
import org.openace.reports.catalog.ReportQuery;
import org.openace.reports.catalog.StandardReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one run a worker has taken: checks that its owner may still have it (an active user, still an officer, or
 * still holding the reports right somewhere), builds its query, fills the owner's scope into the DuckDB connection,
 * and lets DuckDB write the rows straight into the run's Parquet file ({@code COPY (query) TO ...}), the statement
 * handed to the worker's monitor meanwhile for progress and cancel. Then the file is published under its final name,
 * the run marked finished and the outcome audited. Nothing of a run that fails or is cancelled is kept.
 */
@Component
class RunExecution {

    private static final Logger log = LoggerFactory.getLogger(RunExecution.class);

    private final AnalyticsReads reads;
    private final ReportCatalog catalog;
    private final EntitledRows entitled;
    private final ResultFiles files;
    private final ReportRuns runs;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;

    RunExecution(AnalyticsReads reads, ReportCatalog catalog, EntitledRows entitled, ResultFiles files,
                 ReportRuns runs, UserDirectory users, AuditTrail audit, Clock clock) {
        this.reads = reads;
        this.catalog = catalog;
        this.entitled = entitled;
        this.files = files;
        this.runs = runs;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A run refused at its start: why, in words for its owner. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Runs it to the end.
     *
     * @param watch given the statement while DuckDB works on it (the worker polls its progress and cancels it)
     */
    void execute(ReportRun run, String node, Consumer<DuckDBPreparedStatement> watch) {
        Optional<UserSummary> owner = users.find(run.owner());
        AuditActor actor = owner.map(u -> AuditActor.user(u.id().value(), u.username().value()))
                .orElse(AuditActor.SYSTEM);
        try {
            StandardReport report = catalog.find(run.reportCode())
                    .orElseThrow(() -> new Refused("The report " + run.reportCode() + " is no longer offered."));
            List<EntitledRows.Row> scope = scope(run, owner);
            ReportQuery query = ReportQuery.of(report, run.prompts(), run.audience() == RunAudience.TRADE);
            Path part = files.partOf(run.id());
            reads.read(duck -> {
                copy(duck, query, scope, part, watch);
                return null;
            });
            long rows = count(part);
            files.publish(run.id());
            if (runs.succeeded(run.id(), node, rows, clock.instant())) {
                audit.record(AuditRecord.of("REPORT_RUN_COMPLETED", AuditOutcome.SUCCESS).actor(actor)
                        .object("REPORT_RUN", run.id()).detail("report", run.reportCode()).detail("rows", rows));
            }
            else {
                files.discard(run.id()); // taken back meanwhile (this node was thought dead): the other attempt writes it
            }
        }
        catch (Refused refused) {
            finishFailed(run, node, actor, refused.getMessage());
        }
        catch (SQLException | IOException | RuntimeException e) {
            files.discard(run.id());
            if (Thread.currentThread().isInterrupted()) {
                return; // this node is stopping: the run's heartbeat stops and another node takes it up again
            }
            if (runs.find(run.id()).map(ReportRun::cancelRequested).orElse(false)) {
                if (runs.cancelledRunning(run.id(), node, clock.instant())) {
                    audit.record(AuditRecord.of("REPORT_RUN_CANCELLED", AuditOutcome.SUCCESS).actor(actor)
                            .object("REPORT_RUN", run.id()).detail("report", run.reportCode()));
                }
                return;
            }
            log.warn("Report run {} ({}) failed: {}", run.id(), run.reportCode(), e.getClass().getSimpleName());
            finishFailed(run, node, actor, "The run could not be completed on the server (" + kind(e) + "). Ask for "
                    + "it again; if it fails again, tell the help desk the run's number.");
        }
    }

    private void finishFailed(ReportRun run, String node, AuditActor actor, String reason) {
        files.discard(run.id());
        if (runs.failed(run.id(), node, reason, clock.instant())) {
            audit.record(AuditRecord.of("REPORT_RUN_FAILED", AuditOutcome.FAILURE).actor(actor)
                    .object("REPORT_RUN", run.id()).detail("report", run.reportCode()).detail("reason", reason));
        }
    }

    private List<EntitledRows.Row> scope(ReportRun run, Optional<UserSummary> owner) throws Refused {
        if (owner.isEmpty() || !owner.get().isActive()) {
            throw new Refused("The user who asked for the run is no longer active.");
        }
        return switch (run.audience()) {
            case CUSTOMS -> {
                if (!owner.get().roles().contains(Role.OFFICER)) {
                    throw new Refused("Only customs officers run reports across all accounts.");
                }
                yield List.of();
            }
            case TRADE -> {
                List<EntitledRows.Row> rows = entitled.of(run.owner());
                if (rows.isEmpty()) {
                    throw new Refused("You no longer hold the reports right on any account or sub-account.");
                }
                yield rows;
            }
        };
    }

    private static void copy(Connection duck, ReportQuery query, List<EntitledRows.Row> scope, Path part,
                             Consumer<DuckDBPreparedStatement> watch) throws SQLException {
        try (Statement settings = duck.createStatement()) {
            settings.execute("set enable_progress_bar = true");
            settings.execute("set enable_progress_bar_print = false");
        }
        EntitledRows.write(duck, scope);
        String target = part.toAbsolutePath().toString().replace("'", "''");
        try (DuckDBPreparedStatement copy = duck.prepareStatement("copy (" + query.sql() + ") to '" + target
                + "' (format parquet, compression zstd)").unwrap(DuckDBPreparedStatement.class)) {
            int i = 1;
            for (Object parameter : query.parameters()) {
                copy.setObject(i++, parameter);
            }
            watch.accept(copy);
            copy.execute();
        }
    }

    private long count(Path file) throws SQLException, IOException {
        return reads.read(duck -> {
            try (var statement = duck.prepareStatement("select count(*) from read_parquet(?)")) {
                statement.setString(1, file.toAbsolutePath().toString());
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String kind(Exception e) {
        return e instanceof SQLException ? "the analytics store refused the query" : e.getClass().getSimpleName();
    }
}
