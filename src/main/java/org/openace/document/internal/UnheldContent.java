package org.openace.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.platform.database.TransactionLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes content files that no row holds, on every node without deleting one a transaction is about to record: a
 * transaction storing a content holds that content's advisory lock shared until it ends ({@link #holdForStoring}),
 * and a content file is deleted only under the same lock held alone, after its rows were looked for. A transaction
 * storing the same content meanwhile either committed (its row is found, the file stays) or waits to publish until
 * the file is gone (and then moves its own into place).
 */
@Component
class UnheldContent {

    private final JdbcClient jdbc;
    private final DocumentRows rows;
    private final ContentFiles files;
    private final TransactionTemplate separate;

    UnheldContent(JdbcClient jdbc, DocumentRows rows, ContentFiles files, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.files = files;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Keeps the content from being deleted until the calling transaction ends; must be called inside one. */
    void holdForStoring(String sha256) {
        TransactionLock.holdShared(jdbc, lockName(sha256));
    }

    /**
     * Deletes the content file of this SHA-256, in a transaction of its own, if no row holds it, no transaction is
     * storing it, and (when {@code writtenBefore} is given) it was last written before then.
     *
     * @return whether a file was deleted
     */
    boolean deleteIfUnheld(String sha256, @Nullable Instant writtenBefore) {
        Boolean deleted = separate.execute(status -> {
            if (!TransactionLock.tryHold(jdbc, lockName(sha256)) || rows.holds(sha256)) {
                return false;
            }
            try {
                if (writtenBefore != null) {
                    Optional<Instant> modified = files.modifiedAt(sha256);
                    if (modified.isEmpty() || !modified.get().isBefore(writtenBefore)) {
                        return false;
                    }
                }
                return files.delete(sha256);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Boolean.TRUE.equals(deleted);
    }

    private static String lockName(String sha256) {
        return "document.content." + sha256;
    }
}
