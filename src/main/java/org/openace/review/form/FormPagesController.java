package org.openace.review.form;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.review.ReviewsNeedingAction;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.DataAccess;
import org.openace.account.DataRef;
import org.openace.audit.AuditActor;
import org.openace.document.DocumentDownloads;
import org.openace.document.DocumentRefused;
import org.openace.document.Documents;
import org.openace.document.StoredDocument;
import org.openace.identity.CurrentUser;
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
 * The trade's CBP form pages (R1): the forms a user's reviews rights reach ({@value #PAGE} a page, those waiting for an
 * answer first, overdue ones flagged), a form with its steps and answers, and the answer: a draft saved with its
 * documents and then sent to CBP. Those who see a form as the filer's courtesy copy read it and its submitted
 * answers; answering is for those who may edit reviews for the importer. Anyone else, and a malformed or unknown
 * action number, gets 404.
 */
@Controller
@RoleRequired("TRADE")
class FormPagesController {

    static final int PAGE = 50;

    private final FormStore store;
    private final AnswerForm answers;
    private final Documents documents;
    private final AccessControl access;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Clock clock;

    FormPagesController(FormStore store, AnswerForm answers, Documents documents, AccessControl access,
                        org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.answers = answers;
        this.documents = documents;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "reviews";
    }

    @GetMapping("/reviews")
    String list(@RequestParam(required = false) @Nullable String show,
                @RequestParam(required = false) @Nullable String form,
                @RequestParam(required = false, defaultValue = "0") int page,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        boolean all = "all".equals(show);
        FormKind kind = form == null ? null : FormKind.ofPath(form).orElse(null);
        int from = Math.max(0, Math.min(page, 10_000)) * PAGE;
        FormStore.Audience audience = new FormStore.Audience.Trade(
                access.scope(user.id(), AccountFunction.REVIEWS, AccessLevel.VIEW));
        LocalDate today = LocalDate.now(clock);
        // the compliance view's tiles: answers overdue, and answers due within 7 days
        String due = "overdue".equals(show) || "due-soon".equals(show) ? show : null;
        FormStore.Filter filter = due == null ? new FormStore.Filter(!all, kind, null, null)
                : due.equals("overdue")
                ? new FormStore.Filter(true, kind, null, FormStatus.AWAITING_ANSWER, null, today.minusDays(1))
                : new FormStore.Filter(true, kind, null, FormStatus.AWAITING_ANSWER, today,
                        today.plusDays(ReviewsNeedingAction.DUE_SOON_DAYS));
        List<CbpForm> forms = store.list(audience, filter, from, PAGE + 1);
        model.addAttribute("forms", forms.size() > PAGE ? forms.subList(0, PAGE) : forms);
        model.addAttribute("today", today);
        model.addAttribute("due", due == null ? "" : due);
        model.addAttribute("all", all);
        model.addAttribute("kind", kind == null ? "" : kind.path());
        model.addAttribute("kinds", FormKind.values());
        model.addAttribute("page", from / PAGE);
        model.addAttribute("hasNext", forms.size() > PAGE);
        return "review/forms";
    }

    @GetMapping("/reviews/forms/{actionNumber}")
    @DataAccess(function = AccountFunction.REVIEWS, level = AccessLevel.VIEW, kind = ActionNumbers.KIND,
            id = "actionNumber")
    String show(@PathVariable String actionNumber, @AuthenticationPrincipal CurrentUser user, Model model) {
        CbpForm form = form(actionNumber);
        return page(form, user, model, form.status() == FormStatus.AWAITING_ANSWER ? null : "", null);
    }

    @PostMapping("/reviews/forms/{actionNumber}/answer")
    @DataAccess(function = AccountFunction.REVIEWS, level = AccessLevel.EDIT, kind = ActionNumbers.Answering.KIND,
            id = "actionNumber")
    String answer(@PathVariable String actionNumber, @RequestParam(required = false) @Nullable String body,
                  @RequestParam(required = false) @Nullable String send, HttpServletRequest request,
                  HttpServletResponse response, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) throws IOException {
        CbpForm form = form(actionNumber);
        String text = body == null ? "" : body;
        AuditActor actor = AuditActor.user(user.userId(), user.username());
        try {
            List<AnswerForm.Upload> uploads = AnswerUploads.of(request, documents.maxBytes());
            if (send != null) {
                answers.submit(form.actionNumber(), text, uploads, actor);
                redirect.addFlashAttribute("success", UserMessage.of("review.answer.sent", form.actionNumber()));
            }
            else {
                answers.saveDraft(form.actionNumber(), text, uploads, actor);
                redirect.addFlashAttribute("success", UserMessage.of("review.answer.saved"));
            }
            return "redirect:/reviews/forms/" + form.actionNumber();
        }
        catch (DocumentRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, user, model, text, refused.getMessage());
        }
        catch (FormRefused refused) {
            response.setStatus(refused.code().equals("REQUEST_TOO_LARGE") ? 413
                    : refused.code().startsWith("ANSWER") || refused.code().equals("TOO_MANY_DOCUMENTS")
                    || refused.code().equals("UNREADABLE_FORM") ? 400 : HttpServletResponse.SC_CONFLICT);
            return page(form(actionNumber), user, model, text, refused.getMessage());
        }
    }

    @PostMapping("/reviews/forms/{actionNumber}/answer/documents/{documentId}/remove")
    @DataAccess(function = AccountFunction.REVIEWS, level = AccessLevel.EDIT, kind = ActionNumbers.Answering.KIND,
            id = "actionNumber")
    String removeDocument(@PathVariable String actionNumber, @PathVariable String documentId,
                          @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        CbpForm form = form(actionNumber);
        try {
            answers.removeDocument(form.actionNumber(), uuid(documentId),
                    AuditActor.user(user.userId(), user.username()));
            redirect.addFlashAttribute("success", UserMessage.of("review.answer.document-removed"));
        }
        catch (FormRefused refused) {
            redirect.addFlashAttribute("error", UserMessage.of("review.refused", refused.getMessage()));
        }
        return "redirect:/reviews/forms/" + form.actionNumber();
    }

    @GetMapping("/reviews/forms/{actionNumber}/documents/{documentId}")
    @DataAccess(function = AccountFunction.REVIEWS, level = AccessLevel.VIEW, kind = ActionNumbers.KIND,
            id = "actionNumber")
    void download(@PathVariable String actionNumber, @PathVariable String documentId,
                  @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        CbpForm form = form(actionNumber);
        boolean draftsToo = mayAnswer(importerRef(form), user);
        StoredDocument document = answers.document(form.actionNumber(), uuid(documentId), !draftsToo)
                .orElseThrow(AccountDataNotFoundException::new);
        DocumentDownloads.send(documents, document, response);
        answers.downloaded(form.actionNumber(), document, AuditActor.user(user.userId(), user.username()));
    }

    private String page(CbpForm form, CurrentUser user, Model model, @Nullable String typed,
                        @Nullable String error) {
        Optional<DataRef> importer = importerRef(form);
        boolean mayAnswer = mayAnswer(importer, user);
        List<Answer> all = answers.answers(form.actionNumber());
        Optional<Answer> draft = all.stream().filter(a -> !a.submitted() && a.round() == form.round()).findFirst();
        model.addAttribute("form", form);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("steps", store.steps(form.actionNumber()));
        model.addAttribute("answers", all.stream().filter(Answer::submitted).toList());
        model.addAttribute("draft", mayAnswer ? draft.orElse(null) : null);
        model.addAttribute("mayAnswer", mayAnswer && form.status() == FormStatus.AWAITING_ANSWER);
        model.addAttribute("copy", importer.map(ref -> !access.may(user.id(), AccountFunction.REVIEWS,
                AccessLevel.VIEW, ref)).orElse(true));
        model.addAttribute("typed", typed != null && !typed.isEmpty() ? typed
                : draft.map(Answer::body).orElse(""));
        model.addAttribute("maxMegabytes", documents.maxBytes() / (1024 * 1024));
        model.addAttribute("maxDocuments", AnswerForm.DOCUMENTS_MAX);
        if (error != null) {
            model.addAttribute("answerError", error);
        }
        return "review/form";
    }

    private boolean mayAnswer(Optional<DataRef> importer, CurrentUser user) {
        return importer.map(ref -> access.may(user.id(), AccountFunction.REVIEWS, AccessLevel.EDIT, ref))
                .orElse(false);
    }

    private Optional<DataRef> importerRef(CbpForm form) {
        return ActionNumbers.refs(jdbc, form.actionNumber(), false).flatMap(refs -> refs.stream().findFirst());
    }

    private CbpForm form(String actionNumber) {
        return ActionNumbers.normalized(actionNumber).flatMap(store::find)
                .orElseThrow(AccountDataNotFoundException::new);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        }
        catch (IllegalArgumentException e) {
            throw new AccountDataNotFoundException();
        }
    }
}
