package org.openace.filing.validation;

import java.util.List;

import org.openace.filing.Form7501;

/** The entry number's filer code is the filer code the summary is filed under: no one files another filer's entry. */
final class FilerCodeIsTheFilers implements EntrySummaryRule {

    @Override
    public String code() {
        return "E102_FILER_CODE";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        if (form.filerCode().equals(context.filerCode())) {
            return List.of();
        }
        return List.of(violation("entryNumber", "Entry number: its filer code " + form.filerCode()
                + " is not the filer code " + context.filerCode() + " this summary is filed under"));
    }
}
