/**
 * The compliance view and daily operations of a trade user (issue 11, MISSION R2 and R3): on one page, what needs
 * action across the entries and reviews their rights reach, each figure linking to the list it counts (CBP forms due
 * within 7 days and overdue, rejected summaries awaiting resubmission, holds, entries liquidating within 30 days,
 * protests pending, AD/CVD exposure by case, members of the accounts they own near the 45-day inactivity limit),
 * with a chart of the same figures over time from a daily snapshot; and what happened to their entries today and
 * this week. It owns no trade data: it asks the filing, review and account modules through their ports
 * ({@code EntriesNeedingAction}, {@code ReviewsNeedingAction}, {@code MembersNearInactivity}) and keeps only the
 * snapshots.
 */
@NullMarked
package org.openace.compliance;

import org.jspecify.annotations.NullMarked;
