package org.openace.reports.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.identity.UserId;
import org.openace.reports.catalog.ReportPrompts;

/**
 * A run of a report as recorded: who asked, what, with which prompts, where it stands, and what it produced.
 *
 * @param owner      the user who asked for it (a schedule's owner for a scheduled run); null for a run asked for
 *                   with an API token
 * @param definition for a report not in the catalog (ad hoc), its definition as it was when the run was asked for
 *                   (JSON, read by its {@link ReportSource}); null for a standard report
 * @param apiToken   the API token that asked for it ({@link RunAudience#FILER}); null for a user's run
 */
public record ReportRun(UUID id, @Nullable UserId owner, RunAudience audience, String reportCode, String title,
                        ReportPrompts prompts, RunStatus status, int progress, @Nullable Long rowCount,
                        boolean cancelRequested, @Nullable String failure, Instant requestedAt,
                        @Nullable Instant startedAt, @Nullable Instant finishedAt, boolean resultExpired,
                        @Nullable UUID scheduleId, @Nullable String definition,
                        @Nullable UUID apiToken) {

    /** Whether the user asked for it (a run asked for with a token is no user's). */
    public boolean ownedBy(UserId user) {
        return user.equals(owner);
    }

    /** Whether the API token asked for it. */
    public boolean askedWith(UUID token) {
        return token.equals(apiToken);
    }

    public boolean finished() {
        return status.finished();
    }

    /** Whether its rows can be shown and downloaded. */
    public boolean hasResult() {
        return status == RunStatus.SUCCEEDED && !resultExpired;
    }

    public List<String> promptsDescribed() {
        return prompts.described();
    }

    /** How long it ran, once finished. */
    public @Nullable Duration took() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
