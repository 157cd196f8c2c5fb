package org.openace.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditOutcome;

/**
 * One row of the audit trail as the console and the export show it (methods public for the template); the hash is
 * the event's seal, null while the event waits to be sealed.
 */
record AuditEventRow(long seq, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorName, String action,
                     @Nullable String objectType, @Nullable String objectId, AuditOutcome outcome,
                     String clientAddress, SortedMap<String, String> details, @Nullable String hash) {

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** The time in UTC to the second, as the console shows it. */
    public String time() {
        return TO_THE_SECOND.format(occurredAt);
    }

    /** The time in UTC as ISO 8601, for a {@code <time datetime>} attribute and the export. */
    public String isoTime() {
        return DateTimeFormatter.ISO_INSTANT.format(occurredAt);
    }

    /** The details as {@code key=value}, in key order. */
    public List<String> detailPairs() {
        return details.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** The USWDS tag modifier for the outcome. */
    public String outcomeTag() {
        return switch (outcome) {
            case SUCCESS -> "usa-tag--success";
            case FAILURE -> "usa-tag--warning";
            case DENIED -> "usa-tag--error";
        };
    }
}
