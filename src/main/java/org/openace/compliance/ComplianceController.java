package org.openace.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.openace.filing.DailyOperations;
import org.openace.filing.EntriesNeedingAction;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.ChartTable;
import org.openace.platform.web.RoleRequired;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A trade user's compliance view ({@code /compliance}: the tiles, the AD/CVD exposure, members near the inactivity
 * limit, the chart over time) and daily operations ({@code /compliance/operations}). Both read only what the user's
 * rights reach; a user with no rights sees zeros, never another account's figures.
 */
@Controller
@RoleRequired("TRADE")
class ComplianceController {

    private final ComplianceViews views;
    private final ComplianceSnapshots snapshots;
    private final EntriesNeedingAction entries;
    private final ComplianceProperties properties;
    private final Clock clock;

    ComplianceController(ComplianceViews views, ComplianceSnapshots snapshots, EntriesNeedingAction entries,
                         ComplianceProperties properties, Clock clock) {
        this.views = views;
        this.snapshots = snapshots;
        this.entries = entries;
        this.properties = properties;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "compliance";
    }

    @GetMapping("/compliance")
    String view(@AuthenticationPrincipal CurrentUser user, Model model) {
        ComplianceView view = views.of(user.id());
        model.addAttribute("view", view);
        List<ComplianceSnapshot> history = snapshots.between(user.id(),
                view.today().minusDays(properties.chartDays() - 1L), view.today());
        model.addAttribute("chart", chart(history, properties.chartDays()));
        return "compliance/compliance";
    }

    @GetMapping("/compliance/operations")
    String operations(@AuthenticationPrincipal CurrentUser user, Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DailyOperations operations = entries.operations(user.id(), today);
        model.addAttribute("operations", operations);
        return "compliance/operations";
    }

    /** The snapshots as a line chart of what needed action each day, with every figure in the table. */
    static ChartTable chart(List<ComplianceSnapshot> history, int days) {
        List<ChartTable.Row> rows = new ArrayList<>();
        for (ComplianceSnapshot s : history) {
            rows.add(new ChartTable.Row(s.day().toString(), null, List.of(
                    ChartTable.Cell.count(s.needingAction()), ChartTable.Cell.count(s.formsOverdue()),
                    ChartTable.Cell.count(s.formsDueSoon()), ChartTable.Cell.count(s.rejected()),
                    ChartTable.Cell.count(s.held()), ChartTable.Cell.count(s.liquidating()),
                    ChartTable.Cell.count(s.protestsPending()), ChartTable.Cell.money(s.adCvdDeposits())),
                    null, null));
        }
        return new ChartTable("compliance-over-time", "line", "Over time",
                "Your figures at the end of each day of the last " + days + " days (a day you had no trade account"
                        + " rights or the portal took no snapshot is missing)",
                "Things needing your action each day: answers overdue and due, rejected entries and holds",
                List.of("Day", "Needing action", "Answers overdue", "Answers due within 7 days", "Rejected",
                        "Held", "Liquidating within 30 days", "Protests pending", "AD/CVD deposits (USD)"),
                1, null, rows);
    }
}
