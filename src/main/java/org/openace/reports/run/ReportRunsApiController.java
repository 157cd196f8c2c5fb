package org.openace.reports.run;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.ApiTokenAccepted;
import org.openace.account.ApiTokenPrincipal;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.reports.catalog.ImporterPrompts;
import org.openace.reports.catalog.ReportCatalog;
import org.openace.reports.catalog.ReportPrompts;
import org.openace.reports.catalog.StandardReport;
import org.openace.reports.output.ReportFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports API, which ACE does not have (its users scrape scheduled e-mails): ask for a run of a standard report
 * with its prompts as JSON, follow it, cancel it, list one's runs and download the rows as CSV, XLSX or PDF, the same
 * runs as the pages' (queued in PostgreSQL, run by any node, rows streamed from the shared result folder). For a
 * signed-in trade user or officer (their runs, over what their reports right reaches, as on the pages) and for an API
 * token of a filer sub-account (its runs, over the entries that sub-account filed, as the entry search API gives
 * it). A run is its asker's alone. Described in {@code /api/openapi.yaml}.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportRunsApiController {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    private final ReportCatalog catalog;
    private final RequestRun request;
    private final ReportRuns runs;
    private final CancelRun cancels;
    private final RunDownloads downloads;
    private final ImporterPrompts importers;
    private final JsonMapper json;
    private final Clock clock;

    ReportRunsApiController(ReportCatalog catalog, RequestRun request, ReportRuns runs, CancelRun cancels,
                            RunDownloads downloads, ImporterPrompts importers, JsonMapper json,
                            Clock clock) {
        this.catalog = catalog;
        this.request = request;
        this.runs = runs;
        this.cancels = cancels;
        this.downloads = downloads;
        this.importers = importers;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/{code}/runs")
    @RoleRequired({"TRADE", "OFFICER"})
    ResponseEntity<?> askSignedIn(@PathVariable String code, @AuthenticationPrincipal CurrentUser user,
                                  HttpServletRequest http) throws IOException {
        return ask(code, http, (report, prompts) -> request.request(user, report, prompts, null));
    }

    @PostMapping(path = "/{code}/runs", headers = "Authorization")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW)
    ResponseEntity<?> askWithToken(@PathVariable String code, @AuthenticationPrincipal ApiTokenPrincipal token,
                                   HttpServletRequest http) throws IOException {
        return ask(code, http, (report, prompts) -> request.request(token, report, prompts));
    }

    @GetMapping("/runs")
    @RoleRequired({"TRADE", "OFFICER"})
    ResponseEntity<?> historySignedIn(@RequestParam(name = "limit", required = false) @Nullable String limit,
                                      @RequestParam(name = "after", required = false) @Nullable String after,
                                      @AuthenticationPrincipal CurrentUser user) {
        return history(new RunAsker.User(user), limit, after);
    }

    @GetMapping(path = "/runs", headers = "Authorization")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW)
    ResponseEntity<?> historyWithToken(@RequestParam(name = "limit", required = false) @Nullable String limit,
                                       @RequestParam(name = "after", required = false) @Nullable String after,
                                       @AuthenticationPrincipal ApiTokenPrincipal token) {
        return history(new RunAsker.Token(token), limit, after);
    }

    @GetMapping("/runs/{runId}")
    @RoleRequired({"TRADE", "OFFICER"})
    ResponseEntity<?> runSignedIn(@PathVariable String runId, @AuthenticationPrincipal CurrentUser user) {
        return run(new RunAsker.User(user), runId);
    }

    @GetMapping(path = "/runs/{runId}", headers = "Authorization")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW)
    ResponseEntity<?> runWithToken(@PathVariable String runId, @AuthenticationPrincipal ApiTokenPrincipal token) {
        return run(new RunAsker.Token(token), runId);
    }

    @PostMapping("/runs/{runId}/cancel")
    @RoleRequired({"TRADE", "OFFICER"})
    ResponseEntity<?> cancelSignedIn(@PathVariable String runId, @AuthenticationPrincipal CurrentUser user) {
        return cancel(new RunAsker.User(user), runId);
    }

    @PostMapping(path = "/runs/{runId}/cancel", headers = "Authorization")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW)
    ResponseEntity<?> cancelWithToken(@PathVariable String runId, @AuthenticationPrincipal ApiTokenPrincipal token) {
        return cancel(new RunAsker.Token(token), runId);
    }

    @GetMapping("/runs/{runId}/download/{format}")
    @RoleRequired({"TRADE", "OFFICER"})
    ResponseEntity<?> downloadSignedIn(@PathVariable String runId, @PathVariable String format,
                                       @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
            throws IOException, SQLException {
        return download(new RunAsker.User(user), runId, format, response);
    }

    @GetMapping(path = "/runs/{runId}/download/{format}", headers = "Authorization")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW)
    ResponseEntity<?> downloadWithToken(@PathVariable String runId, @PathVariable String format,
                                        @AuthenticationPrincipal ApiTokenPrincipal token, HttpServletResponse response)
            throws IOException, SQLException {
        return download(new RunAsker.Token(token), runId, format, response);
    }

    private interface Asking {
        ReportRun ask(StandardReport report, ReportPrompts prompts);
    }

    private ResponseEntity<?> ask(String code, HttpServletRequest http, Asking asking) throws IOException {
        Optional<StandardReport> found = catalog.find(code);
        if (found.isEmpty()) {
            return ReportApiProblems.reportNotFound(code);
        }
        StandardReport report = found.get();
        PromptsBody.Read read;
        try {
            read = PromptsBody.read(http, json);
        }
        catch (PromptsBody.Refused refused) {
            return refused.answer();
        }
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(read.form(), "prompts");
        read.refusedMembers().forEach(message -> errors.reject("reports.prompt.member", message));
        ReportPrompts prompts = read.form().check(report, errors, clock, importers::resolve);
        if (prompts == null || errors.hasErrors()) {
            return ReportApiProblems.invalidPrompts(errors.getAllErrors());
        }
        try {
            ReportRun run = asking.ask(report, prompts);
            return ResponseEntity.accepted().location(URI.create(RunJson.RUNS + run.id()))
                    .cacheControl(CacheControl.noStore()).body(RunJson.of(run, false));
        }
        catch (RequestRun.NoReportsRight refused) {
            return ReportApiProblems.problem(HttpStatus.FORBIDDEN, ReportApiProblems.NO_REPORTS_RIGHT,
                    "No report may be run", refused.getMessage());
        }
        catch (RequestRun.TooManyRuns refused) {
            return ReportApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, ReportApiProblems.TOO_MANY_RUNS,
                    "Too many runs waiting or running", refused.getMessage());
        }
    }

    private ResponseEntity<?> history(RunAsker asker, @Nullable String limit, @Nullable String after) {
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            if (!limit.strip().matches("[1-9][0-9]{0,2}") || Integer.parseInt(limit.strip()) > MAX_LIMIT) {
                return ReportApiProblems.problem(HttpStatus.BAD_REQUEST, ReportApiProblems.INVALID_PAGING,
                        "The page could not be read", "limit: a number of runs from 1 to " + MAX_LIMIT + ".");
            }
            size = Integer.parseInt(limit.strip());
        }
        ReportRun before = null;
        if (after != null) {
            before = ReportRunsController.parse(after.strip()).flatMap(runs::find).filter(asker::asked).orElse(null);
            if (before == null) {
                return ReportApiProblems.problem(HttpStatus.BAD_REQUEST, ReportApiProblems.INVALID_PAGING,
                        "The page could not be read", "after: not one of your runs; take `next` from the previous "
                                + "answer, or leave it out for the first page.");
            }
        }
        List<ReportRun> page = asker.history(runs, before, size);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("runs", page.stream().map(run -> RunJson.of(run, downloads.pdfHoldsAll(run))).toList());
        answer.put("next", page.size() == size ? page.getLast().id().toString() : null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    private ResponseEntity<?> run(RunAsker asker, String runId) {
        Optional<ReportRun> run = asked(asker, runId);
        if (run.isEmpty()) {
            return ReportApiProblems.runNotFound();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(RunJson.of(run.get(),
                downloads.pdfHoldsAll(run.get())));
    }

    private ResponseEntity<?> cancel(RunAsker asker, String runId) {
        Optional<ReportRun> run = asked(asker, runId);
        if (run.isEmpty()) {
            return ReportApiProblems.runNotFound();
        }
        if (!cancels.cancel(run.get(), asker.actor())) {
            return ReportApiProblems.problem(HttpStatus.CONFLICT, ReportApiProblems.RUN_FINISHED,
                    "The run has finished", "The run ended " + run.get().status().name() + " before the cancel.");
        }
        ReportRun now = runs.find(run.get().id()).orElse(run.get());
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(RunJson.of(now, false));
    }

    private ResponseEntity<?> download(RunAsker asker, String runId, String format, HttpServletResponse response)
            throws IOException, SQLException {
        Optional<ReportRun> found = asked(asker, runId);
        if (found.isEmpty()) {
            return ReportApiProblems.runNotFound();
        }
        ReportRun run = found.get();
        Optional<ReportFormat> chosen = ReportFormat.ofExtension(format);
        if (chosen.isEmpty()) {
            return ReportApiProblems.problem(HttpStatus.NOT_FOUND, ReportApiProblems.FORMAT_NOT_OFFERED,
                    "No such format", "The rows are offered as csv, xlsx and pdf.");
        }
        if (!run.finished()) {
            return ReportApiProblems.problem(HttpStatus.CONFLICT, ReportApiProblems.RUN_NOT_FINISHED,
                    "The run has not finished", "The run is " + run.status().name() + " (" + run.progress()
                            + " %); ask again when its status is SUCCEEDED.");
        }
        if (run.status() != RunStatus.SUCCEEDED) {
            return ReportApiProblems.problem(HttpStatus.CONFLICT, ReportApiProblems.RUN_HAS_NO_ROWS,
                    "The run has no rows", "The run ended " + run.status().name() + "; ask for a new run.");
        }
        if (!downloads.available(run)) {
            return ReportApiProblems.problem(HttpStatus.GONE, ReportApiProblems.RESULT_EXPIRED,
                    "The rows are no longer kept", "The run's rows were deleted after the retention period; ask "
                            + "for a new run.");
        }
        downloads.send(run, chosen.get(), asker.actor(), response);
        return null;
    }

    private Optional<ReportRun> asked(RunAsker asker, String runId) {
        return ReportRunsController.parse(runId).flatMap(runs::find).filter(asker::asked);
    }
}
