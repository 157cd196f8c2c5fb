package org.openace.audit.internal;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTampering;
import org.openace.audit.AuditTrail;
import org.openace.audit.ChainVerification;
import org.openace.audit.AuditChainVerifier;
import org.openace.test.DatabaseOwner;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code admin verify-audit}, in the application context (and database) that tests may tamper with. */
@PortalTest
@TestPropertySource(properties = "openace.test.context=audit-tamper")
class VerifyAuditCommandIntegrationTests {

    @Autowired
    VerifyAuditCommand command;
    @Autowired
    AuditTrail audit;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    AuditSealer sealer;
    @Autowired
    AuditAnchor anchor;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private record Run(int exitCode, String output) {
    }

    private Run verifyAudit() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exitCode = command.run(Map.of(), new BufferedReader(new StringReader("")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exitCode, bytes.toString(StandardCharsets.UTF_8));
    }

    private long recordOne() {
        String objectId = "cli-" + UUID.randomUUID();
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).object("DOCUMENT", objectId));
        return jdbc.queryForObject("select seq from audit_event where object_id = ?", Long.class, objectId);
    }

    private Map<String, Object> lastCheck() {
        return jdbc.queryForMap("""
                select actor_name, outcome, details ->> 'via' as via, details ->> 'firstBrokenPosition' as first_broken,
                       details ->> 'headHash' as head_hash, details ->> 'problem' as problem
                from audit_event where action = 'AUDIT_CHAIN_VERIFIED' order by seq desc limit 1""");
    }

    @Test
    void intactChainExitsWithZeroAndPrintsTheRowsAndTheHead() {
        recordOne();
        ChainVerification expected = verifier.verify();

        Run run = verifyAudit();

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("Events checked:       " + expected.rowsChecked())
                .contains("Last chain position:  " + expected.lastPosition())
                .contains("Last sequence number: " + expected.lastSeq())
                .contains("Head hash:            " + expected.headHash())
                .contains("The audit chain is intact.")
                .doesNotContain("BROKEN");
        assertThat(lastCheck()).containsEntry("actor_name", "system").containsEntry("outcome", "SUCCESS")
                .containsEntry("via", "command-line").containsEntry("head_hash", expected.headHash());
    }

    @Test
    void brokenChainExitsWithOneAndNamesTheFirstBrokenPosition() {
        long seq = recordOne();
        recordOne();
        assertThat(verifyAudit().exitCode()).isZero();
        long position = jdbc.queryForObject("select chain_position from audit_seal where event_seq = ?", Long.class, seq);

        Run run;
        try (AuditTampering.Restore restore = new AuditTampering(context).changeAction(seq, "DOCUMENT_FORGED")) {
            run = verifyAudit();
        }

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("The audit chain is BROKEN at chain position " + position + ": Event " + seq)
                .doesNotContain("intact");
        assertThat(lastCheck()).containsEntry("outcome", "FAILURE").containsEntry("first_broken", Long.toString(position));
        assertThat(verifyAudit().exitCode()).as("after the row was put back").isZero();
    }

    @Test
    void newestEventsRemovedWithTheirSealsAreFoundThroughTheAnchoredHead() throws Exception {
        recordOne();
        recordOne();
        recordOne();
        sealer.sealPending();
        sealer.anchorHead();
        long anchored = anchor.read().orElseThrow().head().position();
        assertThat(anchored).isEqualTo(jdbc.queryForObject("select max(chain_position) from audit_seal", Long.class));
        assertThat(Files.readString(anchor.file())).contains("position=" + anchored).contains("signature=");

        Run run;
        try (AuditTampering.Restore restore = new AuditTampering(context).removeNewest(2)) {
            run = verifyAudit();
            sealer.anchorHead();
            assertThat(anchor.read().orElseThrow().head().position()).as("a shorter chain is not anchored over the head")
                    .isEqualTo(anchored);
        }

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("BROKEN at chain position " + (anchored - 1))
                .contains("its head was anchored at position " + anchored)
                .contains("the newest events and their seals were removed");
        assertThat(verifyAudit().exitCode()).as("after the rows were put back").isZero();
    }

    /**
     * The verifier as the portal has it, but waiting half a second, not {@link JdbcAuditChainVerifier#SEALER_WAIT},
     * for the sealing pass that a test holds on purpose.
     */
    private AuditChainVerifier verifierWaitingBriefly() {
        return new JdbcAuditChainVerifier(context.getBean(DataSource.class), context.getBean(AuditChain.class),
                sealer, anchor, context.getBean(AuditProperties.class), context.getBean(JsonMapper.class),
                context.getBean(PlatformTransactionManager.class), Duration.ofMillis(500));
    }

    @Test
    void eventWaitingLongerThanTheGraceIsAFaultAndAFreshOneIsPending() throws Exception {
        AuditChainVerifier verifier = verifierWaitingBriefly();
        try (Connection stuck = DatabaseOwner.connect(context); Connection owner = DatabaseOwner.connect(context)) {
            // a sealer stuck on another node: it holds the sealer's lock and seals nothing
            stuck.setAutoCommit(false);
            try (Statement statement = stuck.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + AuditSealer.SEALER_LOCK + ")");
            }
            long waiting = recordOne();
            ChainVerification fresh = verifier.verify();
            assertThat(fresh.intact()).as(String.valueOf(fresh.problem())).isTrue();
            assertThat(fresh.pending()).isGreaterThanOrEqualTo(1);

            try (Statement statement = owner.createStatement()) {
                statement.execute("update audit_pending set queued_at = now() - interval '2 minutes' where event_seq = " + waiting);
            }
            ChainVerification overdue = verifier.verify();

            assertThat(overdue.intact()).isFalse();
            assertThat(overdue.firstBrokenSeq()).isEqualTo(waiting);
            assertThat(overdue.problem()).contains("has waited more than 60 s to be sealed");
            stuck.rollback();
        }
        assertThat(verifier.verify().intact()).as("once the sealer runs again").isTrue();
    }
}
