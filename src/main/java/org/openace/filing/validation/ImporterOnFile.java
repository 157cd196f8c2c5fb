package org.openace.filing.validation;

import java.util.ArrayList;
import java.util.List;

import org.openace.filing.Form7501;

/** The importer of record, and the ultimate consignee where given, are on file (CBP Form 5106). */
final class ImporterOnFile implements EntrySummaryRule {

    private final ReferenceData reference;

    ImporterOnFile(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String code() {
        return "E205_IMPORTER_NOT_ON_FILE";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!reference.importerOnFile(form.importerOfRecord())) {
            violations.add(violation("importerOfRecord", "Importer of record number: "
                    + form.importerOfRecord().display() + " is not on file (CBP Form 5106)"));
        }
        var consignee = form.ultimateConsignee();
        if (consignee != null && !reference.importerOnFile(consignee)) {
            violations.add(violation("ultimateConsignee", "Ultimate consignee number: " + consignee.display()
                    + " is not on file (CBP Form 5106)"));
        }
        return violations;
    }
}
