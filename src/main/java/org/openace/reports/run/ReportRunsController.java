package org.openace.reports.run;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
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
    private final RunDownloads downloads;
    private final CancelRun cancels;
    private final ReportFormats formats;
    private final ReportSources sources;

    ReportRunsController(ReportRuns runs, ResultPages pages, RunDownloads downloads, CancelRun cancels,
                         ReportFormats formats, ReportSources sources) {
        this.sources = sources;
        this.runs = runs;
        this.pages = pages;
        this.downloads = downloads;
        this.cancels = cancels;
        this.formats = formats;
    }

    @GetMapping("/reports/runs")
    @RoleRequired({"TRADE", "OFFICER"})
    String history(@RequestParam(name = "before", required = false) @Nullable String before,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportRun after = before == null ? null : parse(before).flatMap(runs::find)
                .filter(run -> run.ownedBy(user.id())).orElse(null);
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
        model.addAttribute("definition", sources.describedOf(run));
        if (run.hasResult()) {
            long number = page != null && page.matches("[0-9]{1,12}") ? Long.parseLong(page) : 1;
            model.addAttribute("result", pages.page(run, number));
            model.addAttribute("pdfLimit", formats.pdfRowLimit());
            model.addAttribute("pdfHoldsAll", downloads.pdfHoldsAll(run));
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
        cancels.cancel(run, AuditActor.user(user.userId(), user.username()));
        return "redirect:/reports/runs/" + run.id();
    }

    /** The run's rows as CSV, XLSX or PDF ({@link RunDownloads}). */
    @GetMapping("/reports/runs/{runId}/download/{format}")
    @RoleRequired({"TRADE", "OFFICER"})
    void download(@PathVariable String runId, @PathVariable String format, @AuthenticationPrincipal CurrentUser user,
                  HttpServletResponse response) throws IOException, SQLException {
        ReportRun run = owned(runId, user);
        ReportFormat chosen = ReportFormat.ofExtension(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!downloads.available(run)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        downloads.send(run, chosen, AuditActor.user(user.userId(), user.username()), response);
    }

    private ReportRun owned(String runId, CurrentUser user) {
        return parse(runId).flatMap(runs::find).filter(run -> run.ownedBy(user.id()))
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
