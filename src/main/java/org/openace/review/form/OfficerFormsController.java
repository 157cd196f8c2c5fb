package org.openace.review.form;

import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.audit.AuditActor;
import org.openace.document.DocumentDownloads;
import org.openace.document.Documents;
import org.openace.document.StoredDocument;
import org.openace.filing.EntryNumber;
import org.openace.filing.ReviewedEntry;
import org.openace.identity.CurrentUser;
import org.openace.officer.OfficerPorts;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customs officer's CBP form pages (R1 and the work queue): the forms at the officer's ports (answers to review
 * first, then overdue and waiting ones; filtered by port, kind, status and "assigned to me"), issuing a form from an
 * entry, and a form with its answers and documents and the officer's moves (ask again, close, follow with a Form 29,
 * assign). An officer reaches only the forms and entries of their ports: others answer 404 on reading and a refusal
 * on acting (audited).
 */
@Controller
@RoleRequired("OFFICER")
class OfficerFormsController {

    static final int PAGE = 100;

    /** A part of the queue: its id, heading, forms and what it says when empty. */
    record QueueGroup(String id, String title, List<CbpForm> forms, String empty) {
    }

    private final FormStore store;
    private final IssueForm issue;
    private final ReviewForm review;
    private final AnswerForm answers;
    private final Documents documents;
    private final OfficerPorts ports;
    private final Clock clock;

    OfficerFormsController(FormStore store, IssueForm issue, ReviewForm review, AnswerForm answers,
                           Documents documents, OfficerPorts ports, Clock clock) {
        this.store = store;
        this.issue = issue;
        this.review = review;
        this.answers = answers;
        this.documents = documents;
        this.ports = ports;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "officer-reviews";
    }

