package org.openace.account.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;

/** Ids in the address of an account page: the canonical 36-character form, or the page does not exist (404). */
final class PathIds {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PathIds() {
    }

    static UUID uuid(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new AccountDataNotFoundException();
        }
        return UUID.fromString(text);
    }

    static AccountId account(String text) {
        return new AccountId(uuid(text));
    }

    static SubAccountId subAccount(String text) {
        return new SubAccountId(uuid(text));
    }

    static UserId user(String text) {
        return new UserId(uuid(text));
    }
}
