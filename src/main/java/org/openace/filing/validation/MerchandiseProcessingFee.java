package org.openace.filing.validation;

import java.util.List;
import java.util.Optional;

import org.openace.filing.Fee;
import org.openace.filing.Form7501;
import org.openace.filing.Money;
import org.openace.reference.FeeClassCode;
import org.openace.reference.FeeRate;
import org.openace.reference.FiscalYear;

/**
 * A formal entry carries the merchandise processing fee (class 499) at the rate of the fiscal year of its entry date
 * (1 October to 30 September): the ad valorem rate of the total entered value, held between the year's minimum and
 * maximum (CATAIR: the minimum and maximum apply to the summary's total). A year with no rates loaded is refused with
 * that reason, never computed with another year's rates. Informal entries are the informal fee rule's.
 */
final class MerchandiseProcessingFee implements EntrySummaryRule {

    private final ReferenceData reference;

    MerchandiseProcessingFee(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String code() {
        return "E401_MPF";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        if (form.entryType().isInformal()) {
            return List.of();
        }
        FiscalYear year = FiscalYear.containing(form.entryDate());
        Optional<FeeRate> rate = reference.feeRate(FeeClassCode.MPF, year);
        if (rate.isEmpty()) {
            return List.of(violation("fees[499]", "Merchandise processing fee: no MPF rates are loaded for " + year
                    + " (entry date " + form.entryDate() + "), so the summary cannot be checked"));
        }
        Money expected = Money.of(rate.get().feeOn(form.computedTotals().enteredValue().amount()));
        Optional<Fee> declared = form.summaryFee(FeeClassCode.MPF);
        if (declared.isEmpty()) {
            return List.of(violation("fees[499]", "Merchandise processing fee: a formal entry carries MPF (class 499) of "
                    + expected + " in " + year));
        }
        if (!declared.get().amount().equals(expected)) {
            return List.of(violation("fees[499]", "Merchandise processing fee: " + year + " MPF on "
                    + form.computedTotals().enteredValue() + " is " + expected + " (rate " + rate.get().adValoremPercent()
                    + "%, minimum " + rate.get().minimum() + ", maximum " + rate.get().maximum() + "), not "
                    + declared.get().amount()));
        }
        return List.of();
    }
}
