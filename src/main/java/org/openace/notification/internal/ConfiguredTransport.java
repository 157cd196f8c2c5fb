package org.openace.notification.internal;

import org.jspecify.annotations.Nullable;
import org.openace.notification.OutgoingMail;

/**
 * Hands a message to the SMTP server, keeps a copy in the developer mailbox, or both, as configured. The portal does
 * not start without a way to deliver mail; the administration command line does (most commands send none): the
 * messages a command queues stay in the outbox until a portal that can deliver them picks them up.
 */
class ConfiguredTransport {

    static final String NO_WAY = "No way to send e-mail: set SPRING_MAIL_HOST (and port, user, password) "
            + "or, for a demonstration only, OPENACE_MAIL_DEV_MAILBOX=true";

    private final @Nullable SmtpMailer smtp;
    private final @Nullable DevMailbox mailbox;

    ConfiguredTransport(@Nullable SmtpMailer smtp, @Nullable DevMailbox mailbox, boolean commandLine) {
        if (smtp == null && mailbox == null && !commandLine) {
            throw new IllegalStateException(NO_WAY);
        }
        this.smtp = smtp;
        this.mailbox = mailbox;
    }

    /** Whether this process can deliver mail at all (the command line without mail settings cannot). */
    boolean canDeliver() {
        return smtp != null || mailbox != null;
    }

    /** Delivers one message, or throws {@link DeliveryFailedException}. */
    void deliver(OutgoingMail mail) {
        if (!canDeliver()) {
            throw new DeliveryFailedException(NO_WAY);
        }
        if (mailbox != null) {
            mailbox.keep(mail);
        }
        if (smtp != null) {
            smtp.send(mail);
        }
    }
}
