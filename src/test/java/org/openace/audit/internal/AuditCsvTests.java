package org.openace.audit.internal;

import java.io.StringWriter;
import java.time.Instant;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openace.audit.AuditOutcome;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTests {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "plain|plain",
            "a,b|~\"a,b\"~",
            "say \"hi\"|~\"say \"\"hi\"\"\"~",
            "=1+2|'=1+2",
            "+1|'+1",
            "-1|'-1",
            "@SUM(A1)|'@SUM(A1)",
            "=HYPERLINK(\"x\",\"y\")|~\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"~",
            "a=b|a=b",
            "192.0.2.1|192.0.2.1"})
    void cellsAreEscapedAndFormulasDisarmed(String value, String written) {
        assertThat(AuditCsv.cell(value)).isEqualTo(written);
    }

    @Test
    void lineBreaksAndLeadingTabsAreKeptInsideQuotes() {
        assertThat(AuditCsv.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(AuditCsv.cell("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
        assertThat(AuditCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AuditCsv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void nullAndEmptyAreEmptyCells() {
        assertThat(AuditCsv.cell(null)).isEmpty();
        assertThat(AuditCsv.cell("")).isEmpty();
    }

    @Test
    void rowHasEveryColumnOfTheHeaderInOrderWithCrlfLineEnds() {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out, JsonMapper.builder().build());
        TreeMap<String, String> details = new TreeMap<>();
        details.put("b", "2");
        details.put("a", "x,\"y\"");
        UUID actor = UUID.fromString("00000000-0000-0000-0000-000000000001");

        csv.header();
        csv.row(new AuditEventRow(42, Instant.parse("2026-03-01T12:00:00.5Z"), actor, "jane", "SIGN_IN", null,
                "-1", AuditOutcome.DENIED, "203.0.113.7", details, "ab".repeat(32)));

        assertThat(out.toString()).isEqualTo(
                "seq,occurred_at_utc,actor_id,actor,action,object_type,object_id,outcome,client_address,details,hash\r\n"
                        + "42,2026-03-01T12:00:00.500Z,00000000-0000-0000-0000-000000000001,jane,SIGN_IN,,'-1,DENIED,"
                        + "203.0.113.7,\"{\"\"a\"\":\"\"x,\\\"\"y\\\"\"\"\",\"\"b\"\":\"\"2\"\"}\"," + "ab".repeat(32) + "\r\n");
    }
}
