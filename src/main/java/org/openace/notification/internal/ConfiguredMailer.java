package org.openace.notification.internal;

import org.jspecify.annotations.Nullable;
import org.openace.notification.MailNotSentException;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends by SMTP, keeps a copy in the developer mailbox, or both, as configured. The portal does not start without
 * a way to send mail; the administration command line does (most commands send none), and a command that tries
 * gets a {@link MailNotSentException}.
 */
class ConfiguredMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredMailer.class);
    private static final String NO_WAY = "No way to send e-mail: set SPRING_MAIL_HOST (and port, user, password) "
            + "or, for a demonstration only, OPENACE_MAIL_DEV_MAILBOX=true";

    private final @Nullable SmtpMailer smtp;
    private final @Nullable DevMailbox mailbox;

    ConfiguredMailer(@Nullable SmtpMailer smtp, @Nullable DevMailbox mailbox) {
        this(smtp, mailbox, false);
    }

    ConfiguredMailer(@Nullable SmtpMailer smtp, @Nullable DevMailbox mailbox, boolean commandLine) {
        if (smtp == null && mailbox == null && !commandLine) {
            throw new IllegalStateException(NO_WAY);
        }
        this.smtp = smtp;
        this.mailbox = mailbox;
    }

    @Override
    public void send(OutgoingMail mail) {
        if (smtp == null && mailbox == null) {
            throw new MailNotSentException(NO_WAY);
        }
        if (mailbox != null) {
            mailbox.keep(mail);
        }
        if (smtp != null) {
            smtp.send(mail);
        }
        log.info("mail sent subject=\"{}\"", mail.subject());
    }
}
