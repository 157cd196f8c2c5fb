package org.openace.notification;

/** Sends e-mail. Implementations deliver by SMTP, or capture in the developer mailbox (demo profile). */
public interface Mailer {

    /**
     * Sends one message.
     *
     * @throws MailNotSentException if the message could not be handed to the mail server
     */
    void send(OutgoingMail mail);
}
