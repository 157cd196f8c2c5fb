package org.openace.filing;

/** Whether the cargo of an entry may leave CBP's custody. */
public enum ReleaseStatus {

    /** No release decision yet. */
    AWAITING_RELEASE,
    /** Held by CBP or a partner government agency, with a reason: the cargo may not be released. */
    HELD,
    /** Every hold placed has been lifted; the cargo awaits release. */
    HOLD_LIFTED,
    /** Released by CBP: the cargo may leave. */
    RELEASED
}
