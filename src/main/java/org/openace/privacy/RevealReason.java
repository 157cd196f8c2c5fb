package org.openace.privacy;

/** Why someone asks to see a masked identifier in full; every reveal states one and is audited. */
public enum RevealReason {
    VERIFY_IDENTITY("Verify the identity of the company or person"),
    APPLICATION_REVIEW("Review an account application"),
    CORRECTION_REQUEST("Correct a record at the request of the person concerned"),
    LEGAL_OBLIGATION("Meet a legal obligation or request"),
    TAX_FILING("Prepare a filing that requires the full number");

    private final String title;

    RevealReason(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
