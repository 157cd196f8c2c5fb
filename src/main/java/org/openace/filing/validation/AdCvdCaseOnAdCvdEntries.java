package org.openace.filing.validation;

import java.util.List;

import org.openace.filing.Form7501;

/** An AD/CVD entry (type 03) has an AD/CVD case number on at least one line. */
final class AdCvdCaseOnAdCvdEntries implements EntrySummaryRule {

    @Override
    public String code() {
        return "E501_ADCVD_CASE_REQUIRED";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        if (!form.entryType().value().equals("03") || form.lines().stream().anyMatch(l -> l.adCvdDeposit().isPresent())) {
            return List.of();
        }
        return List.of(violation("lines", "AD/CVD case number: an entry of type 03 (antidumping/countervailing duty) "
                + "names its case on the lines it covers, and no line does"));
    }
}
