package org.openace.onboarding;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.account.TradeIdentifier;
import org.openace.platform.web.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Step 6: the business activities, each with the identifiers it requires, checked for their published form. The
 * importer number is not asked again: it is the tax identifier of step 4, shown here masked. Whether an identifier
 * already belongs to an account is not said here (that would tell the applicant another account exists); the customs
 * officer sees it at review.
 */
@Controller
@RequestMapping("/apply/activities")
@PublicEndpoint
class ActivitiesStepController {

    private static final ApplicationStep STEP = ApplicationStep.ACTIVITIES;
    private static final String VIEW = "account/application/activities";

    private final DraftSteps steps;
    private final EditApplication edit;

    ActivitiesStepController(DraftSteps steps, EditApplication edit) {
        this.steps = steps;
        this.edit = edit;
    }

    @GetMapping
    String show(HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        Optional<ActivitiesForm> unsaved = DraftSession.unsaved(session, STEP, ActivitiesForm.class);
        ActivitiesForm form = unsaved.orElseGet(() -> ActivitiesForm.of(application.get()));
        model.addAttribute("unsaved", unsaved.isPresent());
        return page(model, application.get(), form, Map.of(), List.of());
    }

    @PostMapping
    String save(@ModelAttribute("form") ActivitiesForm form, @RequestParam(defaultValue = "next") String go,
                HttpSession session, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        ActivitiesForm.Checked checked = form.check();
        if (!checked.isValid()) {
            page(model, application.get(), form, checked.slotErrors(), checked.formErrors());
            return steps.invalid(STEP, form, go, VIEW, session, response, redirect);
        }
        edit.save(application.get().id(), STEP, a -> a.changeActivities(checked.activities()));
        DraftSession.saved(session, STEP);
        return steps.afterSave(STEP, go);
    }

    private String page(Model model, AccountApplication application, ActivitiesForm form,
                        Map<String, String> slotErrors, List<String> formErrors) {
        steps.prepare(model, STEP, application);
        List<ActivitiesForm.Choice> choices = form.choices(slotErrors);
        model.addAttribute("choices", choices);
        model.addAttribute("importerNumber", application.importerNumber().map(TradeIdentifier::display).orElse(null));
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("slotErrors", choices.stream().flatMap(c -> c.inputs().stream())
                .filter(i -> i.error() != null).toList());
        model.addAttribute("hasErrors", !formErrors.isEmpty() || !slotErrors.isEmpty());
        return VIEW;
    }
}
