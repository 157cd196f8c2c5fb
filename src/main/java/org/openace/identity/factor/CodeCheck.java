package org.openace.identity.factor;

/** The outcome of checking a one-time code. */
public enum CodeCheck {
    /** Right, and now spent. */
    ACCEPTED,
    /** Wrong; the code may still be tried a few more times. */
    WRONG,
    /** There is no usable code: none was sent, it expired, it was used, or it had too many wrong tries. */
    EXPIRED
}
