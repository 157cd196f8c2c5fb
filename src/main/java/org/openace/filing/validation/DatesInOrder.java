package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.Form7501;

/** The goods are exported before they are imported, and imported no later than the entry date. */
final class DatesInOrder implements EntrySummaryRule {

    @Override
    public String code() {
        return "E601_DATES_IN_ORDER";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        if (form.exportDate().isAfter(form.importDate())) {
            violations.add(violation("exportDate", "Export date: " + form.exportDate() + " is after the import date "
                    + form.importDate()));
        }
        if (form.importDate().isAfter(form.entryDate())) {
            violations.add(violation("importDate", "Import date: " + form.importDate() + " is after the entry date "
                    + form.entryDate()));
        }
        return violations;
    }
}
