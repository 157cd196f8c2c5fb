package org.openace.reference.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.openace.reference.HtsLine;
import org.openace.reference.HtsNumber;
import org.openace.reference.HtsSchedule;
import org.openace.reference.ReferenceKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reference page for customs officers and administrators: what is loaded of each kind, by edition (rows,
 * effective date, file digest, when and by whom), and a look-up of an HTS number as in force on a date.
 */
@Controller
@RoleRequired({"OFFICER", "ADMINISTRATOR"})
class ReferenceController {

    private final LoadedEditions editions;
    private final HtsSchedule hts;
    private final Clock clock;

    ReferenceController(LoadedEditions editions, HtsSchedule hts, Clock clock) {
        this.editions = editions;
        this.hts = hts;
        this.clock = clock;
    }

    @GetMapping("/reference")
    String page(@RequestParam(name = "hts", required = false) @Nullable String number,
                @RequestParam(name = "date", required = false) @Nullable String date, Model model) {
        Map<ReferenceKind, List<LoadedEditions.Edition>> byKind = new LinkedHashMap<>();
        Arrays.stream(ReferenceKind.values()).forEach(kind -> byKind.put(kind, new java.util.ArrayList<>()));
        editions.all().forEach(edition -> byKind.get(edition.kind()).add(edition));
        model.addAttribute("navSection", "reference");
        model.addAttribute("editions", byKind);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("hts", number == null ? "" : number);
        model.addAttribute("date", date == null || date.isBlank() ? today.toString() : date);
        if (number == null) {
            return "reference/reference";
        }
        Optional<HtsNumber> parsed = HtsNumber.parse(number);
        LocalDate on;
        try {
            on = date == null || date.isBlank() ? today : LocalDate.parse(date.strip());
        }
        catch (DateTimeParseException e) {
            model.addAttribute("error", UserMessage.of("reference.lookup.bad-date"));
            return "reference/reference";
        }
        if (parsed.isEmpty()) {
            model.addAttribute("error", UserMessage.of("reference.lookup.bad-number"));
            return "reference/reference";
        }
        Optional<String> edition = hts.editionOn(on);
        if (edition.isEmpty()) {
            model.addAttribute("error", UserMessage.of("reference.lookup.no-edition", on.toString()));
            return "reference/reference";
        }
        Optional<HtsLine> line = hts.find(parsed.get(), on);
        if (line.isEmpty()) {
            model.addAttribute("error", UserMessage.of("reference.lookup.not-found", parsed.get().formatted(),
                    edition.get(), on.toString()));
            return "reference/reference";
        }
        model.addAttribute("line", line.get());
        model.addAttribute("headings", hts.headingsAbove(parsed.get(), on));
        model.addAttribute("on", on);
        return "reference/reference";
    }
}
