package org.openace.reports.run;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.duckdb.DuckDBPreparedStatement;
import org.openace.account.ApiTokenStanding;
import org.openace.account.SubAccountId;
import org.openace.analytics.AnalyticsReads;
import org.openace.audit.AuditActor;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.reports.catalog.ReportQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one run a worker has taken: checks that its owner may still have it (an active user, still an officer, or
 * still holding the reports right somewhere; for a run asked for with an API token, a token that still stands), builds its query, fills the owner's scope into the DuckDB connection,
 * and lets DuckDB write the rows straight into the run's Parquet file ({@code COPY (query) TO ...}), the statement
 * handed to the worker's monitor meanwhile for progress and cancel. Then the file is published under its final name,
 * the run marked finished and the outcome audited. Nothing of a run that fails or is cancelled is kept.
 */
@Component
class RunExecution {

    private static final Logger log = LoggerFactory.getLogger(RunExecution.class);

    private final AnalyticsReads reads;
    private final ReportSources sources;
    private final EntitledRows entitled;
    private final ResultFiles files;
    private final ReportRuns runs;
    private final RunEndings endings;
    private final UserDirectory users;
    private final ApiTokenStanding tokens;

    RunExecution(AnalyticsReads reads, ReportSources sources, EntitledRows entitled, ResultFiles files,
                 ReportRuns runs, RunEndings endings, UserDirectory users, ApiTokenStanding tokens) {
        this.tokens = tokens;
        this.reads = reads;
        this.sources = sources;
        this.entitled = entitled;
        this.files = files;
        this.runs = runs;
        this.endings = endings;
        this.users = users;
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
        Optional<UserSummary> owner = run.owner() == null ? Optional.empty() : users.find(run.owner());
        AuditActor actor = run.apiToken() != null ? RequestRun.actor(run.apiToken())
                : owner.map(u -> AuditActor.user(u.id().value(), u.username().value())).orElse(AuditActor.SYSTEM);
        Path part = null;
        try {
            ReportSource source = sources.of(run)
                    .orElseThrow(() -> new Refused("The report " + run.reportCode() + " is no longer offered."));
            List<EntitledRows.Row> scope = scope(run, owner);
            ReportQuery query;
            try {
                query = source.query(run, run.audience() != RunAudience.CUSTOMS);
            }
            catch (IllegalStateException notMade) { // e.g. an ad hoc definition naming a column no longer offered
                throw new Refused(notMade.getMessage());
            }
            part = files.partOf(run.id());
            Path written = part;
            reads.read(duck -> {
                copy(duck, query, scope, written, watch);
                return null;
            });
            long rows = count(part);
            files.publish(part, run.id());
            part = null;
            // false where the run was taken back meanwhile (this node was thought dead): the rows are the same query's
            endings.succeeded(run, node, rows, actor);
        }
        catch (Refused refused) {
            endings.failed(run, node, refused.getMessage(), actor);
        }
        catch (SQLException | IOException | RuntimeException e) {
            if (part != null) {
                files.discardPart(part);
            }
            if (Thread.currentThread().isInterrupted()) {
                return; // this node is stopping: the run's heartbeat stops and another node takes it up again
            }
            if (runs.find(run.id()).map(ReportRun::cancelRequested).orElse(false)) {
                endings.cancelled(run, node, actor);
                return;
            }
            log.warn("Report run {} ({}) failed: {}", run.id(), run.reportCode(), e.getClass().getSimpleName());
            endings.failed(run, node, "The run could not be completed on the server (" + kind(e) + "). Ask for "
                    + "it again; if it fails again, tell the help desk the run's number.", actor);
        }
    }

    private List<EntitledRows.Row> scope(ReportRun run, Optional<UserSummary> owner) throws Refused {
        return switch (run.audience()) {
            case FILER -> {
                SubAccountId filer = run.apiToken() == null ? null : tokens.standingFor(run.apiToken()).orElse(null);
                if (filer == null) {
                    throw new Refused("The API token that asked for the run is revoked or expired, or its "
                            + "sub-account no longer files.");
                }
                yield EntitledRows.filedBy(filer);
            }
            case CUSTOMS -> {
                if (!active(owner).roles().contains(Role.OFFICER)) {
                    throw new Refused("Only customs officers run reports across all accounts.");
                }
                yield List.of();
            }
            case TRADE -> {
                List<EntitledRows.Row> rows = entitled.of(active(owner).id());
                if (rows.isEmpty()) {
                    throw new Refused("You no longer hold the reports right on any account or sub-account.");
                }
                yield rows;
            }
        };
    }

    /** The user who asked for the run, while still active. */
    private static UserSummary active(Optional<UserSummary> owner) throws Refused {
        if (owner.isEmpty() || !owner.get().isActive()) {
            throw new Refused("The user who asked for the run is no longer active.");
        }
        return owner.get();
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
