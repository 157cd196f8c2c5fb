package org.openace.inbox;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No notification of that id for the user (another user's, a malformed id): 404, the same for all. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownNotificationException extends RuntimeException {

    UnknownNotificationException() {
        super("No such notification");
    }
}
