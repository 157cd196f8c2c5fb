package org.openace.onboarding;

import java.util.List;

/** The application cannot be submitted yet: these steps are not done. */
class IncompleteApplicationException extends RuntimeException {

    private final List<ApplicationStep> missing;

    IncompleteApplicationException(List<ApplicationStep> missing) {
        super("Steps not done: " + missing, null, false, false);
        this.missing = List.copyOf(missing);
    }

    List<ApplicationStep> missing() {
        return missing;
    }
}
