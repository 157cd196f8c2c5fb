package org.openace.webhook.delivery;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No endpoint of this account has that id (another account's included): 404, like every other refusal of data. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownEndpointException extends RuntimeException {

    UnknownEndpointException() {
        super("No such webhook endpoint");
    }
}
