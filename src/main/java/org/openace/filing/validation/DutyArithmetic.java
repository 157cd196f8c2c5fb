package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openace.filing.EntryLine;
import org.openace.filing.Form7501;
import org.openace.filing.Money;
import org.openace.filing.TariffOrdinal;

/**
 * The duty of every ordinal is its rate applied to the line's entered value (and, for a specific rate, to its quantity
 * in the rate's unit), within a cent. A Chapter 99 ordinal's rate applies to the value of the line it is stacked on.
 */
final class DutyArithmetic implements EntrySummaryRule {

    static final Money CENT = Money.of("0.01");

    @Override
    public String code() {
        return "E301_DUTY_ARITHMETIC";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        for (EntryLine line : form.lines()) {
            for (int i = 0; i < line.ordinals().size(); i++) {
                TariffOrdinal ordinal = line.ordinals().get(i);
                String field = "lines[" + line.lineNumber() + "].ordinals[" + (i + 1) + "].duty";
                Optional<Money> expected = ordinal.rate().dutyOn(line.enteredValue(), line.commodity().quantities());
                if (expected.isEmpty()) {
                    violations.add(violation(field, "Duty of " + ordinal.htsNumber() + " on line " + line.lineNumber()
                            + ": its rate " + ordinal.rate() + " needs a quantity in " + ordinal.rate().unit()));
                } else if (!ordinal.duty().within(expected.get(), CENT)) {
                    violations.add(violation(field, "Duty of " + ordinal.htsNumber() + " on line " + line.lineNumber()
                            + ": " + ordinal.rate() + " of " + line.enteredValue() + " is " + expected.get() + ", not "
                            + ordinal.duty()));
                }
            }
        }
        return violations;
    }
}
