package org.openace.reports.adhoc;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.TradeAccount;
import org.openace.account.TradeAccountRegister;
import org.openace.analytics.AnalyticsUnavailableException;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.openace.reports.catalog.Grain;
import org.openace.reports.run.ReportRun;
import org.openace.reports.run.RequestRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ad hoc report page (X2): pick what each row is, the columns, filters, summaries by group and the sort, and the
 * dates; preview the first rows at once, run it in the background like any report, or save it as a template (kept
 * under one of the user's accounts, shared there if they say so). Templates are opened, run and deleted (by their
 * owner) from the same page; one the user may not see is answered 404, as if absent. Everything posted is checked
 * against the whitelist ({@link AdHocCheck}); what does not fit is refused on the form with 400.
 */
@Controller
class AdHocController {

    private static final Logger log = LoggerFactory.getLogger(AdHocController.class);
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[\\p{L}\\p{N} ._,()&/'-]{1,80}");

    /** A template as listed: whose it is in words, and whether this user may delete it. */
    public record TemplateRow(UUID id, String name, String owner, boolean mine, boolean shared, String account,
                              Instant updatedAt) {
    }

    private final AdHocDefinitions definitions;
    private final AdHocPreview preview;
    private final RequestRun request;
    private final ReportTemplates templates;
    private final TemplateReach reach;
    private final TradeAccountRegister register;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AdHocController(AdHocDefinitions definitions, AdHocPreview preview, RequestRun request, ReportTemplates templates,
                    TemplateReach reach, TradeAccountRegister register, UserDirectory users, AuditTrail audit,
                    TransactionTemplate transaction, Clock clock) {
        this.definitions = definitions;
        this.preview = preview;
        this.request = request;
        this.templates = templates;
        this.reach = reach;
        this.register = register;
        this.users = users;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @GetMapping("/reports/ad-hoc")
    @RoleRequired({"TRADE", "OFFICER"})
    String builder(@RequestParam(name = "grain", required = false) @Nullable String grain,
                   @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        Grain chosen = grain == null ? Grain.LINE_TARIFF : grainOf(grain);
        if (chosen == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(AdHocForm.initial(Grain.LINE_TARIFF, clock), List.of(new AdHocCheck.Problem("grain",
                    "Choose what each row is: an entry summary or a tariff line.")), user, model);
        }
        return page(AdHocForm.initial(chosen, clock), List.of(), user, model);
    }

    @PostMapping("/reports/ad-hoc")
    @RoleRequired({"TRADE", "OFFICER"})
    String submit(HttpServletRequest http, @AuthenticationPrincipal CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        AdHocForm form = AdHocForm.of(http.getParameterMap());
        String action = String.valueOf(http.getParameter("action"));
        AdHocDefinition definition = form.definition();
        AdHocCheck.Outcome outcome = definitions.check(definition);
        List<AdHocCheck.Problem> problems = new ArrayList<>(outcome.problems());
        if (!List.of("preview", "run", "save").contains(action)) {
            problems.add(new AdHocCheck.Problem("action", "Choose Preview, Run or Save as a template."));
        }
        if (action.equals("save")) {
            saveProblems(form, user, problems);
        }
        if (!problems.isEmpty() || outcome.report() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, problems, user, model);
        }
        AdHocReport report = outcome.report();
        return switch (action) {
            case "preview" -> preview(form, report, user, model, response);
            case "run" -> run(form, report, definition, title(report, null), user, model, response);
            default -> save(form, definition, user, redirect);
        };
    }

    @GetMapping("/reports/ad-hoc/templates/{templateId}")
    @RoleRequired({"TRADE", "OFFICER"})
    String open(@PathVariable String templateId, @AuthenticationPrincipal CurrentUser user, Model model,
                HttpServletResponse response) {
        ReportTemplate template = visible(templateId, user);
        AdHocDefinition definition = definitions.read(template.definition());
        AdHocForm form = AdHocForm.of(definition);
        form.name = template.name();
        form.shared = template.shared();
        form.account = template.account() == null ? "" : template.account().toString();
        AdHocCheck.Outcome outcome = definitions.check(definition);
        if (!outcome.ok()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT); // kept, but no longer fits the whitelist
            if (!Grain.SUMMARY.name().equals(form.grain)) {
                form.grain = Grain.LINE_TARIFF.name();
            }
        }
        model.addAttribute("template", template);
        return page(form, outcome.problems(), user, model);
    }

