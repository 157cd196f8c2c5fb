package org.openace.filing.validation;

import java.util.List;

import org.openace.filing.Form7501;
import org.openace.reference.FeeClassCode;

/** The harbor maintenance fee (class 501) is owed on cargo by vessel only (modes 10 and 11; 19 CFR 24.24). */
final class HarborMaintenanceFeeOnVesselsOnly implements EntrySummaryRule {

    @Override
    public String code() {
        return "E403_HMF_VESSEL_ONLY";
    }

    @Override
    public List<RuleViolation> check(Form7501 form, FilingContext context) {
        if (form.modeOfTransport().isVessel() || !form.carriesFee(FeeClassCode.HMF)) {
            return List.of();
        }
        return List.of(violation("fees[501]", "Harbor maintenance fee: it is owed on vessel shipments only, and the mode of "
                + "transport is " + form.modeOfTransport().code() + " (" + form.modeOfTransport() + ")"));
    }
}
