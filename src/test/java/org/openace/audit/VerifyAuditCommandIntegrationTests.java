package org.openace.audit;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openace.platform.AdminCommand;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code admin verify-audit}, in the application context (and database) that tests may tamper with. */
@PortalTest
@TestPropertySource(properties = "openace.test.context=audit-tamper")
class VerifyAuditCommandIntegrationTests {

    @Autowired
    List<AdminCommand> commands;
    @Autowired
    AuditTrail audit;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private record Run(int exitCode, String output) {
    }

    private Run verifyAudit() {
        AdminCommand command = commands.stream().filter(c -> c.name().equals("verify-audit")).findFirst().orElseThrow();
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
                select actor_name, outcome, details ->> 'via' as via, details ->> 'firstBrokenSeq' as first_broken,
                       details ->> 'headHash' as head_hash
                from audit_event where action = 'AUDIT_CHAIN_VERIFIED' order by seq desc limit 1""");
    }

    @Test
    void intactChainExitsWithZeroAndPrintsTheRowsAndTheHead() {
        recordOne();
        ChainVerification expected = verifier.verify();

        Run run = verifyAudit();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output())
                .contains("Events checked:       " + expected.rowsChecked())
                .contains("Last sequence number: " + expected.lastSeq())
                .contains("Head hash:            " + expected.headHash())
                .contains("The audit chain is intact.")
                .doesNotContain("BROKEN");
        assertThat(lastCheck()).containsEntry("actor_name", "system").containsEntry("outcome", "SUCCESS")
                .containsEntry("via", "command-line").containsEntry("head_hash", expected.headHash());
    }

    @Test
    void brokenChainExitsWithOneAndNamesTheFirstBrokenRow() {
        long seq = recordOne();
        recordOne();
        assertThat(verifyAudit().exitCode()).isZero();

        Run run;
        try (AuditTampering.Restore restore = new AuditTampering(dataSource).changeAction(seq, "DOCUMENT_FORGED")) {
            run = verifyAudit();
        }

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("The audit chain is BROKEN at sequence number " + seq + ":")
                .doesNotContain("intact");
        assertThat(lastCheck()).containsEntry("outcome", "FAILURE").containsEntry("first_broken", Long.toString(seq));
        assertThat(verifyAudit().exitCode()).as("after the row was put back").isZero();
    }
}
