package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.Form7501;

/**
 * Every validation rule a filed entry summary passes (issue 9, F2), run together so that all broken rules come back
 * at once, in the order of the rules.
 */
public final class ValidationRules {

    private final List<EntrySummaryRule> rules;

    public ValidationRules(ReferenceData reference) {
        this.rules = List.of(
                new LineNumbersInOrder(),
                new FilerCodeIsTheFilers(),
                new EntryTypeKnown(reference),
                new PortsKnown(reference),
                new CountriesKnown(reference),
                new HtsInForce(reference),
                new ImporterOnFile(reference),
                new AdCvdCaseKnown(reference),
                new AdCvdCaseOfTheOrigin(reference),
                new DutyArithmetic(),
                new SummaryTotalsAddUp(),
                new AdCvdDepositArithmetic(),
                new MerchandiseProcessingFee(reference),
                new InformalEntryFee(reference),
                new HarborMaintenanceFeeOnVesselsOnly(),
                new AdCvdCaseOnAdCvdEntries(),
                new DatesInOrder());
    }

    /** The stable codes of the rules, in the order they run. */
    public List<String> codes() {
        return rules.stream().map(EntrySummaryRule::code).toList();
    }

    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        for (EntrySummaryRule rule : rules) {
            violations.addAll(rule.check(form, context));
        }
        return List.copyOf(violations);
    }
}
