package org.openace.review.protest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A protest number or document in a page's address that is malformed or names nothing here (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class UnknownProtestException extends RuntimeException {

    UnknownProtestException() {
        super("No such protest", null, false, false);
    }
}
