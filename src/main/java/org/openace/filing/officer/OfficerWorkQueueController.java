package org.openace.filing.officer;

import java.time.Clock;
import java.time.LocalDate;

import org.openace.platform.web.RoleRequired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The entries waiting for customs officers: held cargo, rejects past their deadline, this week's liquidations. */
@Controller
@RoleRequired("OFFICER")
class OfficerWorkQueueController {

    private final EntriesWaitingForOfficers waiting;
    private final Clock clock;

    OfficerWorkQueueController(EntriesWaitingForOfficers waiting, Clock clock) {
        this.waiting = waiting;
        this.clock = clock;
    }

    @GetMapping("/officer/entries")
    String queue(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("navSection", "officer-entries");
        model.addAttribute("today", today);
        model.addAttribute("held", waiting.held());
        model.addAttribute("rejects", waiting.rejectsOverdue(today));
        model.addAttribute("liquidating", waiting.liquidatingThisWeek(today));
        model.addAttribute("limit", EntriesWaitingForOfficers.LIMIT);
        return "filing/officer/queue";
    }
}