    @GetMapping("/officer/reviews")
    String queue(@RequestParam(required = false) @Nullable String port,
                 @RequestParam(required = false) @Nullable String form,
                 @RequestParam(required = false) @Nullable String status,
                 @RequestParam(required = false) @Nullable String mine,
                 @RequestParam(required = false) @Nullable String team,
                 @AuthenticationPrincipal CurrentUser officer, Model model) {
        List<PortCode> myPorts = ports.portsOf(officer.userId()).stream()
                .sorted(java.util.Comparator.comparing(PortCode::value)).toList();
        PortCode chosenPort = port == null ? null : PortCode.parse(port).filter(myPorts::contains).orElse(null);
        FormKind kind = form == null ? null : FormKind.ofPath(form).orElse(null);
        FormStatus chosenStatus = status == null ? null : java.util.Arrays.stream(FormStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status)).findFirst().orElse(null);
        List<CbpForm> forms = myPorts.isEmpty() ? List.of() : store.list(new FormStore.Audience.Officer(myPorts),
                new FormStore.Filter(chosenStatus == null, kind, chosenPort, chosenStatus), 0, PAGE + 1);
        if ("yes".equals(mine)) {
            forms = forms.stream().filter(f -> officer.userId().equals(f.assignedTo())).toList();
        }
        List<String> teams = ports.teams();
        String chosenTeam = team == null ? null : teams.stream().filter(t -> t.equals(team)).findFirst().orElse(null);
        if (chosenTeam != null && !myPorts.isEmpty()) {
            java.util.Set<java.util.UUID> members = ports.officersAt(myPorts).stream()
                    .filter(o -> chosenTeam.equals(o.team())).map(org.openace.officer.Officer::id)
                    .collect(java.util.stream.Collectors.toSet());
            forms = forms.stream().filter(f -> f.assignedTo() != null && members.contains(f.assignedTo())).toList();
        }
        LocalDate today = LocalDate.now(clock);
        List<CbpForm> shown = forms.size() > PAGE ? forms.subList(0, PAGE) : forms;
        model.addAttribute("today", today);
        model.addAttribute("myPorts", myPorts);
        model.addAttribute("myTeam", ports.teamOf(officer.userId()).orElse(null));
        model.addAttribute("teams", teams);
        model.addAttribute("team", chosenTeam == null ? "" : chosenTeam);
        model.addAttribute("groups", List.of(
                new QueueGroup("answers", "Answers to review", shown.stream()
                        .filter(f -> f.status() == FormStatus.ANSWERED).toList(), "No answer waits for review."),
                new QueueGroup("overdue", "Overdue: no answer by the due date", shown.stream()
                        .filter(f -> f.overdue(today)).toList(), "No form is overdue."),
                new QueueGroup("waiting", "Waiting for the trade's answer", shown.stream()
                        .filter(f -> f.status() == FormStatus.AWAITING_ANSWER && !f.overdue(today)).toList(),
                        "No form waits for an answer."),
                new QueueGroup("others", "Notices and closed forms", shown.stream()
                        .filter(f -> f.status() == FormStatus.NOTIFIED || f.status() == FormStatus.CLOSED).toList(),
                        "")));
        model.addAttribute("more", forms.size() > PAGE);
        model.addAttribute("limit", PAGE);
        model.addAttribute("port", chosenPort == null ? "" : chosenPort.value());
        model.addAttribute("kind", kind == null ? "" : kind.path());
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
        model.addAttribute("mine", "yes".equals(mine));
        model.addAttribute("kinds", FormKind.values());
        model.addAttribute("statuses", FormStatus.values());
        return "review/officer-queue";
    }

    @GetMapping("/officer/entries/{entryNumber}/forms/new")
    String issuePage(@PathVariable String entryNumber, @RequestParam(required = false) @Nullable String form,
                     @AuthenticationPrincipal CurrentUser officer, Model model, HttpServletResponse response) {
        FormKind kind = form == null ? FormKind.CF28 : FormKind.ofPath(form).orElse(FormKind.CF28);
        EntryNumber number = EntryNumber.tryParse(entryNumber).orElseThrow(UnknownFormException::new);
        try {
            ReviewedEntry entry = issue.entryFor(number, actor(officer));
            return issuePage(entry, kind, new IssueInput(null, null, null, null, null), Map.of(), model);
        }
        catch (FormRefused refused) {
            return refusedOnEntry(refused, number, model, response);
        }
    }

    @PostMapping("/officer/entries/{entryNumber}/forms/{form}")
    String issue(@PathVariable String entryNumber, @PathVariable String form, @ModelAttribute IssueInput input,
                 @AuthenticationPrincipal CurrentUser officer, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        FormKind kind = FormKind.ofPath(form).orElseThrow(UnknownFormException::new);
        EntryNumber number = EntryNumber.tryParse(entryNumber).orElseThrow(UnknownFormException::new);
        try {
            ReviewedEntry entry = issue.entryFor(number, actor(officer));
            LocalDate today = LocalDate.now(clock);
            Map<String, String> errors = input.errors(kind, today);
            if (!errors.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return issuePage(entry, kind, input, errors, model);
            }
            CbpForm issued = issue.issue(number, kind, input.checked(kind, today), actor(officer));
            redirect.addFlashAttribute("success", UserMessage.of("review.form.issued", issued.kind().title(),
                    issued.actionNumber()));
            return "redirect:/officer/reviews/" + issued.actionNumber();
        }
        catch (FormRefused refused) {
            return refusedOnEntry(refused, number, model, response);
        }
    }

    @GetMapping("/officer/reviews/{actionNumber}")
    String show(@PathVariable String actionNumber, @AuthenticationPrincipal CurrentUser officer, Model model) {
        return page(form(actionNumber, officer), officer, model, Map.of(), null);
    }

    @PostMapping("/officer/reviews/{actionNumber}/ask-again")
    String askAgain(@PathVariable String actionNumber, @RequestParam(required = false) @Nullable String questions,
                    @RequestParam(required = false) @Nullable String dueOn,
                    @AuthenticationPrincipal CurrentUser officer, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        CbpForm form = form(actionNumber, officer);
        LocalDate typedDue = null;
        if (dueOn != null && !dueOn.isBlank()) {
            typedDue = date(dueOn.strip());
            if (typedDue == null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return page(form, officer, model, Map.of("dueOn", "Give the date as YYYY-MM-DD, or leave it "
                        + "empty for the usual " + form.kind().answerDays() + " days."), "ask-again");
            }
        }
        LocalDate due = typedDue;
        return move(form, officer, model, response, redirect, "ask-again", () -> review.askAgain(
                form.actionNumber(), questions == null ? "" : questions, due, actor(officer)),
                "review.form.asked-again");
    }

    @PostMapping("/officer/reviews/{actionNumber}/close")
    String close(@PathVariable String actionNumber, @RequestParam(required = false) @Nullable String note,
                 @AuthenticationPrincipal CurrentUser officer, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        CbpForm form = form(actionNumber, officer);
        return move(form, officer, model, response, redirect, "close", () -> review.close(form.actionNumber(), note,
                actor(officer)), "review.form.closed");
    }

    @PostMapping("/officer/reviews/{actionNumber}/follow-up")
    String followUp(@PathVariable String actionNumber, @ModelAttribute IssueInput input,
                    @AuthenticationPrincipal CurrentUser officer, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        CbpForm form = form(actionNumber, officer);
        Map<String, String> errors = input.errors(FormKind.CF29, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("followInput", input);
            return page(form, officer, model, errors, "follow-up");
        }
        try {
            CbpForm followed = review.followUp(form.actionNumber(), input.checked(FormKind.CF29,
                    LocalDate.now(clock)), actor(officer));
            redirect.addFlashAttribute("success", UserMessage.of("review.form.followed", form.actionNumber(),
                    followed.actionNumber()));
            return "redirect:/officer/reviews/" + followed.actionNumber();
        }
        catch (FormRefused refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", UserMessage.of("review.refused", refused.getMessage()));
            return page(form(actionNumber, officer), officer, model, Map.of(), null);
        }
    }

    @PostMapping("/officer/reviews/{actionNumber}/assign")
    String assign(@PathVariable String actionNumber, @RequestParam(required = false) @Nullable String officerId,
                  @AuthenticationPrincipal CurrentUser officer, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        CbpForm form = form(actionNumber, officer);
        UUID assignee;
        try {
            assignee = officerId == null || officerId.isBlank() ? null : UUID.fromString(officerId.strip());
        }
        catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, officer, model, Map.of("officerId", "Choose an officer of the port."), "assign");
        }
        return move(form, officer, model, response, redirect, "assign", () -> review.assign(form.actionNumber(),
                assignee, actor(officer)), "review.form.assigned");
    }

    @GetMapping("/officer/reviews/{actionNumber}/documents/{documentId}")
    void download(@PathVariable String actionNumber, @PathVariable String documentId,
                  @AuthenticationPrincipal CurrentUser officer, HttpServletResponse response) throws IOException {
        CbpForm form = form(actionNumber, officer);
        UUID id;
        try {
            id = UUID.fromString(documentId);
        }
        catch (IllegalArgumentException e) {
            throw new UnknownFormException();
        }
        StoredDocument document = answers.document(form.actionNumber(), id, true)
                .orElseThrow(UnknownFormException::new);
        DocumentDownloads.send(documents, document, response);
        answers.downloaded(form.actionNumber(), document, actor(officer));
    }

    private String move(CbpForm form, CurrentUser officer, Model model, HttpServletResponse response,
                        RedirectAttributes redirect, String failed, Runnable move, String success) {
        try {
            move.run();
            redirect.addFlashAttribute("success", UserMessage.of(success, form.actionNumber()));
            return "redirect:/officer/reviews/" + form.actionNumber();
        }
        catch (FormRefused refused) {
            boolean typing = refused.code().startsWith("NOTE_") || refused.code().equals("DUE_DATE_PAST");
            response.setStatus(typing ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
            if (typing) {
                return page(store.find(form.actionNumber()).orElse(form), officer, model,
                        Map.of(refused.code().equals("DUE_DATE_PAST") ? "dueOn" : failed.equals("close") ? "note"
                                : "questions", refused.getMessage()), failed);
            }
            model.addAttribute("error", UserMessage.of("review.refused", refused.getMessage()));
            return page(store.find(form.actionNumber()).orElse(form), officer, model, Map.of(), null);
        }
    }

    private String page(CbpForm form, CurrentUser officer, Model model, Map<String, String> errors,
                        @Nullable String failed) {
        model.addAttribute("form", form);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("steps", store.steps(form.actionNumber()));
        model.addAttribute("answers", answers.answers(form.actionNumber()).stream().filter(Answer::submitted)
                .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed == null ? "" : failed);
        model.addAttribute("officers", ports.officersAt(List.of(form.port())));
        model.addAttribute("subjects", FormSubject.values());
        model.addAttribute("notices", FormKind.CF29.notices());
        if (!model.containsAttribute("followInput")) {
            model.addAttribute("followInput", new IssueInput("PROPOSED", form.subject().name(), null, null, null));
        }
        model.addAttribute("mayAskAgain", form.status() == FormStatus.ANSWERED);
        model.addAttribute("mayClose", form.status().isOpen());
        model.addAttribute("mayFollow", form.status().isOpen() && form.kind() == FormKind.CF28);
        model.addAttribute("entryForms", store.ofEntry(form.entryNumber()).stream()
                .filter(f -> !f.actionNumber().equals(form.actionNumber())).toList());
        return "review/officer-form";
    }

    private String issuePage(ReviewedEntry entry, FormKind kind, IssueInput input, Map<String, String> errors,
                             Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("number", entry.number().formatted());
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", FormKind.values());
        model.addAttribute("subjects", FormSubject.values());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("usualDue", kind.answerDays());
        model.addAttribute("entryForms", store.ofEntry(entry.number().compact()));
        return "review/officer-issue";
    }

    private String refusedOnEntry(FormRefused refused, EntryNumber number, Model model,
                                  HttpServletResponse response) {
        if (refused.code().equals("ENTRY_NOT_FOUND")) {
            throw new UnknownFormException();
        }
        response.setStatus(refused.code().equals("OUTSIDE_YOUR_PORTS") ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_CONFLICT);
        model.addAttribute("number", number.formatted());
        model.addAttribute("error", UserMessage.of("review.refused", refused.getMessage()));
        return "review/officer-refused";
    }

    /** The form, if it exists and is at one of the officer's ports (404 otherwise, as for a form that does not). */
    private CbpForm form(String actionNumber, CurrentUser officer) {
        CbpForm form = ActionNumbers.normalized(actionNumber).flatMap(store::find)
                .orElseThrow(UnknownFormException::new);
        if (!ports.works(officer.userId(), form.port())) {
            throw new UnknownFormException();
        }
        return form;
    }

    private static @Nullable LocalDate date(String typed) {
        try {
            return typed.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(typed) : null;
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    private static AuditActor actor(CurrentUser officer) {
        return AuditActor.user(officer.userId(), officer.username());
    }
}
