package org.openace.onboarding;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.openace.account.TradeAccountRegister;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserDirectory;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.openace.privacy.PersonalDataReveals;
import org.openace.privacy.RevealReason;
import org.openace.privacy.TaxIdentifier;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One application as a customs officer reviews it: every field (personal identifiers masked, revealed once for a
 * stated reason), the checks against existing accounts and users, the history, and the decision: approve, or return
 * to the applicant with reasons.
 */
@Controller
@RequestMapping("/officer/applications/{id}")
@RoleRequired("OFFICER")
class ApplicationReviewController {

    static final String VIEW = "account/officer/application";

    /** A value shown in full once, after an audited reveal. */
    record Revealed(String label, String value) {
        @Override
        public String toString() {
            return "Revealed[" + label + "]";
        }
    }

    private final AccountApplications applications;
    private final ApplicationChecks checks;
    private final ApproveApplication approveApplication;
    private final ReturnApplication returnApplication;
    private final PersonalDataReveals reveals;
    private final UserDirectory directory;
    private final TradeAccountRegister accounts;

    ApplicationReviewController(AccountApplications applications, ApplicationChecks checks,
                                ApproveApplication approveApplication, ReturnApplication returnApplication,
                                PersonalDataReveals reveals, UserDirectory directory, TradeAccountRegister accounts) {
        this.applications = applications;
        this.checks = checks;
        this.approveApplication = approveApplication;
        this.returnApplication = returnApplication;
        this.reveals = reveals;
        this.directory = directory;
        this.accounts = accounts;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "applications";
    }

    @GetMapping
    String show(@PathVariable String id, Model model) {
        return page(load(id), model);
    }

    @PostMapping("/reveal")
    String reveal(@PathVariable String id, @ModelAttribute("revealForm") RevealForm form, BindingResult errors,
                  Model model, HttpServletResponse response) {
        AccountApplication application = load(id);
        form.check(errors);
        Optional<RevealReason> reason = form.chosenReason();
        if (errors.hasErrors() || reason.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(application, model);
        }
        Optional<Revealed> revealed = reveal(application, form, reason.get());
        if (revealed.isEmpty()) {
            errors.rejectValue("field", "unknown", "This application has no such identifier to reveal");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(application, model);
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("revealed", revealed.get());
        return page(application, model);
    }

    /** The tax identifier, which is also the importer number: the only personal number an application holds. */
    private Optional<Revealed> reveal(AccountApplication application, RevealForm form, RevealReason reason) {
        if (!RevealForm.TAX_IDENTIFIER.equals(form.field())) {
            return Optional.empty();
        }
        return application.taxIdentifier().filter(t -> t.kind().isPersonalData()).map(tax -> {
            TaxIdentifier value = reveals.reveal("ACCOUNT_APPLICATION", application.id().toString(), reason,
                    form.cleanNote(), () -> tax);
            return new Revealed("Tax identifier and importer number (" + value.kind().title() + ")", value.value());
        });
    }

    @PostMapping("/approve")
    String approve(@PathVariable String id, @AuthenticationPrincipal CurrentUser officer, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        AccountApplication application = load(id);
        ApproveApplication.Result result = approveApplication.approve(application.id(), reviewer(officer));
        MessageSourceResolvable problem;
        int status;
        switch (result) {
            case ApproveApplication.Result.Approved approved -> {
                redirect.addFlashAttribute("success", UserMessage.of("onboarding.approved",
                        application.reference(), approved.accountNumber()));
                return "redirect:/officer/applications/" + application.id();
            }
            case ApproveApplication.Result.SelfApproval refused -> {
                problem = UserMessage.of("onboarding.approve.self");
                status = HttpServletResponse.SC_FORBIDDEN;
            }
            case ApproveApplication.Result.NotSubmitted notSubmitted -> {
                problem = UserMessage.of("onboarding.not-waiting",
                        org.openace.platform.Sentences.inSentence(notSubmitted.status().title()));
                status = HttpServletResponse.SC_CONFLICT;
            }
            case ApproveApplication.Result.DuplicateIdentifier duplicate -> {
                problem = duplicate.kind() == null ? UserMessage.of("onboarding.approve.tax-identifier-taken")
                        : UserMessage.of("onboarding.approve.identifier-taken",
                                org.openace.platform.Sentences.inSentence(duplicate.kind().title()));
                status = HttpServletResponse.SC_CONFLICT;
            }
            case ApproveApplication.Result.UsernameTaken taken -> {
                problem = UserMessage.of("onboarding.approve.username-taken");
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        model.addAttribute("error", problem);
        return page(load(id), model);
    }

    @PostMapping("/return")
    String returnToApplicant(@PathVariable String id, @Valid @ModelAttribute("returnForm") ReturnForm form,
                             BindingResult errors, @AuthenticationPrincipal CurrentUser officer, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        AccountApplication application = load(id);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(application, model);
        }
        ReturnApplication.Result result = returnApplication.returnToApplicant(application.id(), reviewer(officer),
                form.reason());
        switch (result) {
            case ReturnApplication.Result.Returned returned -> {
                redirect.addFlashAttribute("success", UserMessage.of("onboarding.returned", application.reference()));
                return "redirect:/officer/applications/" + application.id();
            }
            case ReturnApplication.Result.NotSubmitted notSubmitted -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("error", UserMessage.of("onboarding.not-waiting",
                        org.openace.platform.Sentences.inSentence(notSubmitted.status().title())));
            }
        }
        return page(load(id), model);
    }

    private AccountApplication load(String id) {
        UUID applicationId = UnknownApplicationException.parse(id);
        return applications.find(applicationId).orElseThrow(UnknownApplicationException::new);
    }

    private Reviewer reviewer(CurrentUser officer) {
        return new Reviewer(officer.id(), officer.username(),
                directory.find(officer.id()).orElseThrow().email());
    }

    private String page(AccountApplication application, Model model) {
        model.addAttribute("app", ApplicationView.of(application));
        model.addAttribute("history", applications.history(application.id()));
        model.addAttribute("waiting", application.status() == ApplicationStatus.SUBMITTED);
        if (application.status() != ApplicationStatus.APPROVED) {
            model.addAttribute("findings", checks.check(application));
        }
        application.accountId().flatMap(accounts::find).ifPresent(account -> model.addAttribute("account", account));
        model.addAttribute("reasons", RevealReason.values());
        if (!model.containsAttribute("revealForm")) {
            model.addAttribute("revealForm", RevealForm.empty());
        }
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", ReturnForm.empty());
        }
        ensureBindingResult(model, "revealForm");
        ensureBindingResult(model, "returnForm");
        return VIEW;
    }

    private static void ensureBindingResult(Model model, String name) {
        String key = BindingResult.MODEL_KEY_PREFIX + name;
        if (!model.containsAttribute(key)) {
            model.addAttribute(key, new BeanPropertyBindingResult(model.getAttribute(name), name));
        }
    }
}