    @PostMapping("/reports/ad-hoc/templates/{templateId}/run")
    @RoleRequired({"TRADE", "OFFICER"})
    String runTemplate(@PathVariable String templateId, @AuthenticationPrincipal CurrentUser user, Model model,
                       HttpServletResponse response) {
        ReportTemplate template = visible(templateId, user);
        AdHocDefinition definition = definitions.read(template.definition());
        AdHocForm form = AdHocForm.of(definition);
        form.name = template.name();
        AdHocCheck.Outcome outcome = definitions.check(definition);
        if (outcome.report() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            if (!Grain.SUMMARY.name().equals(form.grain)) {
                form.grain = Grain.LINE_TARIFF.name();
            }
            model.addAttribute("template", template);
            return page(form, outcome.problems(), user, model);
        }
        return run(form, outcome.report(), definition, title(outcome.report(), template.name()), user, model,
                response);
    }

    @PostMapping("/reports/ad-hoc/templates/{templateId}/delete")
    @RoleRequired({"TRADE", "OFFICER"})
    String delete(@PathVariable String templateId, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        ReportTemplate template = visible(templateId, user);
        if (!template.ownedBy(user.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the template's owner deletes it.");
        }
        transaction.executeWithoutResult(status -> {
            if (templates.delete(template.id(), user.id())) {
                audit.record(AuditRecord.of("REPORT_TEMPLATE_DELETED", AuditOutcome.SUCCESS)
                        .actor(AuditActor.user(user.userId(), user.username())).object("REPORT_TEMPLATE", template.id())
                        .detail("name", template.name()).detail("account", template.account()));
            }
        });
        redirect.addFlashAttribute("success", UserMessage.of("reports.template.deleted", template.name()));
        return "redirect:/reports/ad-hoc?grain=" + grainOr(definitions.read(template.definition()).grain());
    }

    private String preview(AdHocForm form, AdHocReport report, CurrentUser user, Model model,
                           HttpServletResponse response) {
        try {
            model.addAttribute("preview", preview.preview(user, report));
        }
        catch (RequestRun.NoReportsRight refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("refusal", refused.getMessage());
        }
        catch (AnalyticsUnavailableException | SQLException | IOException e) {
            log.warn("Ad hoc preview not made: {}", e.getClass().getSimpleName());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("unavailable", true);
        }
        return page(form, List.of(), user, model);
    }

    private String run(AdHocForm form, AdHocReport report, AdHocDefinition definition, String title,
                       CurrentUser user, Model model, HttpServletResponse response) {
        try {
            ReportRun run = request.request(user, AdHocReportSource.CODE, title, report.prompts(),
                    definitions.write(definition), null);
            return "redirect:/reports/runs/" + run.id();
        }
        catch (RequestRun.NoReportsRight refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("refusal", refused.getMessage());
            return page(form, List.of(), user, model);
        }
        catch (RequestRun.TooManyRuns refused) {
            response.setStatus(429);
            model.addAttribute("refusal", refused.getMessage());
            return page(form, List.of(), user, model);
        }
    }

    private void saveProblems(AdHocForm form, CurrentUser user, List<AdHocCheck.Problem> problems) {
        if (!TEMPLATE_NAME.matcher(form.name).matches()) {
            problems.add(new AdHocCheck.Problem("name", "Name the template: 1 to 80 letters, digits, spaces and "
                    + ". _ , ( ) & / ' -"));
        }
        if (!TemplateReach.officer(user) && account(form, user) == null) {
            problems.add(new AdHocCheck.Problem("account", reach.accountsOf(user).isEmpty()
                    ? "You are a member of no trade account to keep the template under."
                    : "Choose one of your accounts to keep the template under."));
        }
    }

    private String save(AdHocForm form, AdHocDefinition definition, CurrentUser user, RedirectAttributes redirect) {
        AccountId account = TemplateReach.officer(user) ? null : account(form, user);
        ReportTemplate saved = transaction.execute(status -> {
            ReportTemplate template = templates.save(user.id(), account, form.name, definitions.write(definition),
                    form.shared, clock.instant());
            audit.record(AuditRecord.of("REPORT_TEMPLATE_SAVED", AuditOutcome.SUCCESS)
                    .actor(AuditActor.user(user.userId(), user.username())).object("REPORT_TEMPLATE", template.id())
                    .detail("name", template.name()).detail("account", account).detail("shared", template.shared()));
            return template;
        });
        redirect.addFlashAttribute("success", UserMessage.of("reports.template.saved", form.name));
        return "redirect:/reports/ad-hoc/templates/" + (saved == null ? "" : saved.id());
    }

    /** The account the template is kept under: the one chosen among the user's, or their only one. */
    private @Nullable AccountId account(AdHocForm form, CurrentUser user) {
        List<AccountId> mine = reach.accountsOf(user);
        if (form.account.isBlank()) {
            return mine.size() == 1 ? mine.getFirst() : null;
        }
        return mine.stream().filter(id -> id.toString().equals(form.account)).findFirst().orElse(null);
    }

    private ReportTemplate visible(String templateId, CurrentUser user) {
        Optional<UUID> id = parse(templateId);
        return id.flatMap(value -> reach.find(user, value))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(AdHocForm form, List<AdHocCheck.Problem> problems, CurrentUser user, Model model) {
        Grain grain = grainOf(form.grain);
        AdHocChoices choices = AdHocChoices.of(grain == null ? Grain.LINE_TARIFF : grain);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        for (AdHocCheck.Problem problem : problems) {
            fieldErrors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
        }
        model.addAttribute("form", form);
        model.addAttribute("choices", choices);
        model.addAttribute("problems", problems);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("officer", TemplateReach.officer(user));
        model.addAttribute("accounts", accountChoices(user));
        model.addAttribute("templates", templateRows(user));
        model.addAttribute("navSection", "reports");
        return "reports/ad-hoc";
    }

    private List<AdHocChoices.Choice> accountChoices(CurrentUser user) {
        List<AdHocChoices.Choice> choices = new ArrayList<>();
        for (AccountId id : reach.accountsOf(user)) {
            choices.add(new AdHocChoices.Choice(id.toString(),
                    register.find(id).map(TradeAccount::displayName).orElse(id.toString()), ""));
        }
        return choices;
    }

    private List<TemplateRow> templateRows(CurrentUser user) {
        Map<AccountId, String> accountNames = new LinkedHashMap<>();
        List<TemplateRow> rows = new ArrayList<>();
        for (ReportTemplate template : reach.visibleTo(user)) {
            boolean mine = template.ownedBy(user.id());
            String owner = mine ? "You" : users.find(template.owner()).map(UserSummary::username)
                    .map(u -> u.value()).orElse("A former user");
            String account = template.account() == null ? "Customs officers"
                    : accountNames.computeIfAbsent(template.account(), id -> register.find(id)
                    .map(TradeAccount::displayName).orElse(""));
            rows.add(new TemplateRow(template.id(), template.name(), owner, mine, template.shared(), account,
                    template.updatedAt()));
        }
        return rows;
    }

    private static String title(AdHocReport report, @Nullable String templateName) {
        String name = templateName != null ? templateName
                : report.grain() == Grain.SUMMARY ? "entry summaries" : "tariff lines";
        return "Ad hoc report: " + name;
    }

    private static @Nullable Grain grainOf(@Nullable String typed) {
        for (Grain grain : Grain.values()) {
            if (grain.adHoc() && grain.name().equals(typed)) {
                return grain;
            }
        }
        return null;
    }

    private static String grainOr(@Nullable String typed) {
        Grain grain = grainOf(typed);
        return (grain == null ? Grain.LINE_TARIFF : grain).name();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
