package org.openace.onboarding;

import org.openace.platform.web.RoleRequired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The customs officers' queue of applications: waiting for a decision (oldest first), returned, approved. */
@Controller
@RoleRequired("OFFICER")
class ApplicationQueueController {

    static final int LIMIT = 100;

    private final AccountApplications applications;

    ApplicationQueueController(AccountApplications applications) {
        this.applications = applications;
    }

    @GetMapping("/officer/applications")
    String queue(Model model) {
        model.addAttribute("navSection", "applications");
        model.addAttribute("submitted", applications.submitted(LIMIT));
        model.addAttribute("returned", applications.returned(LIMIT));
        model.addAttribute("approved", applications.approved(LIMIT));
        model.addAttribute("limit", LIMIT);
        return "account/officer/applications";
    }
}
