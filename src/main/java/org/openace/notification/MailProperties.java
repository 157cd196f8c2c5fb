package org.openace.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal sends e-mail. The SMTP server itself is set with Spring's {@code spring.mail.*} settings.
 *
 * @param from              the sender address of every message
 * @param devMailbox        capture every message in the developer mailbox (the demo profile; never in production)
 * @param deliverBySmtp     hand messages to the SMTP server of {@code spring.mail.host}
 */
@ConfigurationProperties("openace.mail")
public record MailProperties(
        @DefaultValue("OpenACE <no-reply@openace.invalid>") String from,
        @DefaultValue("false") boolean devMailbox,
        @DefaultValue("true") boolean deliverBySmtp) {
}
