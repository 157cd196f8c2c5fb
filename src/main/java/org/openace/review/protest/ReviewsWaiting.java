package org.openace.review.protest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.EntitledScope;
import org.openace.identity.UserId;
import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.WorkWaiting;
import org.openace.review.ReviewsNeedingAction;
import org.openace.review.form.FormStore;
import org.springframework.stereotype.Component;

/**
 * The forms and protests waiting for a trade user, counted in the database over their reviews scope: for the
 * compliance view ({@link ReviewsNeedingAction}) and the home page's "Waiting for you" (forms due within 7 days,
 * overdue forms, undecided protests, each linking to its list).
 */
@Component
class ReviewsWaiting implements ReviewsNeedingAction, WorkWaiting {

    private final AccessControl access;
    private final FormStore forms;
    private final ProtestStore protests;
    private final Clock clock;

    ReviewsWaiting(AccessControl access, FormStore forms, ProtestStore protests, Clock clock) {
        this.access = access;
        this.forms = forms;
        this.protests = protests;
        this.clock = clock;
    }

    @Override
    public ReviewActionCounts counts(UserId user, LocalDate today) {
        EntitledScope scope = access.scope(user, AccountFunction.REVIEWS, AccessLevel.VIEW);
        long[] open = forms.countOpen(new FormStore.Audience.Trade(scope), today, DUE_SOON_DAYS);
        return new ReviewActionCounts(open[0], open[1], open[2], protests.countPending(scope));
    }

    @Override
    public List<WaitingItem> waitingFor(IdentifiedPrincipal user) {
        ReviewActionCounts counts = counts(new UserId(user.userId()), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<WaitingItem> items = new ArrayList<>();
        items.add(new WaitingItem("home.waiting.forms-overdue", counts.formsOverdue(), "/reviews?show=overdue",
                null));
        items.add(new WaitingItem("home.waiting.forms-due", counts.formsDueSoon(), "/reviews?show=due-soon",
                null));
        items.add(new WaitingItem("home.waiting.protests-pending", counts.protestsPending(), "/reviews/protests", null));
        return items;
    }
}
