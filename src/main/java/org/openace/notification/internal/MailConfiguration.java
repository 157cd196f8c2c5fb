package org.openace.notification.internal;

import java.time.Clock;
import java.util.Properties;

import org.openace.audit.AuditTrail;
import org.openace.notification.MailProperties;
import org.openace.notification.Mailer;
import org.openace.platform.FieldCipher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    MailOutbox mailOutbox(JdbcClient jdbc, FieldCipher cipher) {
        return new MailOutbox(jdbc, cipher);
    }

    @Bean
    Mailer mailer(MailOutbox outbox, ApplicationEventPublisher events, Clock clock) {
        return new OutboxMailer(outbox, events, clock);
    }

    @Bean
    ConfiguredTransport mailTransport(MailProperties properties, ObjectProvider<JavaMailSender> sender,
                                      DevMailbox devMailbox, Environment environment) {
        boolean smtpConfigured = environment.containsProperty("spring.mail.host");
        SmtpMailer smtp = properties.deliverBySmtp() && smtpConfigured
                ? new SmtpMailer(withTimeouts(sender.getObject(), properties), properties.from()) : null;
        // the command line (profile "cli") starts without mail settings: "admin help" needs none
        return new ConfiguredTransport(smtp, properties.devMailbox() ? devMailbox : null,
                environment.matchesProfiles("cli"));
    }

    @Bean
    MailDelivery mailDelivery(MailOutbox outbox, ConfiguredTransport transport, MailProperties properties,
                              Clock clock, @Qualifier("applicationTaskExecutor") TaskExecutor attempts) {
        return new MailDelivery(outbox, transport, properties, clock, attempts);
    }

    @Bean
    MailRecordPurge mailRecordPurge(MailOutbox outbox, MailProperties properties, Clock clock) {
        return new MailRecordPurge(outbox, properties, clock);
    }

    @Bean
    RequeueMail requeueMail(MailOutbox outbox, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        return new RequeueMail(outbox, audit, events, clock);
    }

    @Bean
    DevMailbox devMailbox(JdbcClient jdbc, Clock clock) {
        return new DevMailbox(jdbc, clock);
    }

    /**
     * JavaMail waits for ever by default: the connect, read and write timeouts of the settings are set on the
     * sender (for plain SMTP and for SMTP over TLS), over any {@code spring.mail.properties.*} of the same name.
     */
    static JavaMailSender withTimeouts(JavaMailSender sender, MailProperties properties) {
        if (sender instanceof JavaMailSenderImpl impl) {
            Properties javaMail = impl.getJavaMailProperties();
            for (String protocol : new String[] {"smtp", "smtps"}) {
                javaMail.setProperty("mail." + protocol + ".connectiontimeout",
                        String.valueOf(properties.connectTimeout().toMillis()));
                javaMail.setProperty("mail." + protocol + ".timeout",
                        String.valueOf(properties.readTimeout().toMillis()));
                javaMail.setProperty("mail." + protocol + ".writetimeout",
                        String.valueOf(properties.writeTimeout().toMillis()));
            }
        }
        return sender;
    }
}
