package org.openace.audit;

/**
 * Writes events to the audit trail. A success joins the caller's transaction, so an action and its audit row are
 * committed together or not at all; a failure or refusal is committed in a transaction of its own (the caller usually
 * rolls back after one); outside a transaction the record is committed at once. Appending takes no lock: the row is
 * sealed into the hash chain by the sealer shortly after it commits.
 */
public interface AuditTrail {

    void record(AuditRecord record);

    default void record(AuditRecord.Builder builder) {
        record(builder.build());
    }
}
