package org.openace.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.openace.account.MembersNearInactivity;
import org.openace.filing.EntriesNeedingAction;
import org.openace.identity.UserId;
import org.openace.review.ReviewsNeedingAction;
import org.springframework.stereotype.Component;

/**
 * A trade user's compliance view now: the filing, review and account modules each answer for what they own, over
 * the user's rights (entries, reviews, ownership). The figures of the day are kept as the user's snapshot, for the
 * chart over time.
 */
@Component
public class ComplianceViews {

    /** Members are listed from this long before they would be disabled (the last week of the 45 days). */
    static final Duration INACTIVITY_WARNING = Duration.ofDays(7);

    private final EntriesNeedingAction entries;
    private final ReviewsNeedingAction reviews;
    private final MembersNearInactivity members;
    private final ComplianceSnapshots snapshots;
    private final Clock clock;

    ComplianceViews(EntriesNeedingAction entries, ReviewsNeedingAction reviews, MembersNearInactivity members,
                    ComplianceSnapshots snapshots, Clock clock) {
        this.entries = entries;
        this.reviews = reviews;
        this.members = members;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** The view now, its figures kept as today's snapshot. */
    public ComplianceView of(UserId user) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        EntriesNeedingAction.Figures figures = entries.needingAction(user, today);
        ComplianceView view = new ComplianceView(today, figures.counts(), reviews.counts(user, today),
                figures.exposure(), members.of(user, now.plus(INACTIVITY_WARNING)));
        snapshots.keep(user, view.snapshot());
        return view;
    }
}
