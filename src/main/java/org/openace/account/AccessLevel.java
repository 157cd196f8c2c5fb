package org.openace.account;

/** View only, or view and change. */
public enum AccessLevel {
    VIEW,
    EDIT;

    /** Whether holding this level is enough for {@code wanted}. */
    public boolean covers(AccessLevel wanted) {
        return this == EDIT || wanted == VIEW;
    }
}
