package org.openace.onboarding;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.openace.platform.web.PublicEndpoint;
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
@PublicEndpoint
class OfficerStepController {

    private static final ApplicationStep STEP = ApplicationStep.COMPANY_OFFICER;
    private static final String VIEW = "account/application/officer";

    private final DraftSteps steps;

    OfficerStepController(DraftSteps steps) {
        this.steps = steps;
    }

    @GetMapping
    String show(HttpSession session, Model model, RedirectAttributes redirect) {
        return steps.showForm(STEP, VIEW, OfficerForm.class, OfficerForm::of, session, model, redirect);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") OfficerForm form, BindingResult errors,
                @RequestParam(defaultValue = "next") String go, HttpSession session, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return steps.saveForm(STEP, VIEW, form, errors, form::check, a -> a.changeCompanyOfficer(form.officer()),
                go, session, model, response, redirect);
    }
}
