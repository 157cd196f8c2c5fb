package org.openace.payment.option;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One version of an importer number's ACH refund bank details, as pages show it: the account number masked. */
record RefundBankDetail(UUID id, UUID identifierId, String status, String accountHolder, String routingNumber,
                        String accountType, String accountLast4, UUID requestedBy, String requestedByName,
                        Instant requestedAt, @Nullable String decidedByName, @Nullable Instant decidedAt,
                        @Nullable String decisionNote) {

    public String maskedAccount() {
        return "ending in " + accountLast4;
    }

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public String statusTitle() {
        return switch (status) {
            case "PENDING" -> "Waiting for a second person's approval";
            case "ACTIVE" -> "Active";
            case "REPLACED" -> "Replaced";
            case "REJECTED" -> "Rejected";
            case "WITHDRAWN" -> "Withdrawn";
            default -> status;
        };
    }
}
