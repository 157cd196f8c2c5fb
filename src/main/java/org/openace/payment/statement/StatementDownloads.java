package org.openace.payment.statement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes one level of a statement's drill-down as a download (CSV or XLSX, {@link StatementSheet}) and audits it as
 * {@value #AUDIT_ACTION} with what was written and how many rows; a client that goes away mid-way is audited as a
 * failure.
 */
@Component
class StatementDownloads {

    static final String AUDIT_ACTION = "STATEMENT_DOWNLOADED";

    private final AuditTrail audit;

    StatementDownloads(AuditTrail audit) {
        this.audit = audit;
    }

    /** Writes the rows that {@code rows} hands over. */
    interface Rows {
        void write(RowSink sink) throws IOException;
    }

    interface RowSink {
        void row(List<?> cells) throws IOException;
    }

    void write(HttpServletResponse response, StatementSheet.Format format, String fileName, String sheetName,
               List<String> headers, String level, String statementNumber, AuditActor actor, Rows rows)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName + "." + format.extension()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        long[] written = {0};
        OutputStream out = response.getOutputStream();
        AuditRecord.Builder record = AuditRecord.of(AUDIT_ACTION, AuditOutcome.SUCCESS).actor(actor)
                .object("STATEMENT", statementNumber).detail("level", level).detail("format", format.extension());
        try (StatementSheet sheet = StatementSheet.open(format, out, sheetName, headers)) {
            rows.write(cells -> {
                sheet.row(cells);
                written[0]++;
            });
            sheet.finish();
        }
        catch (IOException | UncheckedIOException clientGone) {
            audit.record(AuditRecord.of(AUDIT_ACTION, AuditOutcome.FAILURE).actor(actor)
                    .object("STATEMENT", statementNumber).detail("level", level).detail("format", format.extension())
                    .detail("rows", written[0]).detail("reason", "client-disconnected"));
            return;
        }
        audit.record(record.detail("rows", written[0]));
    }
}
