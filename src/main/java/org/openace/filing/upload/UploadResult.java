package org.openace.filing.upload;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.filing.validation.RuleViolation;

/**
 * What became of one summary of an upload, by the line where it starts.
 *
 * @param outcome     FILED, CORRECTED (a new version), REFUSED (rules broken) or NOT_CORRECTABLE
 * @param entryNumber the entry number, formatted, when the summary was stored
 * @param replayed    the same summary had been filed already (it got the answer it got then)
 */
public record UploadResult(int lineNumber, Outcome outcome, @Nullable String entryNumber, @Nullable Integer version,
                    boolean replayed, List<RuleViolation> errors) {

    public enum Outcome { FILED, CORRECTED, REFUSED, NOT_CORRECTABLE }

    public UploadResult {
        errors = List.copyOf(errors);
    }

    public boolean stored() {
        return outcome == Outcome.FILED || outcome == Outcome.CORRECTED;
    }
}
