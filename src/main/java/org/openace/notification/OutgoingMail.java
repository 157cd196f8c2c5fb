package org.openace.notification;

import java.util.Objects;

/**
 * One plain-text e-mail. Bodies may hold one-time codes or links, so {@link #toString()} never shows them, nor the
 * address.
 *
 * @param kind    what sort of message it is, an upper-case name such as {@code SIGN_IN_CODE}: the only thing
 *                administrators see of a message besides a masked address
 * @param to      the recipient's address
 * @param subject the subject line
 * @param body    the plain-text body
 */
public record OutgoingMail(String kind, String to, String subject, String body) {

    public OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (!kind.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new IllegalArgumentException("A mail kind is an upper-case name: " + kind);
        }
        if (subject.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("A subject is one line");
        }
    }

    @Override
    public String toString() {
        return "OutgoingMail[kind=" + kind + "]";
    }
}
