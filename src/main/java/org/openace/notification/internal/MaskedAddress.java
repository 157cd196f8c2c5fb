package org.openace.notification.internal;

import java.util.Locale;

/**
 * An e-mail address with most of it hidden, for the outbox's record of a message: {@code j***@e***.com}. Enough for
 * an administrator to tell two messages apart or to recognize a user's address they already know; not enough to
 * learn an address.
 */
final class MaskedAddress {

    private MaskedAddress() {
    }

    static String of(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1) {
            return "***";
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String top = dot > 0 ? domain.substring(dot) : "";
        String name = dot > 0 ? domain.substring(0, dot) : domain;
        return local.charAt(0) + "***@" + name.charAt(0) + "***" + top;
    }
}
