package org.openace.audit.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openace.audit.ChainVerification;

/**
 * The result of a chain check as the console shows it after the redirect (a flash attribute, kept in the
 * session for one request, hence serializable; methods public for the template).
 */
record ChainCheckReport(long rowsChecked, @Nullable Long firstBrokenPosition, @Nullable String problem, long lastSeq,
                        long lastPosition, long pending, String headHash, Instant checkedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    static ChainCheckReport of(ChainVerification verification, Instant checkedAt) {
        return new ChainCheckReport(verification.rowsChecked(), verification.firstBrokenPosition(),
                verification.problem(), verification.lastSeq(), verification.lastPosition(), verification.pending(),
                verification.headHash(), checkedAt);
    }

    public boolean intact() {
        return problem == null;
    }
}
