package org.openace.reports.catalog;

import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.reports.run.ReportRuns;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reports page: the catalog of standard reports, and the user's latest runs. */
@Controller
class ReportCatalogController {

    private final ReportCatalog catalog;
    private final ReportRuns runs;

    ReportCatalogController(ReportCatalog catalog, ReportRuns runs) {
        this.catalog = catalog;
        this.runs = runs;
    }

    @GetMapping("/reports")
    @RoleRequired({"TRADE", "OFFICER"})
    String catalog(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("reports", catalog.all());
        model.addAttribute("recent", runs.ofOwner(user.id(), null, 5));
        model.addAttribute("navSection", "reports");
        return "reports/catalog";
    }
}
