package org.openace.filing.upload;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.filing.validation.RuleViolation;

import tools.jackson.databind.JsonNode;

/**
 * One entry summary of an uploaded file: the line where it starts and the summary in the API's JSON form, or what
 * is wrong with the line before it can be read as one (not JSON, a CSV row out of place).
 *
 * @param entryNumber the entry number as written, when one is (to keep two summaries of one entry in order)
 */
record SummaryItem(int lineNumber, @Nullable JsonNode document, List<RuleViolation> problems,
                   @Nullable String entryNumber) {

    SummaryItem {
        problems = List.copyOf(problems);
    }

    static SummaryItem of(int lineNumber, JsonNode document, @Nullable String entryNumber) {
        return new SummaryItem(lineNumber, document, List.of(), entryNumber);
    }

    static SummaryItem unreadable(int lineNumber, List<RuleViolation> problems, @Nullable String entryNumber) {
        return new SummaryItem(lineNumber, null, problems, entryNumber);
    }
}
