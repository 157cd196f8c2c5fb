package org.openace.test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real SMTP server (GreenMail) for the whole test run, started once; the portal under test sends its mail to it.
 * Tests read the messages of their own (unique) recipients.
 */
public final class TestMailServer {

    private static final GreenMail SERVER = start();

    private TestMailServer() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Points a test context's mail settings at this server. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port()).applyTo(context);
        }
    }

    /** The messages received for a recipient, oldest first. */
    public static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> isFor(m, recipient)).toList();
    }

    /** Waits (up to 10 s) for the n-th message to a recipient (1 = the first) and returns it. */
    public static MimeMessage awaitMessage(String recipient, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> messages = messagesTo(recipient);
            if (messages.size() >= count) {
                return messages.get(count - 1);
            }
            try {
                Thread.sleep(25);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No message number " + count + " arrived for " + recipient);
    }

    /**
     * Waits (up to 10 s) for a message to a recipient, beyond the first {@code skip} ones, whose subject contains
     * the given words (for tests where other mail to the same recipient may arrive in between).
     */
    public static MimeMessage awaitMessage(String recipient, int skip, String subjectContains) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> messages = messagesTo(recipient);
            for (MimeMessage message : messages.subList(Math.min(skip, messages.size()), messages.size())) {
                if (subject(message).contains(subjectContains)) {
                    return message;
                }
            }
            try {
                Thread.sleep(25);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No message \"" + subjectContains + "\" arrived for " + recipient);
    }

    /**
     * Waits (up to 10 s) until the portal's outbox holds no message waiting for delivery, so that a test can say what
     * did not arrive (mail goes out after the commit, asynchronously), or count what did.
     */
    public static void awaitOutboxDelivered(JdbcClient jdbc) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            long pending = jdbc.sql("select count(*) from outgoing_mail where status = 'PENDING'")
                    .query(Long.class).single();
            if (pending == 0) {
                return;
            }
            try {
                Thread.sleep(25);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Mail still waiting in the outbox after 10 s");
    }

    /** Waits for the latest message to a recipient beyond those already there. */
    public static MimeMessage awaitNext(String recipient) {
        return awaitMessage(recipient, messagesTo(recipient).size() + 1);
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The six-digit code in a message. */
    public static String codeIn(MimeMessage message) {
        return find(body(message), Pattern.compile("\\b(\\d{6})\\b"))
                .orElseThrow(() -> new AssertionError("No code in: " + body(message)));
    }

    /** The path of the portal link in a message ({@code /reset-password/...}). */
    public static String linkPathIn(MimeMessage message) {
        return find(body(message), Pattern.compile("https?://[^/\\s]+(/reset-password/[A-Za-z0-9_-]+)"))
                .orElseThrow(() -> new AssertionError("No link in: " + body(message)));
    }

    private static Optional<String> find(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        }
        catch (MessagingException e) {
            return false;
        }
    }
}
