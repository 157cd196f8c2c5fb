package org.openace.reports.trend;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openace.analytics.AnalyticsReads;
import org.openace.analytics.AnalyticsUnavailableException;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.ChartTable;
import org.openace.platform.web.RoleRequired;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A trade user's trends page: their imports by month and the largest chapters, countries, ports and importers. */
@Controller
class TradeTrendsController {

    private final TradeTrends trends;
    private final AnalyticsReads reads;
    private final Clock clock;

    TradeTrendsController(TradeTrends trends, AnalyticsReads reads, Clock clock) {
        this.trends = trends;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/reports/trends")
    @RoleRequired("TRADE")
    String trends(@AuthenticationPrincipal CurrentUser user, Model model)
            throws SQLException, IOException {
        model.addAttribute("navSection", "reports");
        try {
            Optional<List<ChartTable>> charts = trends.of(user.id(), LocalDate.now(clock));
            model.addAttribute("charts", charts.orElse(List.of()));
            model.addAttribute("noRight", charts.isEmpty());
            model.addAttribute("asOf", reads.appliedAt());
            model.addAttribute("filling", reads.isFilling());
        }
        catch (AnalyticsUnavailableException e) {
            model.addAttribute("unavailable", true);
        }
        return "reports/trends";
    }
}
