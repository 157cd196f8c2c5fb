package org.openace.account.core;

import java.util.ArrayList;
import java.util.List;

/** Collects the field problems of one input; throws them all at once. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new FieldProblem(field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws if any problem was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw AccountChangeRefusedException.invalid(found);
        }
    }
}
