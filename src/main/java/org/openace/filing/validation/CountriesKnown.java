package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.EntryLine;
import org.openace.filing.Form7501;
import org.openace.reference.CountryCode;

/** The countries of origin (summary and lines) and of export are ISO 3166-1 countries on the entry date. */
final class CountriesKnown implements EntrySummaryRule {

    private final ReferenceData reference;

    CountriesKnown(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String code() {
        return "E203_COUNTRY_UNKNOWN";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        check(form, form.countryOfOrigin(), "countryOfOrigin", "Country of origin", violations);
        check(form, form.countryOfExport(), "countryOfExport", "Country of export", violations);
        for (EntryLine line : form.lines()) {
            check(form, line.countryOfOrigin(), "lines[" + line.lineNumber() + "].countryOfOrigin",
                    "Country of origin of line " + line.lineNumber(), violations);
        }
        return violations;
    }

    private void check(Form7501 form, CountryCode country, String field, String label, List<RuleViolation> violations) {
        if (!reference.countryKnown(country, form.entryDate())) {
            violations.add(violation(field, label + ": " + country + " is not a country code on the entry date "
                    + form.entryDate()));
        }
    }
}
