package org.openace.review.protest;

/**
 * A protest refused (an entry not liquidated or past its 180 days, entries of several ports or importers, a decision
 * on a decided protest, an officer at another port): a sentence for the user and a code; nothing is stored.
 */
public class ProtestRefused extends RuntimeException {

    private final String code;

    public ProtestRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
