package org.openace.onboarding;

/** Where an application for a trade account stands. */
enum ApplicationStatus {
    /** Being filled in by the applicant. */
    DRAFT("Draft"),
    /** Waiting for a customs officer. */
    SUBMITTED("Submitted"),
    /** Sent back to the applicant with reasons, to correct and submit again. */
    RETURNED("Returned to the applicant"),
    /** Approved: the trade account is open. */
    APPROVED("Approved");

    private final String title;

    ApplicationStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether the applicant may change the application (and use a resume link). */
    boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
