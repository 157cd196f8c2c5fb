package org.openace.account.admin;

import java.util.ArrayList;
import java.util.List;

/** Collects the field problems of one input; throws them all at once. */
final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new FieldProblem(field, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws if any problem was found. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw AccountChangeRefusedException.invalid(found);
        }
    }
}
