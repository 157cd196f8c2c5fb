package org.openace.reports.run;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.reports.ReportResult;
import org.openace.reports.output.ReportFormat;
import org.openace.reports.output.ReportFormats;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A run's page (its prompts, a progress bar that htmx refreshes until it ends, cancel, then its rows page by page and
 * its downloads) and the history of the user's runs. A run is its owner's alone: anyone else gets 404, as for a run
 * that does not exist. Served by any node: the run is in PostgreSQL and its rows in the shared result folder.
 */
@Controller
class ReportRunsController {

    static final int HISTORY_PAGE = 25;

    private final ReportRuns runs;
    private final ResultPages pages;
    private final ResultFiles files;
    private final ReportSources sources;
    private final ReportFormats formats;
    private final AuditTrail audit;
    private final Clock clock;

    ReportRunsController(ReportRuns runs, ResultPages pages, ResultFiles files, ReportSources sources,
                         ReportFormats formats, AuditTrail audit, Clock clock) {
        this.runs = runs;
        this.pages = pages;
        this.files = files;
        this.sources = sources;
        this.formats = formats;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/reports/runs")
    @RoleRequired({"TRADE", "OFFICER"})
    String history(@RequestParam(name = "before", required = false) @Nullable String before,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportRun after = before == null ? null : parse(before).flatMap(runs::find)
                .filter(run -> run.owner().equals(user.id())).orElse(null);
        List<ReportRun> page = runs.ofOwner(user.id(), after, HISTORY_PAGE);
        model.addAttribute("runs", page);
        model.addAttribute("laterPage", after != null);
        model.addAttribute("next", page.size() == HISTORY_PAGE ? page.getLast().id() : null);
        model.addAttribute("navSection", "reports");
        return "reports/runs";
    }

    @GetMapping("/reports/runs/{runId}")
    @RoleRequired({"TRADE", "OFFICER"})
    String run(@PathVariable String runId, @RequestParam(name = "page", required = false) @Nullable String page,
               @AuthenticationPrincipal CurrentUser user, Model model) throws SQLException, IOException {
        ReportRun run = owned(runId, user);
        model.addAttribute("run", run);
        if (run.hasResult()) {
            long number = page != null && page.matches("[0-9]{1,12}") ? Long.parseLong(page) : 1;
            model.addAttribute("result", pages.page(run, number));
            model.addAttribute("pdfLimit", formats.pdfRowLimit());
            model.addAttribute("pdfHoldsAll", formats.pdfHoldsAllRows(result(run)));
        }
        model.addAttribute("navSection", "reports");
        return "reports/run";
    }

    @GetMapping("/reports/runs/{runId}/progress")
    @RoleRequired({"TRADE", "OFFICER"})
    String progress(@PathVariable String runId, @AuthenticationPrincipal CurrentUser user, Model model,
                    HttpServletResponse response) {
        ReportRun run = owned(runId, user);
        if (run.finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "reports/run :: progress";
    }

    @PostMapping("/reports/runs/{runId}/cancel")
    @RoleRequired({"TRADE", "OFFICER"})
    String cancel(@PathVariable String runId, @AuthenticationPrincipal CurrentUser user) {
        ReportRun run = owned(runId, user);
        if (!run.finished()) {
            Optional<RunStatus> after = runs.requestCancel(run.id(), clock.instant());
            AuditRecord.Builder record = AuditRecord.of("REPORT_RUN_CANCEL_ASKED", AuditOutcome.SUCCESS)
                    .actor(AuditActor.user(user.userId(), user.username())).object("REPORT_RUN", run.id())
                    .detail("report", run.reportCode());
            after.ifPresent(status -> record.detail("status", status.name()));
            audit.record(record);
        }
        return "redirect:/reports/runs/" + run.id();
    }

    /**
     * The run's rows as CSV, XLSX or PDF, streamed from its result file (flat memory whatever the rows). The file is
     * named after the report and the run's date, never after its prompts (an importer number).
     */
    @GetMapping("/reports/runs/{runId}/download/{format}")
    @RoleRequired({"TRADE", "OFFICER"})
    void download(@PathVariable String runId, @PathVariable String format, @AuthenticationPrincipal CurrentUser user,
                  HttpServletResponse response) throws IOException, SQLException {
        ReportRun run = owned(runId, user);
        ReportFormat chosen = ReportFormat.ofExtension(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!run.hasResult() || !Files.exists(files.of(run.id()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ReportResult result = result(run);
        String name = run.reportCode().replaceAll("[^A-Za-z0-9-]", "") + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(run.requestedAt())
                + "." + chosen.extension();
        response.setContentType(chosen.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        audit.record(AuditRecord.of("REPORT_DOWNLOADED", AuditOutcome.SUCCESS)
                .actor(AuditActor.user(user.userId(), user.username())).object("REPORT_RUN", run.id())
                .detail("report", run.reportCode()).detail("format", chosen.name()).detail("rows", run.rowCount()));
        formats.write(result, chosen, response.getOutputStream());
    }

    private ReportResult result(ReportRun run) {
        return new ReportResult(run.title(), files.of(run.id()), sources.columnsOf(run),
                run.rowCount() == null ? 0 : run.rowCount());
    }

    private ReportRun owned(String runId, CurrentUser user) {
        return parse(runId).flatMap(runs::find).filter(run -> run.owner().equals(user.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static Optional<UUID> parse(String id) {
        try {
            return id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
