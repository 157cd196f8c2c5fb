package org.openace.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.test.ExternalTestDatabase;
import org.openace.test.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail flow of the notification module, started as a module ({@code @ApplicationModuleTest}), not as the
 * portal: {@link Mailer#send} in a transaction writes the outbox row and publishes {@link MailQueued}; the listener
 * delivers the message to the SMTP server (GreenMail) after the commit, never before, and never for a transaction
 * that rolls back.
 * <p>
 * Bootstrap mode {@code DIRECT_DEPENDENCIES} (notification, audit, platform): the module cannot start alone, since
 * the database (the embedded PostgreSQL's connection pool), the field cipher that seals the outbox and the clock are
 * platform beans, and "try again" on a failed mail writes an audit record. No identity, account or web security
 * module is started.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestMailServer.Initializer.class, ExternalTestDatabase.class})
class MailEventFlowIntegrationTests {

    private static final String DELIVERY_LISTENER = MailDelivery.class.getName() + ".on(" + MailQueued.class.getName()
            + ")";

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aMailSentInATransactionIsQueuedThereAndDeliveredAfterTheCommit(Scenario scenario,
                                                                        AssertablePublishedEvents published) {
        String to = "module-" + UUID.randomUUID() + "@example.com";

        scenario.stimulate(() -> {
                    mailer.send(new OutgoingMail("TEST_NOTICE", to, "Module test", "Delivered after the commit."));
                    // still inside the transaction: queued, not sent
                    UUID mailId = queued(published).getFirst().mailId();
                    assertThat(outboxStatus(mailId)).isEqualTo("PENDING");
                    assertThat(TestMailServer.messagesTo(to)).isEmpty();
                })
                .andWaitForStateChange(() -> TestMailServer.messagesTo(to), messages -> !messages.isEmpty())
                .andVerifyEvents(events -> {
                    List<MailQueued> queued = queued(events);
                    assertThat(queued).hasSize(1);
                    UUID mailId = queued.getFirst().mailId();
                    awaitPublicationCompleted(mailId);
                    assertThat(outboxStatus(mailId)).isEqualTo("SENT");
                });

        List<MimeMessage> messages = TestMailServer.messagesTo(to);
        assertThat(messages).hasSize(1);
        assertThat(TestMailServer.subject(messages.getFirst())).isEqualTo("Module test");
        assertThat(TestMailServer.body(messages.getFirst())).contains("Delivered after the commit.");
    }

    @Test
    void aMailSentInATransactionThatRollsBackIsNeitherKeptNorDelivered(AssertablePublishedEvents events) {
        String rolledBack = "rolled-back-" + UUID.randomUUID() + "@example.com";
        String committed = "committed-" + UUID.randomUUID() + "@example.com";

        transaction.executeWithoutResult(status -> {
            mailer.send(new OutgoingMail("TEST_NOTICE", rolledBack, "Never sent", "The change rolled back."));
            status.setRollbackOnly();
        });
        UUID rolledBackId = queued(events).getFirst().mailId();
        // a mail of a transaction that commits goes out: once it has, the outbox has nothing left to send
        transaction.executeWithoutResult(status ->
                mailer.send(new OutgoingMail("TEST_NOTICE", committed, "Sent", "The change committed.")));
        TestMailServer.awaitMessage(committed, 1);
        TestMailServer.awaitOutboxDelivered(jdbc);

        assertThat(TestMailServer.messagesTo(rolledBack)).isEmpty();
        assertThat(jdbc.sql("select count(*) from outgoing_mail where id = ?").param(rolledBackId)
                .query(Long.class).single()).isZero();
        assertThat(publicationsOf(rolledBackId)).isZero();
    }

    private static List<MailQueued> queued(PublishedEvents events) {
        List<MailQueued> queued = new ArrayList<>();
        events.ofType(MailQueued.class).forEach(queued::add);
        assertThat(queued).as("MailQueued published").isNotEmpty();
        return queued;
    }

    private String outboxStatus(UUID mailId) {
        return jdbc.sql("select status from outgoing_mail where id = ?").param(mailId).query(String.class).single();
    }

    private long publicationsOf(UUID mailId) {
        return jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
                .param(MailQueued.class.getName()).param("%" + mailId + "%").query(Long.class).single();
    }

    /** The registry records the listener's completion right after it returns, so shortly after the mail arrived. */
    private void awaitPublicationCompleted(UUID mailId) {
        await().until(() -> jdbc.sql("""
                        select status from event_publication
                        where listener_id = ? and event_type = ? and serialized_event like ?
                        """).param(DELIVERY_LISTENER).param(MailQueued.class.getName()).param("%" + mailId + "%")
                .query(String.class).optional().filter("COMPLETED"::equals).isPresent());
    }
}
