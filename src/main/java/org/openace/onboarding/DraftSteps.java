package org.openace.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.platform.web.UserMessage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every step page of the application shares: the draft the session edits, the step indicator, and where "Back"
 * and "Save and continue" lead. Typing that could not be saved because it had errors is kept in the session when the
 * applicant goes back, and shown again when they return to the step.
 */
@Component
class DraftSteps {

    static final String BACK = "back";

    /** One segment of the step indicator. */
    record StepView(int number, String title, String state) {

        public boolean isCurrent() {
            return state.equals("current");
        }

        public boolean isComplete() {
            return state.equals("complete");
        }

        /** The step indicator's classes for this segment. */
        public String segmentClass() {
            String segment = "usa-step-indicator__segment";
            return isCurrent() ? segment + " " + segment + "--current"
                    : isComplete() ? segment + " " + segment + "--complete" : segment;
        }
    }

    private final AccountApplications applications;
    private final EditApplication edit;

    DraftSteps(AccountApplications applications, EditApplication edit) {
        this.applications = applications;
        this.edit = edit;
    }

    /**
     * Shows a step whose page needs nothing but its form (the company, its officer, the owner): the typing kept from
     * an attempt that could not be saved, or else the details saved so far.
     */
    <F extends DraftSession.StepForm> String showForm(ApplicationStep step, String view, Class<F> type,
                                                      Function<AccountApplication, F> saved, HttpSession session,
                                                      Model model, RedirectAttributes redirect) {
        Optional<AccountApplication> application = editable(session);
        if (application.isEmpty()) {
            return noDraft(session, redirect);
        }
        Optional<F> unsaved = DraftSession.unsaved(session, step, type);
        model.addAttribute("form", unsaved.orElseGet(() -> saved.apply(application.get())));
        model.addAttribute("unsaved", unsaved.isPresent());
        prepare(model, step, application.get());
        return view;
    }

    /**
     * Saves such a step: {@code check} adds the form's own errors to those of binding; without any, {@code change}
     * is saved and the visitor moves on, else the page is shown again (or the typing kept, going back).
     */
    String saveForm(ApplicationStep step, String view, DraftSession.StepForm form, Errors errors,
                    Consumer<Errors> check, Consumer<AccountApplication> change, String go, HttpSession session,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<AccountApplication> application = editable(session);
        if (application.isEmpty()) {
            return noDraft(session, redirect);
        }
        check.accept(errors);
        if (errors.hasErrors()) {
            prepare(model, step, application.get());
            model.addAttribute("errorOrder", ErrorOrder.of(form.getClass()));
            return invalid(step, form, go, view, session, response, redirect);
        }
        edit.save(application.get().id(), step, change);
        DraftSession.saved(session, step);
        return afterSave(step, go);
    }

    /** The application this browser session edits, if there is one that may still be changed. */
    Optional<AccountApplication> editable(HttpSession session) {
        return DraftSession.applicationId(session).flatMap(applications::find).filter(AccountApplication::isEditable);
    }

    /** Where a visitor without an application in progress goes. */
    String noDraft(HttpSession session, RedirectAttributes redirect) {
        DraftSession.forget(session);
        redirect.addFlashAttribute("info", UserMessage.of("onboarding.no-draft"));
        return "redirect:/apply";
    }

    /** The model every step page needs. */
    void prepare(Model model, ApplicationStep step, AccountApplication application) {
        List<ApplicationStep> missing = application.missingSteps();
        List<StepView> steps = new ArrayList<>();
        for (ApplicationStep each : ApplicationStep.values()) {
            String state = each == step ? "current"
                    : each != ApplicationStep.REVIEW && !missing.contains(each) ? "complete" : "upcoming";
            steps.add(new StepView(each.number(), each.title(), state));
        }
        model.addAttribute("step", step);
        model.addAttribute("steps", steps);
        model.addAttribute("stepCount", ApplicationStep.count());
        model.addAttribute("reference", application.reference().value());
        model.addAttribute("returned", application.status() == ApplicationStatus.RETURNED);
        model.addAttribute("returnReason", application.returnReason().orElse(null));
        model.addAttribute("previousPath", step.previous().map(ApplicationStep::path).orElse("/apply"));
        model.addAttribute("navSection", "apply");
    }

    /** After a step was saved: the step before it, or the one after it. */
    String afterSave(ApplicationStep step, String go) {
        ApplicationStep target = BACK.equals(go) ? step.previous().orElse(step) : step.next().orElse(step);
        return "redirect:" + target.path();
    }

    /**
     * After a step could not be saved: going back keeps the typing in the session and leaves; otherwise the page is
     * shown again with its errors (400).
     */
    String invalid(ApplicationStep step, DraftSession.StepForm form, String go, String view, HttpSession session,
                   HttpServletResponse response, RedirectAttributes redirect) {
        DraftSession.keepUnsaved(session, step, form);
        if (BACK.equals(go)) {
            redirect.addFlashAttribute("info", UserMessage.of("onboarding.step-not-saved", step.title()));
            return "redirect:" + step.previous().orElse(step).path();
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return view;
    }

    /** The first step still to do, or the review when every step is done (or the application was returned). */
    String continueAt(AccountApplication application) {
        if (application.status() == ApplicationStatus.RETURNED) {
            return ApplicationStep.REVIEW.path();
        }
        return application.missingSteps().stream().findFirst().orElse(ApplicationStep.REVIEW).path();
    }
}
