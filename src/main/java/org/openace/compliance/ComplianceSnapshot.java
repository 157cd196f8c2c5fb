package org.openace.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A trade user's compliance figures as they stood on a day: a row of the chart over time. */
public record ComplianceSnapshot(LocalDate day, long formsDueSoon, long formsOverdue, long rejected, long held,
                                 long liquidating, long protestsPending, BigDecimal adCvdDeposits,
                                 long membersNearInactivity) {

    /** The things that wanted the trade's action that day (as {@link ComplianceView#needingAction()}). */
    public long needingAction() {
        return formsOverdue + formsDueSoon + rejected + held;
    }
}
