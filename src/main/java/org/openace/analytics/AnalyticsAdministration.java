package org.openace.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;

import org.duckdb.DuckDBConnection;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.analytics.ParquetTransfer.Transferred;
import org.openace.analytics.StoreBuilder.Built;
import org.springframework.stereotype.Component;

/**
 * Rebuilding, exporting and seeding the node's analytics store, each audited (done or failed). A rebuild builds a new
 * file from PostgreSQL beside the store in use and swaps it in ({@link StoreFiles}); the feed goes on from the new
 * store's position. An export writes the store in use; when that store is held by a portal running on the same data
 * folder (DuckDB lets one process open a file), it writes a store built afresh from PostgreSQL instead, which holds
 * the same rows at a later position.
 */
@Component
class AnalyticsAdministration {

    static final String ACTION_REBUILD_FAILED = "ANALYTICS_REBUILD_FAILED";
    static final String ACTION_EXPORT_FAILED = "ANALYTICS_EXPORT_FAILED";
    static final String ACTION_IMPORT_FAILED = "ANALYTICS_IMPORT_FAILED";

    /** What a rebuild did. */
    record Rebuilt(Built built, long nanos) {

        long ordinalsPerSecond() {
            return nanos == 0 ? 0 : Math.round(built.ordinals() * 1e9 / nanos);
        }
    }

    /** What an export wrote, and whether it came from a store built afresh (the one in use being held). */
    record Exported(Transferred written, boolean builtAfresh) {
    }

    private final AnalyticsStore store;
    private final StoreBuilder builder;
    private final ParquetTransfer parquet;
    private final AuditTrail audit;

    AnalyticsAdministration(AnalyticsStore store, StoreBuilder builder, ParquetTransfer parquet, AuditTrail audit) {
        this.store = store;
        this.builder = builder;
        this.parquet = parquet;
        this.audit = audit;
    }

    Rebuilt rebuild(AuditActor actor) throws SQLException, IOException {
        long start = System.nanoTime();
        Path building = store.files().newBuildFile();
        try {
            Built built = builder.build(building);
            Path published = store.files().publish(building);
            Rebuilt rebuilt = new Rebuilt(new Built(published, built.position(), built.entries(), built.ordinals(),
                            built.readingNanos(), built.applyingNanos()),
                    System.nanoTime() - start);
            audit.record(AuditRecord.of("ANALYTICS_REBUILT", AuditOutcome.SUCCESS).actor(actor)
                    .object("ANALYTICS_STORE", published.getFileName()).detail("entries", built.entries())
                    .detail("ordinals", built.ordinals()).detail("position", built.position().transaction()));
            return rebuilt;
        }
        catch (SQLException | IOException | RuntimeException e) {
            failed(ACTION_REBUILD_FAILED, actor, e);
            throw e;
        }
        finally {
            StoreFiles.delete(building); // moved away when published
        }
    }

    /**
     * Writes the store as Parquet into {@code folder}.
     *
     * @throws IllegalArgumentException when the folder holds files already (nothing is overwritten)
     */
    Exported export(Path folder, AuditActor actor) throws SQLException, IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                if (inside.findAny().isPresent()) {
                    throw new IllegalArgumentException(folder + " is not empty: export into a new or empty folder");
                }
            }
        }
        else if (Files.exists(folder)) {
            throw new IllegalArgumentException(folder + " is a file, not a folder");
        }
        try {
            Exported exported;
            try {
                exported = new Exported(store.with(c -> parquet.export(c, folder)), false);
            }
            catch (SQLException held) {
                if (!isLockConflict(held)) {
                    throw held;
                }
                exported = new Exported(exportBuiltAfresh(folder), true);
            }
            audit.record(AuditRecord.of("ANALYTICS_EXPORTED", AuditOutcome.SUCCESS).actor(actor)
                    .object("ANALYTICS_STORE", "parquet").detail("summaries", exported.written().summaries())
                    .detail("ordinals", exported.written().ordinals())
                    .detail("position", exported.written().position().transaction())
                    .detail("builtAfresh", exported.builtAfresh()));
            return exported;
        }
        catch (SQLException | IOException | RuntimeException e) {
            failed(ACTION_EXPORT_FAILED, actor, e);
            throw e;
        }
    }

    /** Seeds the store from an export folder: a new store is built from it and swapped in. */
    Transferred importFrom(Path folder, AuditActor actor) throws SQLException, IOException {
        try {
            Transferred read = parquet.importFrom(folder);
            audit.record(AuditRecord.of("ANALYTICS_IMPORTED", AuditOutcome.SUCCESS).actor(actor)
                    .object("ANALYTICS_STORE", "parquet").detail("summaries", read.summaries())
                    .detail("ordinals", read.ordinals()).detail("position", read.position().transaction()));
            return read;
        }
        catch (SQLException | IOException | RuntimeException e) {
            failed(ACTION_IMPORT_FAILED, actor, e);
            throw e;
        }
    }

    private Transferred exportBuiltAfresh(Path folder) throws SQLException, IOException {
        Path building = store.files().newBuildFile();
        try {
            builder.build(building);
            try (DuckDBConnection c = store.open(building)) {
                return parquet.export(c, folder);
            }
        }
        finally {
            StoreFiles.delete(building);
        }
    }

    /** DuckDB's refusal to open a file another process holds. */
    static boolean isLockConflict(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Could not set lock") || message.contains("Conflicting lock");
    }

    private void failed(String action, AuditActor actor, Exception e) {
        audit.record(AuditRecord.of(action, AuditOutcome.FAILURE).actor(actor).object("ANALYTICS_STORE", "node")
                .detail("reason", e.getClass().getSimpleName()));
    }
}
