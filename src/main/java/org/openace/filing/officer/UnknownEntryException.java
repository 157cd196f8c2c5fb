package org.openace.filing.officer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An entry number or move in a page's address that is malformed or names nothing: the page does not exist (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class UnknownEntryException extends RuntimeException {

    UnknownEntryException() {
        super("No such entry summary or move", null, false, false);
    }
}
