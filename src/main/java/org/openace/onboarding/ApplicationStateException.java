package org.openace.onboarding;

/** A move the application's status does not allow (editing a submitted application, approving a draft, ...). */
class ApplicationStateException extends RuntimeException {

    private final ApplicationStatus status;

    ApplicationStateException(ApplicationStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    ApplicationStatus status() {
        return status;
    }
}
