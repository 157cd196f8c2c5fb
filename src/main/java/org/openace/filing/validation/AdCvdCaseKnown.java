package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.EntryLine;
import org.openace.filing.Form7501;

/** The AD/CVD case number of a line is a case on file. */
final class AdCvdCaseKnown implements EntrySummaryRule {

    private final ReferenceData reference;

    AdCvdCaseKnown(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String code() {
        return "E206_ADCVD_CASE_UNKNOWN";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        for (EntryLine line : form.lines()) {
            line.adCvdDeposit().filter(d -> !reference.adCvdCaseKnown(d.caseNumber())).ifPresent(d ->
                    violations.add(violation("lines[" + line.lineNumber() + "].adCvd.caseNumber", "AD/CVD case number of line "
                            + line.lineNumber() + ": " + d.caseNumber() + " is not a case on file")));
        }
        return violations;
    }
}
