package org.openace.notification;

/**
 * Sends e-mail, after the commit of the change that causes it. Callers write a message here within the
 * transaction of their change; the message is kept (sealed) in the notification module's outbox in that same
 * transaction, so a change that rolls back sends nothing, and a change that commits is never held up by a mail
 * server: delivery happens afterwards, is retried with back-off, and a message that finally fails is shown to
 * administrators.
 */
public interface Mailer {

    /** Queues one message for delivery once the caller's transaction commits (at once when there is none). */
    void send(OutgoingMail mail);
}
