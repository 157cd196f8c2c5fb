package org.openace.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.openace.account.MembersNearInactivity;
import org.openace.filing.AdCvdExposure;
import org.openace.filing.EntryActionCounts;
import org.openace.review.ReviewsNeedingAction.ReviewActionCounts;

/**
 * What needs a trade user's action on a day.
 *
 * @param today    the day (UTC)
 * @param entries  entries waiting (rejected, held, liquidating soon)
 * @param reviews  forms and protests waiting
 * @param exposure AD/CVD cases of unliquidated entries, largest deposits first
 * @param members  members of the accounts the user owns near the inactivity limit, soonest first
 */
public record ComplianceView(LocalDate today, EntryActionCounts entries, ReviewActionCounts reviews,
                             List<AdCvdExposure> exposure, List<MembersNearInactivity.Member> members) {

    public ComplianceView {
        exposure = List.copyOf(exposure);
        members = List.copyOf(members);
    }

    /** The deposits of every case shown, to the cent (each case's sum is exact; so is theirs). */
    public BigDecimal depositsShown() {
        return exposure.stream().map(AdCvdExposure::deposits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The entered value of every case shown. */
    public BigDecimal enteredValueShown() {
        return exposure.stream().map(AdCvdExposure::enteredValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The things that want the trade's action now: overdue and due answers, rejects, holds. */
    public long needingAction() {
        return reviews.formsOverdue() + reviews.formsDueSoon() + entries.rejected() + entries.held();
    }

    /** The figures kept each day for the chart. */
    public ComplianceSnapshot snapshot() {
        return new ComplianceSnapshot(today, reviews.formsDueSoon(), reviews.formsOverdue(), entries.rejected(),
                entries.held(), entries.liquidating(), reviews.protestsPending(), depositsShown(), members.size());
    }
}
