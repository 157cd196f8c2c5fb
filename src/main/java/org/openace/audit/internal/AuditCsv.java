package org.openace.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit rows as CSV (RFC 4180: comma-separated, CRLF line ends, a header row, cells with a comma, a quote
 * or a line break in double quotes with quotes doubled). A cell that a spreadsheet would read as a formula (one
 * beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading single
 * quote, so that opening an export never runs what someone typed into the portal. The details are one JSON
 * object per row, keys in order.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("seq", "occurred_at_utc", "actor_id", "actor", "action",
            "object_type", "object_id", "outcome", "client_address", "details", "hash");

    private final Writer out;
    private final JsonMapper json;

    AuditCsv(Writer out, JsonMapper json) {
        this.out = out;
        this.json = json;
    }

    void header() {
        line(HEADER);
    }

    void row(AuditEventRow row) {
        line(List.of(Long.toString(row.seq()), row.isoTime(), row.actorId() == null ? "" : row.actorId().toString(),
                nullToEmpty(row.actorName()), row.action(), nullToEmpty(row.objectType()), nullToEmpty(row.objectId()),
                row.outcome().name(), row.clientAddress(), json.writeValueAsString(row.details()), nullToEmpty(row.hash())));
    }

    void flush() {
        try {
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell, protected against formulas and escaped. */
    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private void line(List<String> cells) {
        try {
            out.write(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(",", "", "\r\n")));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
