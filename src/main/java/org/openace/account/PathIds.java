package org.openace.account;

import java.util.UUID;
import java.util.regex.Pattern;

import org.openace.identity.UserId;

/**
 * Ids in the address of an account page or API resource: the canonical 36-character form, or the resource does not
 * exist ({@link AccountDataNotFoundException}, a 404 like any other refusal).
 */
public final class PathIds {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PathIds() {
    }

    public static UUID uuid(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new AccountDataNotFoundException();
        }
        return UUID.fromString(text);
    }

    public static AccountId account(String text) {
        return new AccountId(uuid(text));
    }

    public static SubAccountId subAccount(String text) {
        return new SubAccountId(uuid(text));
    }

    public static UserId user(String text) {
        return new UserId(uuid(text));
    }
}
