package org.openace.filing.validation;

import java.util.List;

import org.openace.filing.Form7501;

/** The entry type is one of the entry type codes in force on the entry date. */
final class EntryTypeKnown implements EntrySummaryRule {

    private final ReferenceData reference;

    EntryTypeKnown(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String code() {
        return "E201_ENTRY_TYPE_UNKNOWN";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        if (reference.entryTypeKnown(form.entryType(), form.entryDate())) {
            return List.of();
        }
        return List.of(violation("entryType", "Entry type: " + form.entryType()
                + " is not an entry type code in force on the entry date " + form.entryDate()));
    }
}
