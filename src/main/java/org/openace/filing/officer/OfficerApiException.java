package org.openace.filing.officer;

import java.util.List;

/** A refusal of the officer API, answered as a problem document with its status and code. */
final class OfficerApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<MoveInput.FieldError> errors;

    private OfficerApiException(int status, String code, String title, String detail,
                                List<MoveInput.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    static OfficerApiException notFound() {
        return new OfficerApiException(404, "NOT_FOUND", "Not found",
                "There is no entry summary or move at this address.", List.of());
    }

    static OfficerApiException invalid(List<MoveInput.FieldError> errors) {
        return new OfficerApiException(422, "VALIDATION_FAILED", "The request has invalid values",
                errors.size() == 1 ? "1 value is wrong: see errors." : errors.size() + " values are wrong: see errors.",
                errors);
    }

    static OfficerApiException outsidePorts(String entryNumber, String port) {
        return new OfficerApiException(403, "OUTSIDE_YOUR_PORTS", "The entry is not at one of your ports",
                "Entry " + entryNumber + " is at port " + port + ", which you do not work: an officer acts only "
                        + "within their ports (an administrator sets them).", List.of());
    }

    static OfficerApiException refused(String reason) {
        return new OfficerApiException(409, MoveEntry.REFUSED, "The entry summary does not allow this move now",
                reason + ".", List.of());
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

    List<MoveInput.FieldError> errors() {
        return errors;
    }
}
