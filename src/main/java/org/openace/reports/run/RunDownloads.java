package org.openace.reports.run;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.reports.ReportResult;
import org.openace.reports.output.ReportFormat;
import org.openace.reports.output.ReportFormats;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A finished run's rows sent as CSV, XLSX or PDF, streamed from its result file (flat memory whatever the rows), for
 * the run's page and for the API alike. The file is named after the report and the run's date, never after its
 * prompts (an importer number). Each download is audited.
 */
@Component
class RunDownloads {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final ResultFiles files;
    private final ReportSources sources;
    private final ReportFormats formats;
    private final AuditTrail audit;

    RunDownloads(ResultFiles files, ReportSources sources, ReportFormats formats, AuditTrail audit) {
        this.files = files;
        this.sources = sources;
        this.formats = formats;
        this.audit = audit;
    }

    /** Whether the run's rows can be sent: it succeeded, its rows are not past retention and their file is there. */
    boolean available(ReportRun run) {
        return run.hasResult() && Files.exists(files.of(run.id()));
    }

    /** Whether the run's PDF would hold every row of it (otherwise its first {@code openace.reports.pdf.max-rows}). */
    boolean pdfHoldsAll(ReportRun run) {
        return run.hasResult() && formats.pdfHoldsAllRows(run.rowCount() == null ? 0 : run.rowCount());
    }

    /** The run's rows as a result the writers and pages read. */
    private ReportResult result(ReportRun run) {
        return new ReportResult(run.title(), files.of(run.id()), sources.columnsOf(run),
                run.rowCount() == null ? 0 : run.rowCount());
    }

    /** Sends the rows of a run that is {@link #available} in the format, audited as the actor's download. */
    void send(ReportRun run, ReportFormat format, AuditActor actor, HttpServletResponse response)
            throws IOException, SQLException {
        ReportResult result = result(run);
        String name = run.reportCode().replaceAll("[^A-Za-z0-9-]", "") + "-" + STAMP.format(run.requestedAt()) + "."
                + format.extension();
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        audit.record(AuditRecord.of("REPORT_DOWNLOADED", AuditOutcome.SUCCESS).actor(actor)
                .object("REPORT_RUN", run.id()).detail("report", run.reportCode()).detail("format", format.name())
                .detail("rows", run.rowCount()));
        formats.write(result, format, response.getOutputStream());
    }
}
