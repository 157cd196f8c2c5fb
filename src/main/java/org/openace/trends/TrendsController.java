package org.openace.trends;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.openace.agency.AgencyAgreement;
import org.openace.agency.PartnerAgencies;
import org.openace.analytics.AnalyticsUnavailableException;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.platform.web.RoleRequired;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * "National trends" ({@code /trends}): the filters, the totals and the tables with their charts. Customs officers see
 * everything and drill from a month to its entries; partner agency users see only their agency's agreement, and a
 * partner agency user of no agency is told so. Where this node keeps no analytics store the page says that reports
 * are not available here (a page that says so, not a server error).
 */
@Controller
@RoleRequired({"OFFICER", "PGA"})
class TrendsController {

    private static final String VIEW = "trends/trends";

    private final TrendAnalysis analysis;
    private final PartnerAgencies agencies;
    private final Clock clock;

    TrendsController(TrendAnalysis analysis, PartnerAgencies agencies, Clock clock) {
        this.analysis = analysis;
        this.agencies = agencies;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "trends";
    }

    @GetMapping("/trends")
    String trends(TrendForm form, @AuthenticationPrincipal CurrentUser user, Model model,
                  HttpServletResponse response) {
        model.addAttribute("form", form);
        boolean officer = user.hasRole(Role.OFFICER);
        TrendScope scope = TrendScope.national();
        if (!officer) {
            Optional<AgencyAgreement> agreement = agencies.agreementOf(user.id());
            if (agreement.isEmpty()) {
                analysis.refusedWithoutAgency();
                model.addAttribute("noAgency", true);
                return VIEW;
            }
            scope = TrendScope.within(agreement.get());
            model.addAttribute("agreement", agreement.get());
        }
        try {
            YearMonth thisMonth = YearMonth.now(clock);
            TrendForm.Checked checked = form.check(analysis.latestMonth(scope, thisMonth), thisMonth,
                    scope.agreement());
            if (checked.filter() == null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("errors", checked.errors());
                return VIEW;
            }
            TrendReport report = analysis.run(user, checked.filter(), scope);
            model.addAttribute("filter", checked.filter());
            model.addAttribute("report", report);
            model.addAttribute("charts", TrendPage.tables(report, officer));
            model.addAttribute("entryTypes", TrendPage.entryTypes(report));
            model.addAttribute("upHref", checked.filter().hts() == null ? null : TrendPage.pageHref(
                    checked.filter().withHts(checked.filter().htsDigits() == 2 ? null
                            : checked.filter().hts().substring(0, checked.filter().htsDigits() - 2))));
            return VIEW;
        } catch (AnalyticsUnavailableException e) {
            model.addAttribute("unavailable", true);
            return VIEW;
        }
    }
}
