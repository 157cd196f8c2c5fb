package org.openace.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.identity.UserId;
import org.openace.identity.factor.Passkeys;
import org.openace.identity.factor.RecoveryCodes;
import org.openace.identity.user.InactivityProperties;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserStatus;
import org.openace.platform.web.RoleRequired;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One user as administrators see it, and what they can do to it. */
@Controller
@RequestMapping("/admin/users/{id}")
@RoleRequired("ADMINISTRATOR")
class UserDetailController {

    /** The second factors a user has. */
    record Factors(boolean authenticatorApp, int passkeys, int recoveryCodes) {
    }

    /** A role checkbox. */
    record RoleChoice(String value, String title, boolean checked) {
    }

    private final PortalUsers users;
    private final Passkeys passkeys;
    private final RecoveryCodes recoveryCodes;
    private final InactivityProperties inactivity;
    private final UnlockUser unlockUser;
    private final DeactivateUser deactivateUser;
    private final ReactivateUser reactivateUser;
    private final SendPasswordLink sendPasswordLink;
    private final ResetSecondFactors resetSecondFactors;
    private final ChangeRoles changeRoles;
    private final Clock clock;

    UserDetailController(PortalUsers users, Passkeys passkeys, RecoveryCodes recoveryCodes,
                         InactivityProperties inactivity, UnlockUser unlockUser, DeactivateUser deactivateUser,
                         ReactivateUser reactivateUser, SendPasswordLink sendPasswordLink,
                         ResetSecondFactors resetSecondFactors, ChangeRoles changeRoles, Clock clock) {
        this.users = users;
        this.passkeys = passkeys;
        this.recoveryCodes = recoveryCodes;
        this.inactivity = inactivity;
        this.unlockUser = unlockUser;
        this.deactivateUser = deactivateUser;
        this.reactivateUser = reactivateUser;
        this.sendPasswordLink = sendPasswordLink;
        this.resetSecondFactors = resetSecondFactors;
        this.changeRoles = changeRoles;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "users";
    }

    @GetMapping
    String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser admin, Model model) {
        return page(UnknownUserException.parse(id), admin, model);
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable String id, @AuthenticationPrincipal CurrentUser admin, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        UserId user = UnknownUserException.parse(id);
        return answer(unlockUser.unlock(admin, user), user, admin, model, response, redirect, false);
    }

    @PostMapping("/deactivate")
    String deactivate(@PathVariable String id, @AuthenticationPrincipal CurrentUser admin, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        UserId user = UnknownUserException.parse(id);
        return answer(deactivateUser.deactivate(admin, user), user, admin, model, response, redirect, false);
    }

    @PostMapping("/reactivate")
    String reactivate(@PathVariable String id, @AuthenticationPrincipal CurrentUser admin, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        UserId user = UnknownUserException.parse(id);
        return answer(reactivateUser.reactivate(admin, user), user, admin, model, response, redirect, false);
    }

    @PostMapping("/password-link")
    String sendPasswordLink(@PathVariable String id, @AuthenticationPrincipal CurrentUser admin, Model model,
                            HttpServletResponse response, RedirectAttributes redirect) {
        UserId user = UnknownUserException.parse(id);
        return answer(sendPasswordLink.send(admin, user), user, admin, model, response, redirect, false);
    }

    @PostMapping("/second-factors/reset")
    String resetSecondFactors(@PathVariable String id, @AuthenticationPrincipal CurrentUser admin, Model model,
                              HttpServletResponse response, RedirectAttributes redirect) {
        UserId user = UnknownUserException.parse(id);
        return answer(resetSecondFactors.reset(admin, user), user, admin, model, response, redirect, false);
    }

    @PostMapping("/roles")
    String changeRoles(@PathVariable String id, @RequestParam(name = "roles", required = false) @Nullable List<String> roles,
                       @AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        UserId user = UnknownUserException.parse(id);
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String value : roles == null ? List.<String>of() : roles) {
            Role role = RoleChoices.parse(value);
            if (role == null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("rolesError", "Choose roles from the list.");
                return page(user, admin, model);
            }
            chosen.add(role);
        }
        return answer(changeRoles.change(admin, user, chosen), user, admin, model, response, redirect, true);
    }

    private String answer(ActionOutcome outcome, UserId user, CurrentUser admin, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, boolean aboutRoles) {
        if (outcome instanceof ActionOutcome.Refused refused) {
            response.setStatus(switch (refused.kind()) {
                case CONFLICT -> HttpServletResponse.SC_CONFLICT;
                case BAD_INPUT -> HttpServletResponse.SC_BAD_REQUEST;
                case UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            });
            model.addAttribute(aboutRoles ? "rolesError" : "error", refused.message());
            return page(user, admin, model);
        }
        redirect.addFlashAttribute("success", outcome.message());
        return "redirect:/admin/users/" + user;
    }

    private String page(UserId id, CurrentUser admin, Model model) {
        PortalUser user = users.findById(id).orElseThrow(UnknownUserException::new);
        Instant now = clock.instant();
        model.addAttribute("user", user);
        model.addAttribute("statusTag", StatusTag.of(user.status()));
        model.addAttribute("locked", user.isLockedAt(now));
        model.addAttribute("self", admin.id().equals(id));
        model.addAttribute("factors", new Factors(user.hasTotp(), passkeys.count(user.username()),
                recoveryCodes.remaining(id)));
        model.addAttribute("disabledAfter", user.status() == UserStatus.ACTIVE
                ? user.inactivityFrom().plus(inactivity.limit()) : null);
        model.addAttribute("inactivityDays", inactivity.limit().toDays());
        model.addAttribute("roleChoices", Arrays.stream(Role.values())
                .map(r -> new RoleChoice(r.name(), r.title(), user.roles().contains(r))).toList());
        return "identity/admin/user";
    }
}
