package org.openace.onboarding;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.platform.web.PublicEndpoint;
import org.openace.privacy.TaxIdentifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Step 4: the company's tax identifier (EIN with suffix, Social Security number or customs-assigned number), which is
 * also the importer number of its importer sub-account. Stored encrypted; shown only masked once saved; never put
 * back into the page.
 */
@Controller
@RequestMapping("/apply/tax-identifier")
@PublicEndpoint
class TaxIdentifierStepController {

    private static final ApplicationStep STEP = ApplicationStep.TAX_IDENTIFIER;
    private static final String VIEW = "account/application/tax-identifier";

    private final DraftSteps steps;
    private final EditApplication edit;

    TaxIdentifierStepController(DraftSteps steps, EditApplication edit) {
        this.steps = steps;
        this.edit = edit;
    }

    @GetMapping
    String show(HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        Optional<TaxIdentifierForm> unsaved = DraftSession.unsaved(session, STEP, TaxIdentifierForm.class);
        model.addAttribute("form", unsaved.orElseGet(() -> TaxIdentifierForm.of(application.get())));
        model.addAttribute("unsaved", unsaved.isPresent());
        return page(model, application.get());
    }

    @PostMapping
    String save(@ModelAttribute("form") TaxIdentifierForm form, BindingResult errors,
                @RequestParam(defaultValue = "next") String go, HttpSession session, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        Optional<TaxIdentifier> identifier = form.validate(errors, application.get().taxIdentifier());
        if (errors.hasErrors() || identifier.isEmpty()) {
            page(model, application.get());
            model.addAttribute("errorOrder", ErrorOrder.of(TaxIdentifierForm.class));
            return steps.invalid(STEP, form, go, VIEW, session, response, redirect);
        }
        edit.save(application.get().id(), STEP, a -> a.changeTaxIdentifier(identifier.get()));
        DraftSession.saved(session, STEP);
        return steps.afterSave(STEP, go);
    }

    private String page(Model model, AccountApplication application) {
        steps.prepare(model, STEP, application);
        model.addAttribute("kinds", TaxIdentifier.Kind.values());
        model.addAttribute("saved", application.taxIdentifier().map(TaxIdentifier::masked).orElse(null));
        model.addAttribute("savedKind", application.taxIdentifier().map(t -> t.kind().title()).orElse(null));
        return VIEW;
    }
}
