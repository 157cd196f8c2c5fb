package org.openace.payment.option;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payment option of an importer number or of a filer code ({@code filerCode}) as pages show it (the bank account
 * masked), with its history.
 *
 * @param status APPLIED, APPROVED (ACH credit: waiting for its prenote), ACTIVE, SUSPENDED or ENDED
 */
record PaymentOption(UUID id, UUID identifierId, boolean filerCode, OptionKind kind, String status, @Nullable String payerUnitNumber,
                     @Nullable String payerName, @Nullable String routingNumber, @Nullable String accountLast4,
                     @Nullable Integer printDay, Instant appliedAt, List<Event> history) {

    /** A step of the option's history. */
    record Event(int seq, Instant at, String actor, String status, @Nullable String note) {
    }

    PaymentOption withHistory(List<Event> events) {
        return new PaymentOption(id, identifierId, filerCode, kind, status, payerUnitNumber, payerName, routingNumber,
                accountLast4, printDay, appliedAt, List.copyOf(events));
    }

    public boolean ended() {
        return "ENDED".equals(status);
    }

    public String kindTitle() {
        return kind.title();
    }

    public @Nullable String maskedAccount() {
        return accountLast4 == null ? null : "ending in " + accountLast4;
    }

    public String statusTitle() {
        return switch (status) {
            case "APPLIED" -> "Applied: waiting for customs";
            case "APPROVED" -> kind == OptionKind.ACH_CREDIT ? "Approved: waiting for the prenote" : "Approved";
            case "ACTIVE" -> "Active";
            case "SUSPENDED" -> "Suspended";
            case "ENDED" -> "Ended";
            default -> status;
        };
    }
}
