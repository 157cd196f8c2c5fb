package org.openace.review.protest;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.DataAccess;
import org.openace.audit.AuditActor;
import org.openace.document.DocumentDownloads;
import org.openace.document.DocumentRefused;
import org.openace.document.Documents;
import org.openace.document.StoredDocument;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.openace.review.form.AnswerUploads;
import org.openace.review.form.FormRefused;
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
 * The trade's protest pages (R4): the protests its reviews rights reach, filing one (entries, what is protested,
 * claims, arguments, documents), a protest with its entries, documents and decision, and accelerated disposition
 * requested or withdrawn. A protest of another importer, and a malformed or unknown number, answers 404.
 */
@Controller
@RoleRequired("TRADE")
class ProtestPagesController {

    private final Protests protests;
    private final ProtestStore store;
    private final Documents documents;
    private final AccessControl access;
    private final Clock clock;

    ProtestPagesController(Protests protests, ProtestStore store, Documents documents, AccessControl access,
                           Clock clock) {
        this.protests = protests;
        this.store = store;
        this.documents = documents;
        this.access = access;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "reviews";
    }

    @GetMapping("/reviews/protests")
    String list(@RequestParam(required = false) @Nullable String show, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        boolean all = "all".equals(show);
        model.addAttribute("protests", store.list(access.scope(user.id(), AccountFunction.REVIEWS, AccessLevel.VIEW),
                List.of(), !all, 200));
        model.addAttribute("all", all);
        model.addAttribute("today", LocalDate.now(clock));
        return "review/protests";
    }

    @GetMapping("/reviews/protests/new")
    String form(@RequestParam(required = false) @Nullable String entry, Model model) {
        return form(new ProtestInput(entry, null, null, null), Map.of(), null, model);
    }

    @PostMapping("/reviews/protests")
    String file(@ModelAttribute ProtestInput input, HttpServletRequest request, HttpServletResponse response,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect)
            throws IOException {
        Map<String, String> errors = input.errors();
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(input, errors, null, model);
        }
        try {
            Protest protest = protests.file(input.checked(), AnswerUploads.of(request, documents.maxBytes()),
                    user.id(), AuditActor.user(user.userId(), user.username()));
            redirect.addFlashAttribute("success", UserMessage.of("review.protest.filed", protest.number()));
            return "redirect:/reviews/protests/" + protest.number();
        }
        catch (ProtestRefused | FormRefused | DocumentRefused refused) {
            response.setStatus(refused instanceof ProtestRefused p && !p.code().equals("ENTRY_NOT_FOUND")
                    ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            return form(input, Map.of(), refused.getMessage(), model);
        }
    }

    @GetMapping("/reviews/protests/{protestNumber}")
    @DataAccess(function = AccountFunction.REVIEWS, level = AccessLevel.VIEW, kind = ProtestNumbers.KIND,
            id = "protestNumber")
    String show(@PathVariable String protestNumber, Model model) {
        Protest protest = protest(protestNumber);
        model.addAttribute("protest", protest);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("documents", store.documents(protest.number()).stream().map(documents::find)
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("base", "/reviews/protests/" + protest.number());
        return "review/protest";
    }

    @PostMapping("/reviews/protests/{protestNumber}/accelerated")
    @DataAccess(function = AccountFunction.REVIEWS, level = AccessLevel.EDIT, kind = ProtestNumbers.KIND,
            id = "protestNumber")
    String accelerate(@PathVariable String protestNumber, @RequestParam(required = false) @Nullable String request,
                      @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Protest protest = protest(protestNumber);
        boolean requesting = !"withdraw".equals(request);
        try {
            protests.accelerate(protest.number(), requesting, AuditActor.user(user.userId(), user.username()));
            redirect.addFlashAttribute("success", UserMessage.of(requesting ? "review.protest.accelerated"
                    : "review.protest.acceleration-withdrawn"));
        }
        catch (ProtestRefused refused) {
            redirect.addFlashAttribute("error", UserMessage.of("review.refused", refused.getMessage()));
        }
        return "redirect:/reviews/protests/" + protest.number();
    }

    @GetMapping("/reviews/protests/{protestNumber}/documents/{documentId}")
    @DataAccess(function = AccountFunction.REVIEWS, level = AccessLevel.VIEW, kind = ProtestNumbers.KIND,
            id = "protestNumber")
    void download(@PathVariable String protestNumber, @PathVariable String documentId,
                  HttpServletResponse response) throws IOException {
        Protest protest = protest(protestNumber);
        DocumentDownloads.send(documents, document(store, documents, protest.number(), documentId), response);
    }

    static StoredDocument document(ProtestStore store, Documents documents, String number, String documentId) {
        UUID id;
        try {
            id = UUID.fromString(documentId);
        }
        catch (IllegalArgumentException e) {
            throw new UnknownProtestException();
        }
        if (!store.documents(number).contains(id)) {
            throw new UnknownProtestException();
        }
        return documents.find(id).orElseThrow(UnknownProtestException::new);
    }

    private String form(ProtestInput input, Map<String, String> errors, @Nullable String refused, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", ProtestCategory.values());
        model.addAttribute("refused", refused);
        model.addAttribute("maxMegabytes", documents.maxBytes() / (1024 * 1024));
        return "review/protest-new";
    }

    private Protest protest(String number) {
        return ProtestNumbers.normalized(number).flatMap(store::find).orElseThrow(UnknownProtestException::new);
    }
}
