package org.openace.review.form;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An action number, entry number or document in a page's address that is malformed or names nothing here (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class UnknownFormException extends RuntimeException {

    UnknownFormException() {
        super("No such CBP form", null, false, false);
    }
}
