package org.openace.identity.admin;

import java.util.UUID;
import java.util.regex.Pattern;

import org.openace.identity.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A user id in an address that is malformed or names no user: the page does not exist (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownUserException extends RuntimeException {

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    UnknownUserException() {
        super("No such user", null, false, false);
    }

    /** The user id in a path, if it is one (only the canonical 36-character form); otherwise the page is not found. */
    static UserId parse(String pathId) {
        if (pathId == null || !CANONICAL_UUID.matcher(pathId).matches()) {
            throw new UnknownUserException();
        }
        return new UserId(UUID.fromString(pathId));
    }
}
