package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.EntryLine;
import org.openace.filing.Form7501;
import org.openace.filing.Money;

/** The AD/CVD deposit of a line is its cash deposit rate applied to the line's entered value, within a cent. */
final class AdCvdDepositArithmetic implements EntrySummaryRule {

    @Override
    public String code() {
        return "E303_ADCVD_DEPOSIT_ARITHMETIC";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        for (EntryLine line : form.lines()) {
            line.adCvdDeposit().ifPresent(d -> {
                Money expected = line.enteredValue().percent(d.ratePercent());
                if (!d.deposit().within(expected, DutyArithmetic.CENT)) {
                    violations.add(violation("lines[" + line.lineNumber() + "].adCvd.deposit", "AD/CVD deposit of line "
                            + line.lineNumber() + ": " + d.ratePercent().stripTrailingZeros().toPlainString() + "% of "
                            + line.enteredValue() + " is " + expected + ", not " + d.deposit()));
                }
            });
        }
        return violations;
    }
}
