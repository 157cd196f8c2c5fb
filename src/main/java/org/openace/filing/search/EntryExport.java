package org.openace.filing.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes a whole search to the response as CSV or XLSX while it is read ({@link EntrySearches#forEach}), and audits
 * it: {@code ENTRIES_EXPORTED} with the format, the filters (the importer only as "given") and the rows written, or
 * a FAILURE with the rows written so far when the client went away or the export broke off.
 */
@Component
class EntryExport {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final EntrySearches searches;
    private final AuditTrail audit;
    private final Clock clock;

    EntryExport(EntrySearches searches, AuditTrail audit, Clock clock) {
        this.searches = searches;
        this.audit = audit;
        this.clock = clock;
    }

    void write(EntryAudience audience, EntryFilter filter, EntryExportFormat format, HttpServletResponse response)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("entries-" + FILE_TIME.format(clock.instant()) + "." + format.extension()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        long[] written = {0};
        OutputStream out = response.getOutputStream();
        try (EntryExportWriter writer = format.writer(out)) {
            writer.header();
            searches.forEach(audience, filter, row -> {
                try {
                    writer.row(row);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
            writer.finish();
        }
        catch (IOException | UncheckedIOException clientGone) {
            audit.record(record(filter, format, AuditOutcome.FAILURE, written[0]).detail("reason", "client-disconnected"));
            return;
        }
        catch (RuntimeException e) {
            audit.record(record(filter, format, AuditOutcome.FAILURE, written[0]).detail("reason", "error"));
            throw e;
        }
        audit.record(record(filter, format, AuditOutcome.SUCCESS, written[0]));
    }

    private static AuditRecord.Builder record(EntryFilter filter, EntryExportFormat format, AuditOutcome outcome,
                                              long rows) {
        AuditRecord.Builder record = AuditRecord.of("ENTRIES_EXPORTED", outcome).detail("format", format.extension());
        for (Map.Entry<String, String> set : filter.summary().entrySet()) {
            record.detail(set.getKey(), set.getValue());
        }
        return record.detail("rows", rows);
    }
}
