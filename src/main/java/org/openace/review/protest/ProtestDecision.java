package org.openace.review.protest;

/** How an officer decides a protest. */
public enum ProtestDecision {
    ALLOWED("Allowed"),
    DENIED("Denied"),
    PARTLY_ALLOWED("Allowed in part");

    private final String title;

    ProtestDecision(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
