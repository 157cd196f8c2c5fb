package org.openace.onboarding;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.platform.web.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Step 8: everything given, with personal identifiers masked, the steps still to do, the Terms and Conditions to
 * accept, and the submission; then the confirmation with the reference.
 */
@Controller
@PublicEndpoint
class ReviewStepController {

    private static final ApplicationStep STEP = ApplicationStep.REVIEW;
    private static final String VIEW = "account/application/review";

    private final DraftSteps steps;
    private final SubmitApplication submitApplication;

    ReviewStepController(DraftSteps steps, SubmitApplication submitApplication) {
        this.steps = steps;
        this.submitApplication = submitApplication;
    }

    @GetMapping("/apply/review")
    String review(HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        model.addAttribute("form", SubmitForm.empty());
        return page(model, application.get());
    }

    @PostMapping("/apply/submit")
    String submit(@ModelAttribute("form") SubmitForm form, BindingResult errors, HttpSession session, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        SubmitApplication.Result result = submitApplication.submit(application.get().id(), form.accepted());
        switch (result) {
            case SubmitApplication.Result.Submitted submitted -> {
                DraftSession.submitted(session, new DraftSession.Submission(
                        submitted.application().reference().value(), submitted.again()));
                return "redirect:/apply/submitted";
            }
            case SubmitApplication.Result.TermsNotAccepted refused ->
                    errors.rejectValue("terms", "required", "Accept the Terms and Conditions to submit the application");
            case SubmitApplication.Result.Incomplete incomplete ->
                    errors.reject("incomplete", "Finish every step before you submit: "
                            + String.join(", ", incomplete.missing().stream().map(ApplicationStep::title).toList()));
            case SubmitApplication.Result.OwnerUsernameTaken taken ->
                    errors.reject("taken", "The account owner's user ID was taken meanwhile. Choose another on the "
                            + "\"Account owner\" step.");
            case SubmitApplication.Result.NotEditable notEditable -> {
                return steps.noDraft(session, redirect);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, steps.editable(session).orElse(application.get()));
    }

    @GetMapping("/apply/submitted")
    String submitted(HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<DraftSession.Submission> submission = DraftSession.submission(session);
        if (submission.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        model.addAttribute("submission", submission.get());
        model.addAttribute("navSection", "apply");
        return "account/application/submitted";
    }

    private String page(Model model, AccountApplication application) {
        steps.prepare(model, STEP, application);
        model.addAttribute("app", ApplicationView.of(application));
        model.addAttribute("missing", application.missingSteps());
        return VIEW;
    }
}
