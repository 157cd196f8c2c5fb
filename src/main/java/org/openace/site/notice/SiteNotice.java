package org.openace.site.notice;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message an administrator posts for everyone, shown on the sign-in page between two instants (e.g.
 * "Modernized portal coming soon", a maintenance window).
 */
public record SiteNotice(UUID id, String headline, String body, NoticeSeverity severity, Instant startsAt,
                         Instant endsAt, String createdBy, Instant createdAt, @Nullable Instant withdrawnAt) {

    public boolean isShownAt(Instant now) {
        return withdrawnAt == null && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** Where the notice stands now, for the administrator's list. */
    public String stateAt(Instant now) {
        if (withdrawnAt != null) {
            return "Withdrawn";
        }
        if (now.isBefore(startsAt)) {
            return "Scheduled";
        }
        return now.isBefore(endsAt) ? "Showing" : "Ended";
    }
}
