package org.openace.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit chain from its first seal to its last, and the events not sealed yet.
 *
 * @param rowsChecked         how many seals (one per event) were checked
 * @param lastPosition        the last seal's chain position (0 when nothing is sealed)
 * @param lastSeq             the sequence number of the event sealed last (0 when nothing is sealed)
 * @param headHash            the last seal's hash in hexadecimal, the chain's head
 * @param pending             events committed and waiting to be sealed, for less than the grace period
 * @param anchoredPosition    the chain position of the signed head anchored outside the database, or null if there
 *                            is no anchor yet
 * @param firstBrokenPosition the chain position where the chain first breaks, or null if it breaks at no position
 *                            (an event left out of the chain, or a bad anchor file)
 * @param firstBrokenSeq      the sequence number of the event concerned, where there is one
 * @param problem             what is wrong, in a sentence, or null if the chain is intact
 */
public record ChainVerification(long rowsChecked, long lastPosition, long lastSeq, String headHash, long pending,
                                @Nullable Long anchoredPosition, @Nullable Long firstBrokenPosition,
                                @Nullable Long firstBrokenSeq, @Nullable String problem) {

    public boolean intact() {
        return problem == null;
    }
}
