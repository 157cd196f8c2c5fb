package org.openace.account.application;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Step 3: the company officer, a contact who answers for the company and does not sign in. */
@Controller
@RequestMapping("/apply/officer")
class OfficerStepController {

    private static final ApplicationStep STEP = ApplicationStep.COMPANY_OFFICER;
    private static final String VIEW = "account/application/officer";

    private final DraftSteps steps;
    private final EditApplication edit;

    OfficerStepController(DraftSteps steps, EditApplication edit) {
        this.steps = steps;
        this.edit = edit;
    }

    @GetMapping
    String show(HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        Optional<OfficerForm> unsaved = DraftSession.unsaved(session, STEP, OfficerForm.class);
        model.addAttribute("form", unsaved.orElseGet(() -> OfficerForm.of(application.get())));
        model.addAttribute("unsaved", unsaved.isPresent());
        steps.prepare(model, STEP, application.get());
        return VIEW;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") OfficerForm form, BindingResult errors,
                @RequestParam(defaultValue = "next") String go, HttpSession session, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        form.check(errors);
        if (errors.hasErrors()) {
            steps.prepare(model, STEP, application.get());
            return steps.invalid(STEP, form, go, VIEW, session, response, redirect);
        }
        edit.save(application.get().id(), STEP, a -> a.changeCompanyOfficer(form.officer()));
        DraftSession.saved(session, STEP);
        return steps.afterSave(STEP, go);
    }
}
