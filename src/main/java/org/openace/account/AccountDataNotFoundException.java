package org.openace.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The account data in a request does not exist, or the user may not reach it: both answer 404, so that nobody
 * learns whether data they may not see exists. Thrown by the account access check and by endpoints whose path
 * names data of an account (a user, a contact, an identifier) that the account does not have.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountDataNotFoundException extends RuntimeException {

    public AccountDataNotFoundException() {
        super("Not found", null, false, false);
    }
}
