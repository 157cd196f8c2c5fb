package org.openace.payment.refund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A refund owed from a liquidation: the amount paid on the statement, the amount liquidated, the difference; HELD
 * (no refund bank details), SCHEDULED (to the details in force) or ISSUED.
 */
public record Refund(UUID id, String entryNumber, String statementNumber, @Nullable UUID identifierId,
                     LocalDate liquidatedOn, BigDecimal paidAmount, BigDecimal liquidatedAmount, BigDecimal amount,
                     String status, @Nullable LocalDate issuedOn) {

    public String formattedEntry() {
        return entryNumber.substring(0, 3) + "-" + entryNumber.substring(3, 10) + "-" + entryNumber.substring(10);
    }

    public String statusTitle() {
        return switch (status) {
            case "HELD" -> "Held: no refund bank details on file";
            case "SCHEDULED" -> "Scheduled to the refund bank details on file";
            case "ISSUED" -> "Issued on " + issuedOn;
            default -> status;
        };
    }
}
