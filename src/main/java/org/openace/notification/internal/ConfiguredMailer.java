package org.openace.notification.internal;

import org.jspecify.annotations.Nullable;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends by SMTP, keeps a copy in the developer mailbox, or both, as configured. */
class ConfiguredMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredMailer.class);

    private final @Nullable SmtpMailer smtp;
    private final @Nullable DevMailbox mailbox;

    ConfiguredMailer(@Nullable SmtpMailer smtp, @Nullable DevMailbox mailbox) {
        if (smtp == null && mailbox == null) {
            throw new IllegalStateException("No way to send e-mail: set SPRING_MAIL_HOST (and port, user, password) "
                    + "or, for a demonstration only, OPENACE_MAIL_DEV_MAILBOX=true");
        }
        this.smtp = smtp;
        this.mailbox = mailbox;
    }

    @Override
    public void send(OutgoingMail mail) {
        if (mailbox != null) {
            mailbox.keep(mail);
        }
        if (smtp != null) {
            smtp.send(mail);
        }
        log.info("mail sent subject=\"{}\"", mail.subject());
    }
}
