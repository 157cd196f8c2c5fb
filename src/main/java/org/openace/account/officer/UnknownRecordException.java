package org.openace.account.officer;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An id in an address that is malformed or names nothing: the page does not exist (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownRecordException extends RuntimeException {

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    UnknownRecordException() {
        super("No such record", null, false, false);
    }

    /** The id in a path, if it is one (only the canonical 36-character form); otherwise the page is not found. */
    static UUID parse(String pathId) {
        if (pathId == null || !CANONICAL_UUID.matcher(pathId).matches()) {
            throw new UnknownRecordException();
        }
        return UUID.fromString(pathId);
    }
}
