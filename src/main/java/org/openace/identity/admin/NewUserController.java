package org.openace.identity.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.openace.identity.Role;
import org.openace.identity.recovery.RecoveryProperties;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create users; each new user is e-mailed a link to set their first password. */
@Controller
@RequestMapping("/admin/users/new")
@RoleRequired("ADMINISTRATOR")
class NewUserController {

    private final CreateUser createUser;
    private final RecoveryProperties recovery;

    NewUserController(CreateUser createUser, RecoveryProperties recovery) {
        this.createUser = createUser;
        this.recovery = recovery;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "displayName", "email", "roles");
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "users";
    }

    @ModelAttribute("roleChoices")
    List<UserDetailController.RoleChoice> roleChoices() {
        return Arrays.stream(Role.values()).map(r -> new UserDetailController.RoleChoice(r.name(), r.title(), false))
                .toList();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new NewUserForm());
        return "identity/admin/user-new";
    }

    @PostMapping
    String create(@ModelAttribute("form") NewUserForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Optional<NewUserForm.Valid> valid = form.validate(errors);
        if (valid.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/admin/user-new";
        }
        NewUserForm.Valid user = valid.get();
        CreateUser.Result result = createUser.create(user.username(), user.displayName(), user.email(), user.roles());
        return switch (result) {
            case CreateUser.Result.Created created -> {
                redirect.addFlashAttribute("success", UserMessage.of("identity.user.created",
                        created.user().username(), created.user().email().value(),
                        String.valueOf(recovery.firstPasswordValidity().toHours())));
                yield "redirect:/admin/users/" + created.user().id();
            }
            case CreateUser.Result.UsernameTaken taken -> {
                errors.rejectValue("username", "taken", "That user ID is taken. Choose another.");
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                yield "identity/admin/user-new";
            }
        };
    }
}
