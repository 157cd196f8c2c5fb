package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.Form7501;

/** The port of entry and the U.S. port of unlading are Schedule D ports in force on the entry date. */
final class PortsKnown implements EntrySummaryRule {

    private final ReferenceData reference;

    PortsKnown(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String code() {
        return "E202_PORT_UNKNOWN";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!reference.portKnown(form.portOfEntry(), form.entryDate())) {
            violations.add(violation("portOfEntry", "Port of entry: " + form.portOfEntry()
                    + " is not a Schedule D port on the entry date " + form.entryDate()));
        }
        if (!reference.portKnown(form.portOfUnlading(), form.entryDate())) {
            violations.add(violation("portOfUnlading", "U.S. port of unlading: " + form.portOfUnlading()
                    + " is not a Schedule D port on the entry date " + form.entryDate()));
        }
        return violations;
    }
}
