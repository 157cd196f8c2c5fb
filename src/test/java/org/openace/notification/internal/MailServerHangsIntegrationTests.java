package org.openace.notification.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openace.OpenAceApplication;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.Username;
import org.openace.test.TestMailServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that accepts connections and never answers holds up nothing: audited writes that send mail (20
 * users created at once, each with a welcome mail) finish at once; the mails are tried with the SMTP timeouts,
 * retried side by side (not one timeout after another, which would take 20 x 2 s), and marked failed after the last
 * attempt; while the retries wait for the silent server, the node's audit sealer goes on sealing; an administrator's
 * "try again" on a portal whose mail server works then delivers them. Real portal nodes on one database.
 */
class MailServerHangsIntegrationTests {

    private static final int USERS = 20;

    private static ServerSocket silent;
    private static final List<Socket> held = new CopyOnWriteArrayList<>();
    private static final AtomicInteger connections = new AtomicInteger();
    private static String database;

    @BeforeAll
    static void startASilentMailServer() throws IOException {
        silent = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept()); // accepted, never greeted
                    connections.incrementAndGet();
                }
                catch (IOException closed) {
                    return;
                }
            }
        });
        database = "openace_hang_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @AfterAll
    static void stopIt() throws IOException {
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    private static ConfigurableApplicationContext node(int mailPort) {
        SpringApplication application = new SpringApplication(OpenAceApplication.class);
        application.setAdditionalProfiles("test");
        return application.run("--server.port=0", "--openace.database.embedded.fresh-database=false",
                "--openace.database.embedded.database=" + database, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mailPort, "--openace.mail.connect-timeout=1s",
                "--openace.mail.read-timeout=2s", "--openace.mail.write-timeout=2s", "--openace.mail.max-attempts=2",
                "--openace.mail.first-retry-delay=1s", "--openace.mail.max-retry-delay=1s",
                "--openace.mail.retry-check-interval=300ms", "--logging.file.name=target/test-logs/openace-test.log");
    }

    @Test
    void auditedWritesGoOnWhileTheMailServerHangsAndTheMailIsDeliveredLater() throws Exception {
        List<String> addresses = new ArrayList<>();
        try (ConfigurableApplicationContext hanging = node(silent.getLocalPort())) {
            UserDirectory directory = hanging.getBean(UserDirectory.class);
            long started = System.nanoTime();
            try (ExecutorService clients = Executors.newFixedThreadPool(USERS)) {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < USERS; i++) {
                    String tag = UUID.randomUUID().toString().substring(0, 8);
                    String address = "hang." + tag + "@openace.test";
                    addresses.add(address);
                    done.add(clients.submit(() -> directory.createAndInvite(new Username("hang." + tag), "Hang " + tag,
                            new EmailAddress(address), Set.of(Role.TRADE), "a test created it")));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).as("20 audited user creations while the mail server hangs").isLessThan(Duration.ofSeconds(5));
            JdbcClient jdbc = hanging.getBean(JdbcClient.class);
            assertThat(count(jdbc, "FAILED")).isZero();

            await("a retry reaches the silent server", () -> connections.get() > USERS, Duration.ofSeconds(15));
            hanging.getBean(AuditTrail.class).record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS)
                    .object("DOCUMENT", "hang-" + UUID.randomUUID()));
            await("the audit sealer seals an event recorded while the retries wait for the silent server",
                    () -> jdbc.sql("select count(*) from audit_pending").query(Long.class).single() == 0,
                    Duration.ofSeconds(5));

            awaitAll(jdbc, "FAILED", Duration.ofSeconds(20));
            assertThat(connections.get()).as("the portal did talk to the silent server").isGreaterThanOrEqualTo(USERS);
            assertThat(jdbc.sql("select min(attempts) from outgoing_mail").query(Integer.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("select count(*) from outgoing_mail where last_error = 'The mail server did not answer in time'")
                    .query(Long.class).single()).isEqualTo(USERS);
        }
        try (ConfigurableApplicationContext working = node(TestMailServer.port())) {
            MailOutbox outbox = working.getBean(MailOutbox.class);
            RequeueMail requeue = working.getBean(RequeueMail.class);
            for (MailOutbox.Entry failed : outbox.unsent(100)) {
                assertThat(requeue.requeue(failed.id())).isTrue();
            }
            for (String address : addresses) {
                assertThat(TestMailServer.subject(TestMailServer.awaitMessage(address, 1)))
                        .isEqualTo("Welcome to OpenACE: set your password");
            }
            JdbcClient jdbc = working.getBean(JdbcClient.class);
            awaitAll(jdbc, "SENT", Duration.ofSeconds(10));
            assertThat(jdbc.sql("""
                    select count(*) from outgoing_mail
                    where recipient_cipher is not null or subject_cipher is not null or body_cipher is not null
                    """).query(Long.class).single()).as("text erased once sent").isZero();
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'MAIL_RETRY_REQUESTED'")
                    .query(Long.class).single()).isEqualTo(USERS);
        }
    }

    private static long count(JdbcClient jdbc, String status) {
        return jdbc.sql("select count(*) from outgoing_mail where status = ?").param(status).query(Long.class).single();
    }

    private static void await(String what, BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + within + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    private static void awaitAll(JdbcClient jdbc, String status, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(jdbc, status) == USERS) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not all " + USERS + " mails are " + status + " after " + within + ": "
                + jdbc.sql("select status || ' ' || attempts from outgoing_mail").query(String.class).list());
    }
}
