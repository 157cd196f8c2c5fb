package org.openace.account.api;

import java.util.UUID;
import java.util.regex.Pattern;

import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.identity.UserId;

/** Ids in an API path: the canonical 36-character form, or the resource does not exist (404). */
final class ApiIds {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ApiIds() {
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

    static UserId user(String text) {
        return new UserId(uuid(text));
    }
}
