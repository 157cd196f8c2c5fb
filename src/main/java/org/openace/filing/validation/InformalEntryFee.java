package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openace.filing.Fee;
import org.openace.filing.Form7501;
import org.openace.filing.Money;
import org.openace.reference.FeeClassCode;
import org.openace.reference.FeeRate;
import org.openace.reference.FiscalYear;

/**
 * An informal entry (type 11, 12) carries the informal entry fee (class 311) at its fiscal year's amount and no
 * formal MPF (499); a formal entry carries no informal fee. A year with no informal fee loaded is refused with that
 * reason.
 */
final class InformalEntryFee implements EntrySummaryRule {

    private final ReferenceData reference;

    InformalEntryFee(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String code() {
        return "E402_INFORMAL_FEE";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        if (!form.entryType().isInformal()) {
            return form.carriesFee(FeeClassCode.INFORMAL)
                    ? List.of(violation("fees[311]", "Informal entry fee: entry type " + form.entryType()
                            + " is a formal entry and pays MPF (class 499), not the informal fee (class 311)"))
                    : List.of();
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (form.carriesFee(FeeClassCode.MPF)) {
            violations.add(violation("fees[499]", "Merchandise processing fee: entry type " + form.entryType()
                    + " is an informal entry and pays the informal fee (class 311), not MPF (class 499)"));
        }
        FiscalYear year = FiscalYear.containing(form.entryDate());
        Optional<FeeRate> rate = reference.feeRate(FeeClassCode.INFORMAL, year);
        if (rate.isEmpty()) {
            violations.add(violation("fees[311]", "Informal entry fee: no informal fee is loaded for " + year
                    + " (entry date " + form.entryDate() + "), so the summary cannot be checked"));
            return violations;
        }
        Money expected = Money.of(rate.get().feeOn(form.computedTotals().enteredValue().amount()));
        Optional<Fee> declared = form.summaryFee(FeeClassCode.INFORMAL);
        if (declared.isEmpty() || !declared.get().amount().equals(expected)) {
            violations.add(violation("fees[311]", "Informal entry fee: " + year + " fee (class 311) is " + expected
                    + ", not " + declared.map(f -> f.amount().toString()).orElse("missing")));
        }
        return violations;
    }
}
