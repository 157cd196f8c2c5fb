package org.openace.audit;

/**
 * Writes events to the audit trail. A record joins the caller's transaction, so an action and its audit row
 * are committed together or not at all; outside a transaction the record is committed at once.
 */
public interface AuditTrail {

    void record(AuditRecord record);

    default void record(AuditRecord.Builder builder) {
        record(builder.build());
    }
}
