package org.openace.onboarding;

import org.jspecify.annotations.Nullable;

/** The review page's form: the Terms and Conditions accepted. */
record SubmitForm(@Nullable String terms) {

    static SubmitForm empty() {
        return new SubmitForm(null);
    }

    public boolean accepted() {
        return FormRules.YES.equals(terms);
    }
}
