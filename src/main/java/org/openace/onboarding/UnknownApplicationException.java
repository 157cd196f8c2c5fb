package org.openace.onboarding;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An application id in an address that is malformed or names no application: the page does not exist (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownApplicationException extends RuntimeException {

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    UnknownApplicationException() {
        super("No such application", null, false, false);
    }

    /** The application id in a path, if it is one; otherwise the page is not found. */
    static UUID parse(String pathId) {
        if (pathId == null || !CANONICAL_UUID.matcher(pathId).matches()) {
            throw new UnknownApplicationException();
        }
        return UUID.fromString(pathId);
    }
}
