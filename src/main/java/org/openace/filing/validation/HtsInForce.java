package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.EntryLine;
import org.openace.filing.Form7501;

/** Every HTS number of every line (Chapter 99 numbers too) is in the edition of the schedule in force on the entry date. */
final class HtsInForce implements EntrySummaryRule {

    private final ReferenceData reference;

    HtsInForce(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String code() {
        return "E204_HTS_NOT_IN_FORCE";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        for (EntryLine line : form.lines()) {
            for (int i = 0; i < line.ordinals().size(); i++) {
                var hts = line.ordinals().get(i).htsNumber();
                if (!reference.htsInForce(hts, form.entryDate())) {
                    violations.add(violation("lines[" + line.lineNumber() + "].ordinals[" + (i + 1) + "].htsNumber",
                            "HTS number of line " + line.lineNumber() + ": " + hts
                                    + " is not in the tariff schedule in force on the entry date " + form.entryDate()));
                }
            }
        }
        return violations;
    }
}
