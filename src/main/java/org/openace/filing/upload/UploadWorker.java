package org.openace.filing.upload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.intake.FileEntrySummary;
import org.openace.filing.intake.Filer;
import org.openace.filing.intake.FilingOutcome;
import org.openace.filing.json.Form7501Reader;
import org.openace.filing.validation.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files the summaries of uploaded files, on every node. A worker claims the oldest waiting job by locking its
 * {@code upload_claim} row ({@code FOR UPDATE SKIP LOCKED}, so that nodes share the work) on a connection it keeps
 * for as long as it works on the job; a node that dies drops the connection and with it the lock, and the next
 * worker resumes after the last result committed. Summaries are filed in batches, several at a time, each through
 * {@link FileEntrySummary}; a batch's results and counts are committed together once all of its summaries are filed.
 * A summary filed whose result was not committed (a crash in between) is filed again on resumption and, being the
 * same content, gets the same entry number and version (filing is idempotent): nothing is filed twice.
 * <p>
 * Before each batch the worker asks again whether the uploader may still file under the job's filer code
 * ({@link UploaderRights}: the token still valid, the user still holding entries at edit on the filer sub-account).
 * Once the answer is no, nothing more of the file is filed: every summary from that batch on gets the result
 * {@value #RIGHTS_WITHDRAWN}, the job ends {@code STOPPED} and {@code UPLOAD_STOPPED} is audited.
 */
@Component
class UploadWorker implements DisposableBean {

    /** Something went wrong in the portal while filing this one summary (not the summary's fault). */
    static final String NOT_PROCESSED = "E900_NOT_PROCESSED";
    static final String TOO_MANY = "E901_TOO_MANY_SUMMARIES";
    /** The uploader's right to file under the filer code was withdrawn while the file was filed. */
    static final String RIGHTS_WITHDRAWN = "UPLOAD_RIGHTS_WITHDRAWN";

    private static final Logger log = LoggerFactory.getLogger(UploadWorker.class);
    private static final String CLAIM = """
            select c.job_id from upload_claim c join upload_job j on j.id = c.job_id
            order by j.created_at limit 1 for update of c skip locked
            """;

    private final DataSource dataSource;
    private final UploadJobs jobs;
    private final FileEntrySummary filing;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;
    private final UploadProperties properties;
    private final UploaderRights rights;
    private final ExecutorService pool;

    UploadWorker(DataSource dataSource, UploadJobs jobs, FileEntrySummary filing, TransactionTemplate transaction,
                 AuditTrail audit, Clock clock, UploadProperties properties, UploaderRights rights) {
        this.dataSource = dataSource;
        this.rights = rights;
        this.jobs = jobs;
        this.filing = filing;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, properties.parallelism()), task -> {
            Thread thread = new Thread(task, "upload-filing-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(initialDelayString = "${openace.filing.upload.poll-interval:1s}",
            fixedDelayString = "${openace.filing.upload.poll-interval:1s}")
    void poll() {
        try {
            while (workOnNext()) {
                // next job
            }
        }
        catch (RuntimeException e) {
            log.warn("Uploads of entry summaries: waiting jobs not processed this time ({})", e.toString());
        }
    }

    /** Claims the oldest waiting job that no worker holds and works on it to the end; false if there was none. */
    boolean workOnNext() {
        try (Connection claim = dataSource.getConnection()) {
            claim.setAutoCommit(false);
            try {
                Optional<UUID> claimed = claim(claim);
                if (claimed.isEmpty()) {
                    claim.rollback();
                    return false;
                }
                process(claimed.get());
                try (PreparedStatement done = claim.prepareStatement("delete from upload_claim where job_id = ?")) {
                    done.setObject(1, claimed.get());
                    done.executeUpdate();
                }
                claim.commit();
                return true;
            }
            catch (SQLException | RuntimeException e) {
                claim.rollback();
                throw e;
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Claiming an upload failed: " + e.getMessage(), e);
        }
    }

    private static Optional<UUID> claim(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CLAIM); ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
        }
    }

    private void process(UUID id) {
        UploadJob job = jobs.find(id).orElseThrow();
        if (job.finished()) {
            return;
        }
        jobs.started(id, clock.instant());
        if (job.total() == null) {
            jobs.counted(id, SummaryReader.count(job.format(), jobs.content(id)));
        }
        int done = jobs.lastLineDone(id);
        Filer filer = job.filer();
        Withdrawal withdrawal = new Withdrawal(job);
        try (SummaryReader reader = SummaryReader.of(job.format(), jobs.content(id))) {
            List<SummaryItem> batch = new ArrayList<>();
            Set<String> entriesInBatch = new HashSet<>();
            int index = 0;
            Optional<SummaryItem> next;
            while ((next = reader.next()).isPresent()) {
                SummaryItem item = next.get();
                index++;
                if (item.lineNumber() <= done) {
                    continue;
                }
                if (index > properties.maxSummaries()) {
                    item = SummaryItem.unreadable(item.lineNumber(), List.of(new RuleViolation(TOO_MANY, "$",
                            "A file has at most " + properties.maxSummaries() + " entry summaries; this one (number "
                                    + index + ") was not filed. Send it in another file.")), item.entryNumber());
                }
                String entry = key(item);
                if (batch.size() >= properties.batchSize() || (entry != null && entriesInBatch.contains(entry))) {
                    flush(id, filer, batch, withdrawal);
                    batch.clear();
                    entriesInBatch.clear();
                }
                batch.add(item);
                if (entry != null) {
                    entriesInBatch.add(entry);
                }
            }
            flush(id, filer, batch, withdrawal);
        }
        UploadJob finished = jobs.find(id).orElseThrow();
        transaction.executeWithoutResult(status -> {
            if (withdrawal.from != null) {
                jobs.stopped(id, clock.instant());
                audit.record(AuditRecord.of("UPLOAD_STOPPED", AuditOutcome.DENIED).actor(filer.actor())
                        .object("ENTRY_SUMMARY_UPLOAD", id).detail("filerCode", filer.filerCode())
                        .detail("reason", RIGHTS_WITHDRAWN).detail("notFiledFromLine", withdrawal.from)
                        .detail("summaries", finished.processed()).detail("filed", finished.filed())
                        .detail("refused", finished.refused()));
                return;
            }
            jobs.completed(id, clock.instant());
            audit.record(AuditRecord.of("UPLOAD_COMPLETED", AuditOutcome.SUCCESS).actor(filer.actor())
                    .object("ENTRY_SUMMARY_UPLOAD", id).detail("filerCode", filer.filerCode())
                    .detail("summaries", finished.processed()).detail("filed", finished.filed())
                    .detail("refused", finished.refused()));
        });
    }

    /**
     * Whether the uploader's right was found withdrawn, and from which line: asked before each batch until the answer
     * is no, never again after.
     */
    private final class Withdrawal {

        private final UploadJob job;
        private @org.jspecify.annotations.Nullable Integer from;

        Withdrawal(UploadJob job) {
            this.job = job;
        }

        boolean before(SummaryItem first) {
            if (from == null && !rights.mayStillFile(job)) {
                from = first.lineNumber();
            }
            return from != null;
        }
    }

    /** Two summaries of one entry in a file are filed one after the other, in the file's order. */
    private static @org.jspecify.annotations.Nullable String key(SummaryItem item) {
        String entry = item.entryNumber();
        return entry == null ? null : entry.replace("-", "").strip().toUpperCase(Locale.ROOT);
    }

    private void flush(UUID id, Filer filer, List<SummaryItem> batch, Withdrawal withdrawal) {
        if (batch.isEmpty()) {
            return;
        }
        if (withdrawal.before(batch.getFirst())) {
            List<UploadResult> notFiled = batch.stream().map(item -> refused(item, List.of(new RuleViolation(
                    RIGHTS_WITHDRAWN, "$", "Not filed: the right to file under filer code " + filer.filerCode()
                            + " was withdrawn while the file was processed (the API token was revoked or expired, "
                            + "or the uploader no longer may file entries for this sub-account). Send the summaries "
                            + "not filed again once the right is back.")))).toList();
            transaction.executeWithoutResult(status -> jobs.record(id, notFiled));
            return;
        }
        // the batch in as many slices as filings run at once, each slice filed together (FileEntrySummary.fileAll:
        // one transaction); a batch never holds one entry twice, so the slices never wait on each other's rows
        int slices = Math.max(1, Math.min(properties.parallelism(), batch.size()));
        List<Future<List<UploadResult>>> filings = new ArrayList<>();
        for (int s = 0; s < slices; s++) {
            List<SummaryItem> slice = new ArrayList<>();
            for (int i = s; i < batch.size(); i += slices) {
                slice.add(batch.get(i));
            }
            filings.add(pool.submit(() -> fileSlice(filer, slice)));
        }
        List<UploadResult> results = new ArrayList<>();
        for (Future<List<UploadResult>> filed : filings) {
            try {
                results.addAll(filed.get());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while filing an upload", e);
            }
            catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        results.sort(Comparator.comparingInt(UploadResult::lineNumber));
        transaction.executeWithoutResult(status -> jobs.record(id, results));
    }

    /**
     * Files the summaries of a slice together; should that fail with an error of the portal's own (not the
     * database's), each is filed on its own so that only the one at fault is answered {@code NOT_PROCESSED}.
     */
    private List<UploadResult> fileSlice(Filer filer, List<SummaryItem> slice) {
        List<FilingOutcome> outcomes;
        try {
            outcomes = filing.fileAll(slice.stream().map(UploadWorker::reading).toList(), filer);
        }
        catch (DataAccessException e) {
            throw e;
        }
        catch (RuntimeException e) {
            return slice.stream().map(item -> fileOne(filer, item)).toList();
        }
        List<UploadResult> results = new ArrayList<>(slice.size());
        for (int i = 0; i < slice.size(); i++) {
            results.add(result(slice.get(i), outcomes.get(i)));
        }
        return results;
    }

    /** The item's document read as a form, or what kept it from being one (a line that was not even JSON). */
    private static Form7501Reader.Reading reading(SummaryItem item) {
        return item.document() == null ? new Form7501Reader.Reading(null, item.problems())
                : Form7501Reader.read(item.document());
    }

    private UploadResult fileOne(Filer filer, SummaryItem item) {
        Form7501Reader.Reading reading = reading(item);
        if (reading.asForm().isEmpty()) {
            return refused(item, reading.violations());
        }
        FilingOutcome outcome;
        try {
            outcome = filing.file(reading.asForm().get(), filer);
        }
        catch (DataAccessException e) {
            throw e;
        }
        catch (RuntimeException e) {
            log.warn("Upload line {} not filed: {}", item.lineNumber(), e.getClass().getName());
            return refused(item, List.of(new RuleViolation(NOT_PROCESSED, "$", "The portal could not "
                    + "file this summary because of an error of its own; nothing was stored. Send it again.")));
        }
        return result(item, outcome);
    }

    private static UploadResult result(SummaryItem item, FilingOutcome outcome) {
        return switch (outcome) {
            case FilingOutcome.Filed filed -> new UploadResult(item.lineNumber(),
                    filed.corrected() ? UploadResult.Outcome.CORRECTED : UploadResult.Outcome.FILED,
                    filed.entryNumber().formatted(), filed.version(), filed.replayed(), List.of());
            case FilingOutcome.Refused refused -> refused(item, refused.violations());
            case FilingOutcome.NotCorrectable refused -> new UploadResult(item.lineNumber(),
                    UploadResult.Outcome.NOT_CORRECTABLE, refused.entryNumber().formatted(), null, false,
                    List.of(new RuleViolation("ENTRY_NOT_CORRECTABLE", "entryNumber", "Entry "
                            + refused.entryNumber().formatted() + " is " + refused.status().name()
                            + ": a changed summary is a correction only while it is ACCEPTED or REJECTED.")));
        };
    }

    private static UploadResult refused(SummaryItem item, List<RuleViolation> violations) {
        return new UploadResult(item.lineNumber(), UploadResult.Outcome.REFUSED, item.entryNumber(), null, false,
                violations);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
