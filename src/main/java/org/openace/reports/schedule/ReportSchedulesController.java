package org.openace.reports.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.openace.reports.catalog.ImporterPrompts;
import org.openace.reports.catalog.PromptField;
import org.openace.reports.catalog.ReportCatalog;
import org.openace.reports.catalog.StandardReport;
import org.openace.reports.run.RequestRun;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The user's schedules of reports: the form that makes one for a standard report (its prompts without dates, a
 * period relative to each run's date, when it runs), the list with each schedule's next and last run and status,
 * and pause, resume and delete. A schedule is its owner's alone: anyone else gets 404, as for one that does not exist.
 */
@Controller
class ReportSchedulesController {

    /** A choice of a list on the form: the value sent and the words shown. */
    record Option(String value, String label) {
    }

    private final ReportCatalog catalog;
    private final Schedules schedules;
    private final ImporterPrompts importers;
    private final Clock clock;

    ReportSchedulesController(ReportCatalog catalog, Schedules schedules, ImporterPrompts importers, Clock clock) {
        this.catalog = catalog;
        this.schedules = schedules;
        this.importers = importers;
        this.clock = clock;
    }

    @GetMapping("/reports/schedules")
    @RoleRequired({"TRADE", "OFFICER"})
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("schedules", schedules.of(user));
        model.addAttribute("navSection", "reports");
        return "reports/schedules";
    }

    @GetMapping("/reports/schedules/new")
    @RoleRequired({"TRADE", "OFFICER"})
    String form(@RequestParam(name = "report", required = false) @Nullable String code, Model model) {
        StandardReport report = code == null ? null : catalog.find(code).orElse(null);
        if (report == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return form(report, ScheduleForm.initial(report), model);
    }

    @PostMapping("/reports/schedules")
    @RoleRequired({"TRADE", "OFFICER"})
    String create(@ModelAttribute("schedule") ScheduleForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        StandardReport report = form.report() == null ? null : catalog.find(form.report()).orElse(null);
        if (report == null) {
            errors.rejectValue("report", "reports.schedule.report", "There is no such report: choose one of the "
                    + "catalog.");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reports", catalog.all());
            model.addAttribute("navSection", "reports");
            return "reports/schedule-new";
        }
        ScheduleForm.Checked checked = form.check(report, errors, clock, importers::resolve);
        if (checked == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(report, form.withoutImporter(), model);
        }
        try {
            schedules.create(user, report.code(), report.fullTitle(), checked.prompts(), null, checked.timing());
        }
        catch (RequestRun.NoReportsRight refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("refusal", refused.getMessage());
            return form(report, form.withoutImporter(), model);
        }
        redirect.addFlashAttribute("success", UserMessage.of("reports.schedule.created", report.fullTitle(),
                checked.timing().described()));
        return "redirect:/reports/schedules";
    }

    @PostMapping("/reports/schedules/{scheduleId}/pause")
    @RoleRequired({"TRADE", "OFFICER"})
    String pause(@PathVariable String scheduleId, @AuthenticationPrincipal CurrentUser user,
                 RedirectAttributes redirect) {
        return move(owned(scheduleId, user), schedule -> schedules.pause(schedule, user), "reports.schedule.paused",
                "reports.schedule.not-active", redirect);
    }

    @PostMapping("/reports/schedules/{scheduleId}/resume")
    @RoleRequired({"TRADE", "OFFICER"})
    String resume(@PathVariable String scheduleId, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        return move(owned(scheduleId, user), schedule -> schedules.resume(schedule, user), "reports.schedule.resumed",
                "reports.schedule.not-paused", redirect);
    }

    /** A pause or resume: done and said, or refused in words where the schedule is not in the state it needs. */
    private static String move(ReportSchedule schedule, java.util.function.Consumer<ReportSchedule> moving,
                               String done, String refused, RedirectAttributes redirect) {
        try {
            moving.accept(schedule);
            redirect.addFlashAttribute("success", UserMessage.of(done, schedule.title()));
        }
        catch (ReportSchedule.NotAllowed notAllowed) {
            redirect.addFlashAttribute("error", UserMessage.of(refused, schedule.title()));
        }
        return "redirect:/reports/schedules";
    }

    @PostMapping("/reports/schedules/{scheduleId}/delete")
    @RoleRequired({"TRADE", "OFFICER"})
    String delete(@PathVariable String scheduleId, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        ReportSchedule schedule = owned(scheduleId, user);
        if (schedules.delete(schedule, user)) {
            redirect.addFlashAttribute("success", UserMessage.of("reports.schedule.deleted", schedule.title()));
        }
        return "redirect:/reports/schedules";
    }

    private ReportSchedule owned(String scheduleId, CurrentUser user) {
        return parse(scheduleId).flatMap(id -> schedules.owned(id, user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(StandardReport report, ScheduleForm form, Model model) {
        if (!model.containsAttribute("schedule")) {
            model.addAttribute("schedule", form);
        }
        model.addAttribute("report", report);
        model.addAttribute("offered", report.prompts().stream().map(PromptField::name).collect(Collectors.toSet()));
        model.addAttribute("periods", RelativePeriod.values());
        model.addAttribute("frequencies", List.of(new Option(Frequency.DAILY.name(), "Every day"),
                new Option(Frequency.WEEKLY.name(), "Every week, on the day of the week below"),
                new Option(Frequency.MONTHLY.name(), "Every month, on the day of the month below")));
        model.addAttribute("weekdays", Arrays.stream(DayOfWeek.values())
                .map(day -> new Option(day.name(), day.getDisplayName(TextStyle.FULL, Locale.US))).toList());
        model.addAttribute("zones", ScheduleForm.ZONES);
        model.addAttribute("lastDay", Timing.LAST_DAY);
        model.addAttribute("navSection", "reports");
        return "reports/schedule-new";
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
