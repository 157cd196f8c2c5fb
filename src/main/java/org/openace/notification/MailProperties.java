package org.openace.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal sends e-mail. The SMTP server itself is set with Spring's {@code spring.mail.*} settings.
 *
 * @param from               the sender address of every message
 * @param devMailbox         capture every message in the developer mailbox (the demo profile; never in production)
 * @param deliverBySmtp      hand messages to the SMTP server of {@code spring.mail.host}
 * @param connectTimeout     how long to wait for the SMTP server to accept the connection
 *                           ({@code mail.smtp.connectiontimeout})
 * @param readTimeout        how long to wait for each answer of the SMTP server ({@code mail.smtp.timeout})
 * @param writeTimeout       how long a write to the SMTP server may block ({@code mail.smtp.writetimeout})
 * @param maxAttempts        how many times a message is tried before it is marked failed
 * @param firstRetryDelay    the wait after the first failed attempt; it doubles after each further one
 * @param maxRetryDelay      the longest wait between two attempts
 * @param retryCheckInterval how often the portal looks for messages due for another attempt
 * @param retention          how long the record of a sent or failed message (never its text) is kept
 */
@ConfigurationProperties("openace.mail")
public record MailProperties(
        @DefaultValue("OpenACE <no-reply@openace.invalid>") String from,
        @DefaultValue("false") boolean devMailbox,
        @DefaultValue("true") boolean deliverBySmtp,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("30s") Duration writeTimeout,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration firstRetryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("15s") Duration retryCheckInterval,
        @DefaultValue("30d") Duration retention) {

    public MailProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("openace.mail.max-attempts is at least 1");
        }
        for (Duration d : new Duration[] {connectTimeout, readTimeout, writeTimeout, firstRetryDelay, maxRetryDelay,
                retryCheckInterval, retention}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("The durations of openace.mail.* are positive");
            }
        }
    }

    /**
     * How long one attempt may take at most before another node may try the same message again: the connection,
     * one write and the ten answers at most of an SMTP conversation (greeting, EHLO, STARTTLS, EHLO, AUTH, MAIL,
     * RCPT, DATA, end of data, QUIT).
     */
    public Duration attemptLease() {
        return connectTimeout.plus(writeTimeout).plus(readTimeout.multipliedBy(10));
    }
}
