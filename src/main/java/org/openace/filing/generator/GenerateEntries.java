package org.openace.filing.generator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.openace.account.IdentifierHolders;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.store.EntryContentDigests;
import org.openace.privacy.PersonalDataVault;
import org.openace.reference.ReferenceFiles;
import org.openace.reference.ReferenceKind;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a {@link GenerationPlan}: reads the catalog of the window through the reference module, puts the population's
 * importers on file (an IMPORTERS edition, loaded as any reference file), then generates the entries on one thread
 * while another writes them with COPY, a batch of entries per transaction (an entry's rows are all in or all out),
 * reporting progress as it goes. The run is audited.
 */
@Component
class GenerateEntries {

    static final int BATCH = 2_000;

    /**
     * How far the run has come; {@code generatingNanos} is the time the generating thread spent making and encoding
     * rows, {@code writingNanos} the time the writing thread spent in COPY and commit (they overlap).
     */
    record Progress(long entries, long lines, long skipped, long elapsedNanos, long generatingNanos,
                    long writingNanos) {
        long linesPerSecond() {
            return elapsedNanos == 0 ? 0 : Math.round(lines * 1e9 / elapsedNanos);
        }
    }

    private final CatalogLoader catalogs;
    private final ReferenceFiles referenceFiles;
    private final PersonalDataVault vault;
    private final IdentifierHolders holders;
    private final EntryContentDigests contentDigests;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    GenerateEntries(CatalogLoader catalogs, ReferenceFiles referenceFiles, PersonalDataVault vault,
                    IdentifierHolders holders, EntryContentDigests contentDigests, DataSource dataSource, JdbcClient jdbc,
                    AuditTrail audit) {
        this.catalogs = catalogs;
        this.referenceFiles = referenceFiles;
        this.vault = vault;
        this.holders = holders;
        this.contentDigests = contentDigests;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Generates and writes the plan's entries.
     *
     * @throws GenerationRefused when it cannot run as asked (nothing written)
     */
    Progress run(GenerationPlan plan, AuditActor actor, Consumer<Progress> progress) {
        Population population = plan.population();
        Set<String> existing = existingEntries(population.filerCodes());
        if (plan.resume() && existing.size() >= plan.entries()) {
            return new Progress(0, 0, existing.size(), 0, 0, 0);
        }
        Catalog catalog = catalogs.load(plan.from(), plan.to());
        if (catalog.isEmpty()) {
            throw new GenerationRefused("No working day from " + plan.from() + " to " + plan.to() + " has all the "
                    + "reference data an entry needs loaded (an HTS edition in force, ports, countries, entry type 01 "
                    + "and the fiscal year's MPF rates): load them first (admin load-reference).");
        }
        if (!existing.isEmpty() && !plan.resume()) {
            throw new GenerationRefused("The database already holds " + existing.size() + " entries under the filer "
                    + "codes this seed generates (" + String.join(", ", population.filerCodes().subList(0,
                    Math.min(5, population.filerCodes().size()))) + ", ...): this seed was generated before, or its "
                    + "filer codes are in use. Use another seed or an empty database.");
        }
        importersOnFile(plan, population, actor);
        Progress done = generateAndWrite(plan, catalog, population, existing, progress);
        audit.record(AuditRecord.of("ENTRIES_GENERATED", AuditOutcome.SUCCESS).actor(actor)
                .object("ENTRY_SUMMARY", "generated").detail("seed", plan.seed()).detail("entries", done.entries())
                .detail("lines", done.lines()).detail("skipped", done.skipped()).detail("from", plan.from())
                .detail("to", plan.to()));
        return done;
    }

    /**
     * Puts the population's importer records (CBP Form 5106) on file as an IMPORTERS edition, loaded as any reference
     * file is; the same plan loads the same file, which changes nothing the second time.
     */
    void importersOnFile(GenerationPlan plan, Population population, AuditActor actor) {
        ReferenceFiles.Outcome importers = referenceFiles.load(ReferenceKind.IMPORTERS,
                plan.importerEdition() + ".csv", population.importerRecordsCsv().getBytes(StandardCharsets.UTF_8),
                plan.importerEdition(), plan.from(), plan.filedBy(), actor);
        if (importers.refused()) {
            throw new GenerationRefused("The generated importer records were refused: " + importers.message());
        }
    }

    private Progress generateAndWrite(GenerationPlan plan, Catalog catalog, Population population,
                                      Set<String> existing, Consumer<Progress> progress) {
        long start = System.nanoTime();
        BlockingQueue<EntryRows> queue = new ArrayBlockingQueue<>(3);
        EntryRows endOfRun = new EntryRows(0);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] skipped = {0};
        java.util.concurrent.atomic.AtomicLong generating = new java.util.concurrent.atomic.AtomicLong();
        Parties parties = new Parties(vault, holders);
        Thread producer = Thread.ofPlatform().daemon().name("entry-generator").start(() -> {
            try {
                EntryGenerator generator = new EntryGenerator(catalog, population, plan.seed(), plan.entries());
                EntryRows[] batch = {new EntryRows(BATCH)};
                long[][] seqs = {changeSeqs(BATCH)};
                long[] since = {System.nanoTime()};
                generator.generate(entry -> {
                    if (failure.get() != null) {
                        throw new IllegalStateException("The writer failed");
                    }
                    if (!existing.isEmpty() && existing.contains(entry.state().form().entryNumber().compact())) {
                        skipped[0]++;
                        return;
                    }
                    EntryRows rows = batch[0];
                    rows.add(entry, seqs[0][rows.entries], parties, contentDigests, plan.filedBy());
                    if (rows.entries == BATCH) {
                        generating.addAndGet(System.nanoTime() - since[0]);
                        put(queue, rows);
                        batch[0] = new EntryRows(BATCH);
                        seqs[0] = changeSeqs(BATCH);
                        since[0] = System.nanoTime();
                    }
                });
                if (batch[0].entries > 0) {
                    put(queue, batch[0]);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                put(queue, endOfRun);
            }
        });
        long entries = 0;
        long lines = 0;
        long writing = 0;
        long reportedAt = start;
        try {
            while (true) {
                EntryRows rows = queue.take();
                if (rows == endOfRun) {
                    break;
                }
                if (failure.get() == null) {
                    long writeStart = System.nanoTime();
                    write(rows);
                    writing += System.nanoTime() - writeStart;
                    entries += rows.entries;
                    lines += rows.lines;
                }
                long now = System.nanoTime();
                if (now - reportedAt >= 3_000_000_000L) {
                    progress.accept(new Progress(entries, lines, skipped[0], now - start, generating.get(), writing));
                    reportedAt = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            queue.clear();
        }
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Generation stopped after " + entries + " entries were written: "
                    + failure.get().getMessage(), failure.get());
        }
        Progress done = new Progress(entries, lines, skipped[0], System.nanoTime() - start, generating.get(), writing);
        progress.accept(done);
        return done;
    }

    private static void put(BlockingQueue<EntryRows> queue, EntryRows rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** One batch in one transaction: the summaries first (the others point to them), then versions, history, holds. */
    private void write(EntryRows rows) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy(copy, "entry_summary", EntryRows.SUMMARY_COLUMNS, rows.summaries);
                copy(copy, "entry_summary_version", EntryRows.VERSION_COLUMNS, rows.versions);
                copy(copy, "entry_history", EntryRows.HISTORY_COLUMNS, rows.history);
                if (rows.holds.length() > 0) {
                    copy(copy, "entry_hold", EntryRows.HOLD_COLUMNS, rows.holds);
                }
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw new IllegalStateException("A batch of " + rows.entries + " entries could not be written: "
                        + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection for the generator: " + e.getMessage(), e);
        }
    }

    private static void copy(CopyManager copy, String table, String columns, CopyText rows)
            throws SQLException, IOException {
        copy.copyIn("copy " + table + " (" + columns + ") from stdin",
                new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Values of entry_change_seq for a batch's rows, as the intake takes them one by one. */
    private long[] changeSeqs(int count) {
        List<Long> values = jdbc.sql("select nextval('entry_change_seq') from generate_series(1, ?)").param(count)
                .query(Long.class).list();
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** The entry numbers already in the database under the run's filer codes (below the 9000000 kept for examples). */
    private Set<String> existingEntries(List<String> filerCodes) {
        return new HashSet<>(jdbc.sql("""
                select entry_number from entry_summary
                where filer_code = any(?) and substr(entry_number, 4, 7) < '9000000'
                """).param(filerCodes.toArray(String[]::new)).query(String.class).list());
    }

}
