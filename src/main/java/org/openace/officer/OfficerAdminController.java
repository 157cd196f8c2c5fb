package org.openace.officer;

import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditActor;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Officers, ports and teams" for administrators ({@code /admin/officers}): every customs officer with the ports they work and
 * their team, and per officer a form to set them. A port that is not a code or not in Schedule D, or a team name that
 * is too long, is refused on its field (400) and nothing is changed.
 */
@Controller
@RequestMapping("/admin/officers")
@RoleRequired("ADMINISTRATOR")
class OfficerAdminController {

    private static final String LIST = "officer/officers";
    private static final String DETAIL = "officer/officer";

    private final OfficerRoster roster;
    private final SetOfficerPorts setting;

    OfficerAdminController(OfficerRoster roster, SetOfficerPorts setting) {
        this.roster = roster;
        this.setting = setting;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "officers";
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("officers", roster.all());
        return LIST;
    }

    @GetMapping("/{userId}")
    String show(@PathVariable String userId, Model model) {
        OfficerRoster.Entry officer = officer(userId);
        if (!model.containsAttribute("portsForm")) {
            model.addAttribute("portsForm", OfficerPortsForm.of(officer.officer()));
        }
        model.addAttribute("officer", officer);
        return DETAIL;
    }

    @PostMapping("/{userId}")
    String set(@PathVariable String userId, @ModelAttribute("portsForm") OfficerPortsForm form, BindingResult errors,
               @AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        OfficerRoster.Entry officer = officer(userId);
        OfficerPortsForm.Checked checked = form.check(errors);
        if (checked == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(userId, model);
        }
        SetOfficerPorts.Outcome outcome = setting.set(new UserId(officer.id()), checked.ports(), checked.team(),
                AuditActor.user(admin.userId(), admin.username()));
        switch (outcome) {
            case SetOfficerPorts.Outcome.Stored stored -> {
                redirect.addFlashAttribute("success", UserMessage.of("officer.ports.saved", officer.username()));
                return "redirect:/admin/officers";
            }
            case SetOfficerPorts.Outcome.Refused refused when refused.refusal() == SetOfficerPorts.Refusal.UNKNOWN_PORT -> {
                OfficerPortsForm.unknownPorts(refused.unknownPorts(), refused.noPortsLoaded(), errors);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return show(userId, model);
            }
            case SetOfficerPorts.Outcome.Refused refused -> throw new UnknownOfficerException();
        }
    }

    private OfficerRoster.Entry officer(String userId) {
        return roster.find(UnknownOfficerException.userId(userId)).orElseThrow(UnknownOfficerException::new);
    }
}
