package org.openace.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** The action was carried out. */
    SUCCESS,
    /** The action was attempted and failed (a wrong password, an expired code). */
    FAILURE,
    /** The action was refused for lack of a right, a lock or a throttle. */
    DENIED
}
