package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.EntryLine;
import org.openace.filing.Form7501;

/**
 * An AD/CVD case covers goods of one country (the country in its number: A-570 is China, A-201 Mexico), so the line
 * it is declared on has that country of origin: a deposit under another country's case is the wrong deposit. A case
 * not on file is {@link AdCvdCaseKnown}'s to report, not this rule's.
 */
final class AdCvdCaseOfTheOrigin implements EntrySummaryRule {

    private final ReferenceData reference;

    AdCvdCaseOfTheOrigin(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String code() {
        return "E207_ADCVD_CASE_COUNTRY";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        for (EntryLine line : form.lines()) {
            line.adCvdDeposit().ifPresent(deposit -> reference.adCvdCaseCountry(deposit.caseNumber())
                    .filter(country -> !country.equals(line.countryOfOrigin()))
                    .ifPresent(country -> violations.add(violation(
                            "lines[" + line.lineNumber() + "].adCvd.caseNumber",
                            "AD/CVD case number of line " + line.lineNumber() + ": " + deposit.caseNumber()
                                    + " covers goods of " + country + ", and the line's country of origin is "
                                    + line.countryOfOrigin()))));
        }
        return violations;
    }
}
