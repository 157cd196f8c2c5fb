package org.openace.document.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Registered by the transaction that stores a content: when it rolls back, the content file goes again, unless a
 * committed row holds the same content or another transaction is storing it. A file this leaves (the database out of
 * reach at that moment) is an orphan the sweeper takes after an hour.
 */
final class DeleteContentOnRollback implements TransactionSynchronization {

    private static final Logger log = LoggerFactory.getLogger(DeleteContentOnRollback.class);

    private final UnheldContent unheld;
    private final String sha256;

    DeleteContentOnRollback(UnheldContent unheld, String sha256) {
        this.unheld = unheld;
        this.sha256 = sha256;
    }

    @Override
    public void afterCompletion(int status) {
        if (status != STATUS_ROLLED_BACK) {
            return;
        }
        try {
            unheld.deleteIfUnheld(sha256, null);
        }
        catch (RuntimeException e) {
            log.warn("Document store: the content {} of a rolled back upload is left for the sweeper", sha256, e);
        }
    }
}
