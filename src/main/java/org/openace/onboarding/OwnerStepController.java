package org.openace.onboarding;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.openace.identity.UserDirectory;
import org.openace.identity.Username;
import org.openace.platform.web.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Step 7: the account owner, who will sign in, and the user ID they want. User IDs are not secret, so a taken one is
 * said to be taken.
 */
@Controller
@RequestMapping("/apply/owner")
@PublicEndpoint
class OwnerStepController {

    private static final ApplicationStep STEP = ApplicationStep.OWNER;
    private static final String VIEW = "account/application/owner";

    private final DraftSteps steps;
    private final UserDirectory directory;

    OwnerStepController(DraftSteps steps, UserDirectory directory) {
        this.steps = steps;
        this.directory = directory;
    }

    @GetMapping
    String show(HttpSession session, Model model, RedirectAttributes redirect) {
        return steps.showForm(STEP, VIEW, OwnerForm.class, OwnerForm::of, session, model, redirect);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") OwnerForm form, BindingResult errors,
                @RequestParam(defaultValue = "next") String go, HttpSession session, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return steps.saveForm(STEP, VIEW, form, errors, checks -> check(form, checks), a -> a.changeOwner(form.owner()),
                go, session, model, response, redirect);
    }

    /** The form's own checks, then whether the user ID, if well formed, is taken already. */
    private void check(OwnerForm form, Errors errors) {
        form.check(errors);
        Optional<Username> username = Username.parse(form.username());
        if (!errors.hasFieldErrors("username") && username.isPresent()
                && directory.findByUsername(username.get()).isPresent()) {
            errors.rejectValue("username", "taken", "That user ID is taken, choose another");
        }
    }
}
