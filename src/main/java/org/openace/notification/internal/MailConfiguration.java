package org.openace.notification.internal;

import java.time.Clock;

import org.openace.notification.MailProperties;
import org.openace.notification.Mailer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    Mailer mailer(MailProperties properties, ObjectProvider<JavaMailSender> sender, DevMailbox devMailbox,
                  Environment environment) {
        boolean smtpConfigured = environment.containsProperty("spring.mail.host");
        SmtpMailer smtp = properties.deliverBySmtp() && smtpConfigured
                ? new SmtpMailer(sender.getObject(), properties.from()) : null;
        // the command line (profile "cli") starts without mail settings: "admin help" needs none
        return new ConfiguredMailer(smtp, properties.devMailbox() ? devMailbox : null,
                environment.matchesProfiles("cli"));
    }

    @Bean
    DevMailbox devMailbox(JdbcClient jdbc, Clock clock) {
        return new DevMailbox(jdbc, clock);
    }
}
