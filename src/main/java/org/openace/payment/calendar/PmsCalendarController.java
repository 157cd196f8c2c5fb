package org.openace.payment.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.platform.web.RoleRequired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PMS calendar page: a year's preliminary and payment dates, for the years around this one whose holidays are on
 * file; a year asked for without them is said to have none, with the reason.
 */
@Controller
@RoleRequired({"TRADE", "OFFICER"})
class PmsCalendarController {

    /** Years either side of this one offered in the choice of year. */
    static final int YEARS_AROUND = 3;

    private final PmsCalendar calendar;
    private final Clock clock;

    PmsCalendarController(PmsCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "payments";
    }

    @GetMapping("/payments/pms-calendar")
    String show(@RequestParam(required = false) @Nullable String year, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int shown = thisYear;
        if (year != null && !year.isBlank()) {
            if (!year.strip().matches("[0-9]{4}")) {
                model.addAttribute("yearError", "Give a year as four digits, for example " + thisYear + ".");
            }
            else {
                shown = Integer.parseInt(year.strip());
            }
        }
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear - YEARS_AROUND; y <= thisYear + YEARS_AROUND; y++) {
            if (calendar.holidaysOnFile(y)) {
                years.add(y);
            }
        }
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("months", calendar.year(shown).orElse(null));
        return "payment/pms-calendar";
    }
}
