package org.openace.onboarding;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.openace.platform.web.PublicEndpoint;
import org.openace.platform.web.UserMessage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Applying for a trade account starts here: the Privacy Act statement comes first and is acknowledged before any
 * personal detail is asked; then the applicant's name and e-mail address open a draft. The private link from the
 * e-mail brings the applicant back to it: its token leaves the address bar at once, and the session holds the draft.
 */
@Controller
@PublicEndpoint
class StartApplicationController {

    private final StartApplication startApplication;
    private final ResumeLinks links;
    private final DraftSteps steps;

    StartApplicationController(StartApplication startApplication, ResumeLinks links, DraftSteps steps) {
        this.startApplication = startApplication;
        this.links = links;
        this.steps = steps;
    }

    @GetMapping("/apply")
    String start(HttpSession session, Model model) {
        model.addAttribute("form", StartForm.empty());
        return page(session, model);
    }

    @PostMapping("/apply")
    String begin(@Valid @ModelAttribute("form") StartForm form, BindingResult errors, HttpSession session,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        form.check(errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(session, model);
        }
        AccountApplication application = startApplication.start(form.applicant(), form.acknowledged());
        DraftSession.hold(session, application.id());
        redirect.addFlashAttribute("success", UserMessage.of("onboarding.started", application.reference()));
        return "redirect:" + ApplicationStep.COMPANY.path();
    }

    @GetMapping("/apply/resume/{token}")
    String resume(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<UUID> application = links.open(token);
        if (application.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "account/application/link-invalid";
        }
        HttpSession session = request.getSession();
        request.changeSessionId();
        DraftSession.hold(session, application.get());
        return "redirect:/apply/continue";
    }

    @GetMapping("/apply/continue")
    String continueApplication(HttpSession session, RedirectAttributes redirect) {
        return steps.editable(session).map(a -> "redirect:" + steps.continueAt(a))
                .orElseGet(() -> steps.noDraft(session, redirect));
    }

    private String page(HttpSession session, Model model) {
        steps.editable(session).ifPresent(a -> model.addAttribute("inProgress", a.reference().value()));
        model.addAttribute("navSection", "apply");
        return "account/application/start";
    }
}
