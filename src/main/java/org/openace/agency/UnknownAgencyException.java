package org.openace.agency;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An agency code or user id in an address that is malformed or names nothing: the page does not exist (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownAgencyException extends RuntimeException {

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    UnknownAgencyException() {
        super("No such agency", null, false, false);
    }

    static String code(String pathCode) {
        if (!AgencyForm.CODE.matcher(pathCode).matches()) {
            throw new UnknownAgencyException();
        }
        return pathCode;
    }

    static UUID userId(String pathId) {
        if (!CANONICAL_UUID.matcher(pathId).matches()) {
            throw new UnknownAgencyException();
        }
        return UUID.fromString(pathId);
    }
}
