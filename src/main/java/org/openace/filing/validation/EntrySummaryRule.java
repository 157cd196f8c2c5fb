package org.openace.filing.validation;

import java.util.List;

import org.openace.filing.Form7501;

/** One named validation rule: a stable code and the violations it finds (none when the summary keeps it). */
interface EntrySummaryRule {

    String code();

    List<RuleViolation> check(Form7501 form, FilingContext context);

    default RuleViolation violation(String field, String message) {
        return new RuleViolation(code(), field, message);
    }
}
