package org.openace.notification;

/**
 * The mail server did not accept a message, or there is no way to send one. The message says nothing about the
 * recipient or the content.
 */
public class MailNotSentException extends RuntimeException {

    public MailNotSentException(String message) {
        super(message);
    }

    public MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
