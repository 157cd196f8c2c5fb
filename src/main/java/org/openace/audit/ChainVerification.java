package org.openace.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit chain from its first row to its last.
 *
 * @param rowsChecked    how many rows were read
 * @param firstBrokenSeq the sequence number of the first row whose seal does not match, or null if none
 * @param lastSeq        the last row's sequence number (0 when the trail is empty)
 * @param headHash       the last row's hash in hexadecimal, to be noted down outside the portal: a later
 *                       verification that no longer reaches this head shows that rows were removed from the end
 */
public record ChainVerification(long rowsChecked, @Nullable Long firstBrokenSeq, long lastSeq, String headHash) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
