package org.openace.filing.upload;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the content of uploaded files ({@code upload_chunk}) {@code openace.filing.upload.retention} after their
 * job finished (completed or stopped), hourly. The job and its results by line are kept as long as the portal keeps
 * them: they are the filer's receipt of what became of each line (entry numbers, versions, error codes), small, and
 * hold no importer number; the content holds importer numbers as sent, unsealed, and everything filed from it is in
 * the entries already. Each job's chunks go with its {@code content_purged_at} and an audit record by the system
 * ({@code UPLOAD_CONTENT_PURGED}) in one transaction, {@value #BATCH} jobs at a time, taken
 * {@code FOR UPDATE SKIP LOCKED}: several portal nodes share the work without waiting for one another, and a run
 * repeated finds nothing more to do.
 */
@Component
class UploadContentRetention {

    static final String AUDIT_ACTION = "UPLOAD_CONTENT_PURGED";
    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(UploadContentRetention.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final UploadProperties properties;
    private final Clock clock;

    UploadContentRetention(JdbcClient jdbc, AuditTrail audit, TransactionTemplate transaction,
                           UploadProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    // the placeholder needs its own default: UploadProperties' default does not reach the environment
    @Scheduled(cron = "${openace.filing.upload.purge-cron:0 45 * * * *}", zone = "UTC")
    void run() {
        int purged = purgeExpiredContent();
        if (purged > 0) {
            log.info("Uploads of entry summaries: content of {} finished upload{} deleted after retention", purged,
                    purged == 1 ? "" : "s");
        }
    }

    /**
     * Deletes the content of every job finished longer than the retention ago.
     *
     * @return how many jobs' content this node deleted
     */
    int purgeExpiredContent() {
        int total = 0;
        while (true) {
            Integer purged = transaction.execute(status -> purgeBatch());
            int done = purged == null ? 0 : purged;
            total += done;
            if (done < BATCH) {
                return total;
            }
        }
    }

    private int purgeBatch() {
        Instant now = clock.instant();
        List<UUID> expired = jdbc.sql("""
                select id from upload_job
                where finished_at < ? and content_purged_at is null and status in ('COMPLETED', 'STOPPED')
                order by finished_at limit ?
                for update skip locked
                """).param(Timestamp.from(now.minus(properties.retention()))).param(BATCH).query(UUID.class).list();
        for (UUID job : expired) {
            int chunks = jdbc.sql("delete from upload_chunk where job_id = ?").param(job).update();
            jdbc.sql("update upload_job set content_purged_at = ? where id = ?").param(Timestamp.from(now)).param(job)
                    .update();
            audit.record(AuditRecord.of(AUDIT_ACTION, AuditOutcome.SUCCESS).actor(AuditActor.SYSTEM)
                    .object("ENTRY_SUMMARY_UPLOAD", job).detail("chunks", chunks)
                    .detail("retention", properties.retention()));
        }
        return expired.size();
    }
}
