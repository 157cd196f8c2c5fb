package org.openace.notification.internal;

import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.openace.notification.OutgoingMail;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Delivers mail to the configured SMTP server (with the connect, read and write timeouts of the settings). */
class SmtpMailer {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    void send(OutgoingMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            sender.send(message);
        }
        catch (MailAuthenticationException e) {
            throw new DeliveryFailedException("The mail server refused the portal's user name or password", e);
        }
        catch (MessagingException | MailException e) {
            throw new DeliveryFailedException(timedOut(e) ? "The mail server did not answer in time"
                    : "The mail server could not be reached or did not accept the message", e);
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof MailSendException send) {
                for (Exception nested : send.getMessageExceptions()) {
                    if (timedOut(nested)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
