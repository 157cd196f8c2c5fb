package org.openace.reports.run;

import java.time.Clock;
import java.util.stream.Collectors;

import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.reports.catalog.ImporterPrompts;
import org.openace.reports.catalog.PromptForm;
import org.openace.reports.catalog.PromptField;
import org.openace.reports.catalog.ReportCatalog;
import org.openace.reports.catalog.ReportPrompts;
import org.openace.reports.catalog.StandardReport;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A standard report's page: what it holds, what is known of ACE's layout, its prompts; sending them asks for a run
 * and opens the run's page. An importer number typed is resolved to the identifier holding it at once, and never
 * shown again, kept or put in an address.
 */
@Controller
class RunRequestController {

    private final ReportCatalog catalog;
    private final RequestRun request;
    private final ImporterPrompts importers;
    private final Clock clock;

    RunRequestController(ReportCatalog catalog, RequestRun request, ImporterPrompts importers, Clock clock) {
        this.catalog = catalog;
        this.request = request;
        this.importers = importers;
        this.clock = clock;
    }

    @GetMapping("/reports/{code}")
    @RoleRequired({"TRADE", "OFFICER"})
    String report(@PathVariable String code, Model model) {
        StandardReport report = report(code);
        return form(report, PromptForm.initial(report, clock), model);
    }

    @PostMapping("/reports/{code}/runs")
    @RoleRequired({"TRADE", "OFFICER"})
    String run(@PathVariable String code, @ModelAttribute("prompts") PromptForm form, BindingResult errors,
               @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        StandardReport report = report(code);
        ReportPrompts prompts = form.check(report, errors, clock, importers::resolve);
        if (prompts == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(report, form.withoutImporter(), model);
        }
        try {
            ReportRun run = request.request(user, report, prompts, null);
            return "redirect:/reports/runs/" + run.id();
        }
        catch (RequestRun.NoReportsRight refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("refusal", refused.getMessage());
            return form(report, form.withoutImporter(), model);
        }
        catch (RequestRun.TooManyRuns refused) {
            response.setStatus(429);
            model.addAttribute("refusal", refused.getMessage());
            return form(report, form.withoutImporter(), model);
        }
    }

    private String form(StandardReport report, PromptForm form, Model model) {
        if (!model.containsAttribute("prompts")) {
            model.addAttribute("prompts", form);
        }
        model.addAttribute("report", report);
        model.addAttribute("offered", report.prompts().stream().map(PromptField::name).collect(Collectors.toSet()));
        model.addAttribute("maxYears", PromptForm.MAX_YEARS);
        model.addAttribute("navSection", "reports");
        return "reports/report";
    }

    private StandardReport report(String code) {
        return catalog.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
