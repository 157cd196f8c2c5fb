package org.openace.officer;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A user id in an address that is malformed or names no customs officer: the page does not exist (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownOfficerException extends RuntimeException {

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    UnknownOfficerException() {
        super("No such officer", null, false, false);
    }

    static UUID userId(String pathId) {
        if (!CANONICAL_UUID.matcher(pathId).matches()) {
            throw new UnknownOfficerException();
        }
        return UUID.fromString(pathId);
    }
}
