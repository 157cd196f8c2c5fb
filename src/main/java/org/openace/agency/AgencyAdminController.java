package org.openace.agency;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.openace.identity.Username;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Partner agencies" for administrators ({@code /admin/agencies}): the agencies with what their agreements cover,
 * recording a new one, and per agency its name and agreement, its members, assigning a partner agency user by user ID
 * and taking one off.
 */
@Controller
@RequestMapping("/admin/agencies")
@RoleRequired("ADMINISTRATOR")
class AgencyAdminController {

    private static final String LIST = "agency/agencies";
    private static final String DETAIL = "agency/agency";

    private final Agencies agencies;
    private final AgencyAdministration administration;

    AgencyAdminController(Agencies agencies, AgencyAdministration administration) {
        this.agencies = agencies;
        this.administration = administration;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "agencies";
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("agencyForm")) {
            model.addAttribute("agencyForm", AgencyForm.empty());
        }
        model.addAttribute("agencies", agencies.all());
        return LIST;
    }

    @PostMapping
    String create(@ModelAttribute("agencyForm") AgencyForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AgencyForm.Checked checked = form.check(true, errors);
        if (checked != null && !administration.create(checked.code(), checked.name(), checked.terms(), admin.id())) {
            errors.rejectValue("code", "agency.code.taken", "An agency with the code " + checked.code()
                    + " is already recorded.");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return list(model);
        }
        if (checked == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(model);
        }
        redirect.addFlashAttribute("success", UserMessage.of("agency.created", checked.code()));
        return "redirect:/admin/agencies/" + checked.code();
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        Agency agency = agency(code);
        if (!model.containsAttribute("agencyForm")) {
            model.addAttribute("agencyForm", AgencyForm.of(agency));
        }
        model.addAttribute("agency", agency);
        model.addAttribute("members", agencies.members(agency.id()));
        return DETAIL;
    }

    @PostMapping("/{code}")
    String change(@PathVariable String code, @ModelAttribute("agencyForm") AgencyForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Agency agency = agency(code);
        AgencyForm.Checked checked = form.check(false, errors);
        if (checked == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(code, model);
        }
        administration.change(agency, checked.name(), checked.terms(), admin.id());
        redirect.addFlashAttribute("success", UserMessage.of("agency.agreement.changed", agency.code()));
        return "redirect:/admin/agencies/" + agency.code();
    }

    @PostMapping("/{code}/members")
    String assign(@PathVariable String code, @RequestParam(name = "username", required = false) @Nullable String typed,
                  @AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Agency agency = agency(code);
        Optional<Username> username = Username.parse(typed == null ? "" : typed.strip());
        if (username.isEmpty()) {
            return refused(code, model, response, UserMessage.of("agency.member.user-id"));
        }
        AgencyAdministration.Assignment assignment = administration.assign(agency, username.get(), admin.id());
        if (assignment.refusal().isPresent()) {
            String who = username.get().value();
            return refused(code, model, response, switch (assignment.refusal().get()) {
                case NO_SUCH_USER -> UserMessage.of("agency.member.unknown", who);
                case NOT_PARTNER_AGENCY_USER -> UserMessage.of("agency.member.not-pga", who);
                case IN_THIS_AGENCY -> UserMessage.of("agency.member.already", who, agency.code());
                case IN_ANOTHER_AGENCY -> UserMessage.of("agency.member.other-agency", who, assignment.otherAgency());
            });
        }
        redirect.addFlashAttribute("success", UserMessage.of("agency.member.assigned", username.get().value(),
                agency.code()));
        return "redirect:/admin/agencies/" + agency.code();
    }

    @PostMapping("/{code}/members/{userId}/remove")
    String remove(@PathVariable String code, @PathVariable String userId, RedirectAttributes redirect) {
        Agency agency = agency(code);
        UserId user = new UserId(UnknownAgencyException.userId(userId));
        if (administration.remove(agency, user)) {
            redirect.addFlashAttribute("success", UserMessage.of("agency.member.removed", agency.code()));
        } else {
            redirect.addFlashAttribute("error", UserMessage.of("agency.member.not-member", agency.code()));
        }
        return "redirect:/admin/agencies/" + agency.code();
    }

    private String refused(String code, Model model, HttpServletResponse response,
                           org.springframework.context.MessageSourceResolvable message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", message);
        return show(code, model);
    }

    private Agency agency(String code) {
        return agencies.find(UnknownAgencyException.code(code)).orElseThrow(UnknownAgencyException::new);
    }
}
