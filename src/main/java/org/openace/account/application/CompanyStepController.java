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

/** Step 2: the company's legal name, trading name, address and telephone number. */
@Controller
@RequestMapping("/apply/company")
class CompanyStepController {

    private static final ApplicationStep STEP = ApplicationStep.COMPANY;
    private static final String VIEW = "account/application/company";

    private final DraftSteps steps;
    private final EditApplication edit;

    CompanyStepController(DraftSteps steps, EditApplication edit) {
        this.steps = steps;
        this.edit = edit;
    }

    @GetMapping
    String show(HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        Optional<CompanyForm> unsaved = DraftSession.unsaved(session, STEP, CompanyForm.class);
        model.addAttribute("form", unsaved.orElseGet(() -> CompanyForm.of(application.get())));
        model.addAttribute("unsaved", unsaved.isPresent());
        steps.prepare(model, STEP, application.get());
        return VIEW;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") CompanyForm form, BindingResult errors,
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
        edit.save(application.get().id(), STEP, a -> a.changeCompany(form.details()));
        DraftSession.saved(session, STEP);
        return steps.afterSave(STEP, go);
    }
}
