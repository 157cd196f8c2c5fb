package org.openace.reports;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.identity.UserId;

/**
 * A report run ended: succeeded (with its row count), failed or was cancelled. Published in the transaction that
 * records the end, so that listeners (a schedule's e-mail to its owner) hear of every run that ended, once.
 *
 * @param owner    the user who asked for it; null for a run asked for with an API token
 * @param status   {@code SUCCEEDED}, {@code FAILED} or {@code CANCELLED}
 * @param schedule the schedule that asked for the run, or null for a run asked for by hand
 */
public record ReportRunFinished(UUID run, @Nullable UserId owner, String title, String status, @Nullable Long rows,
                                @Nullable UUID schedule) {
}
