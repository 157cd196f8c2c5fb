package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.Form7501;

/** Lines are numbered 1, 2, 3 ... in order, without gaps or repeats. */
final class LineNumbersInOrder implements EntrySummaryRule {

    @Override
    public String code() {
        return "E101_LINE_NUMBERS";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            int number = form.lines().get(i).lineNumber();
            if (number != i + 1) {
                violations.add(violation("lines[" + (i + 1) + "].lineNumber",
                        "Line number: line " + (i + 1) + " of the summary is numbered " + number + "; lines are numbered 1, 2, 3 ... in order"));
            }
        }
        return violations;
    }
}
