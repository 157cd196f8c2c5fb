package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.Form7501;
import org.openace.filing.Money;
import org.openace.filing.SummaryTotals;

/**
 * The declared totals are exactly the sums of the lines (entered value, duty, tax, AD/CVD deposits as "other") and of
 * the summary's fees; and each fee class declared on the lines adds up to the summary's fee of that class, except
 * MPF, whose summary amount is held between the year's minimum and maximum (checked by the MPF rule).
 */
final class SummaryTotalsAddUp implements EntrySummaryRule {

    @Override
    public String code() {
        return "E302_SUMMARY_TOTALS";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        SummaryTotals declared = form.declaredTotals();
        SummaryTotals computed = form.computedTotals();
        compare("totals.enteredValue", "Total entered value", declared.enteredValue(), computed.enteredValue(), violations);
        compare("totals.duty", "Total duty", declared.duty(), computed.duty(), violations);
        compare("totals.tax", "Total tax", declared.tax(), computed.tax(), violations);
        compare("totals.fees", "Total fees", declared.fees(), computed.fees(), violations);
        compare("totals.other", "Total other (AD/CVD deposits)", declared.other(), computed.other(), violations);
        form.summaryFees().stream().map(f -> f.classCode()).distinct()
                .filter(c -> !c.equals(org.openace.reference.FeeClassCode.MPF))
                .filter(c -> !form.lineFees(c).isEmpty())
                .forEach(c -> compare("fees[" + c + "]", "Summary fee of class " + c,
                        form.summaryFee(c).orElseThrow().amount(),
                        Money.sum(form.lineFees(c).stream().map(f -> f.amount()).toList()), violations));
        return violations;
    }

    private void compare(String field, String label, Money declared, Money computed, List<RuleViolation> violations) {
        if (!declared.equals(computed)) {
            violations.add(violation(field, label + ": declared " + declared + ", the lines add up to " + computed));
        }
    }
}
