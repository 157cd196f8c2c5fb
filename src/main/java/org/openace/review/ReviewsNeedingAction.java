package org.openace.review;

import java.time.LocalDate;

import org.openace.identity.UserId;

/**
 * The review module's answer to "what needs action" for a trade user (the compliance view, issue 11 R2): the CBP
 * forms and protests they see with the reviews right, as the reviews pages list them.
 */
public interface ReviewsNeedingAction {

    /** The days ahead within which an answer counts as "due soon". */
    int DUE_SOON_DAYS = 7;

    ReviewActionCounts counts(UserId user, LocalDate today);

    /**
     * A trade user's reviews waiting on a day.
     *
     * @param formsDueSoon   forms awaiting the trade's answer, due within {@link #DUE_SOON_DAYS} days
     * @param formsOverdue   forms awaiting the trade's answer past their due date
     * @param formsAnswered  forms answered, waiting for CBP's review
     * @param protestsPending protests filed and not yet decided
     */
    record ReviewActionCounts(long formsDueSoon, long formsOverdue, long formsAnswered, long protestsPending) {
    }
}
