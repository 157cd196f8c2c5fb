package org.openace.filing.upload;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.audit.AuditActor;
import org.openace.filing.intake.Filer;

/**
 * An upload as stored: who sent it, under which filer sub-account and code, the file, and how far its processing is.
 *
 * @param total summaries in the file, null until the worker has counted them
 */
public record UploadJob(UUID id, AccountId account, SubAccountId filerSubAccount, String filerCode,
                 @Nullable UUID uploadedBy, @Nullable UUID tokenId, String actorName, String fileName,
                 UploadFormat format, long sizeBytes, Status status, @Nullable Integer total, int processed,
                 int filed, int refused, Instant createdAt, @Nullable Instant finishedAt) {

    /**
     * Where the job stands: waiting, being filed, every summary filed or refused, or stopped because the uploader's
     * right to file was withdrawn while it was filed (the summaries after that were not filed, each with its result).
     */
    public enum Status { QUEUED, RUNNING, COMPLETED, STOPPED }

    public Filer filer() {
        return new Filer(filerCode, filerSubAccount, new AuditActor(uploadedBy, actorName));
    }

    /** Whole percent done: 0 until counted, 100 once finished. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        if (total == null || total == 0) {
            return 0;
        }
        return (int) Math.min(99, (long) processed * 100 / total);
    }

    /** Every summary of the file has its result: completed, or stopped. */
    public boolean finished() {
        return status == Status.COMPLETED || status == Status.STOPPED;
    }

    public boolean stopped() {
        return status == Status.STOPPED;
    }
}
