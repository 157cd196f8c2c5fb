package org.openace.filing.intake;

/** A request to the filing API refused as a whole, answered as a problem document with its status and code. */
class FilingApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;

    FilingApiException(int status, String code, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }
}
