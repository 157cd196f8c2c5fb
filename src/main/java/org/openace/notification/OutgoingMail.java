package org.openace.notification;

import java.util.Objects;

/**
 * One plain-text e-mail. Bodies may hold one-time codes or links, so {@link #toString()} never shows them.
 *
 * @param to      the recipient's address
 * @param subject the subject line
 * @param body    the plain-text body
 */
public record OutgoingMail(String to, String subject, String body) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("A subject is one line");
        }
    }

    @Override
    public String toString() {
        return "OutgoingMail[subject=" + subject + "]";
    }
}
