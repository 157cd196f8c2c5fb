package org.openace.filing.generator;

import java.time.Instant;
import java.util.List;

import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryEvent;
import org.openace.filing.Form7501;

/**
 * One generated entry summary as it stands at the end of its generated life: its state, every version filed (version
 * 1, and version 2 when corrected or resubmitted) and the history of its moves, each at its moment.
 */
record GeneratedEntry(EntrySummary.Snapshot state, List<Version> versions, List<HistoryLine> history) {

    record Version(int number, Form7501 form, Instant filedAt) {
    }

    record HistoryLine(int version, EntrySummaryEvent event, Instant at) {
    }

    GeneratedEntry {
        versions = List.copyOf(versions);
        history = List.copyOf(history);
    }

    Instant filedAt() {
        return versions.getFirst().filedAt();
    }

    Instant updatedAt() {
        return history.getLast().at();
    }

    int lineCount() {
        return state.form().lines().size();
    }
}
