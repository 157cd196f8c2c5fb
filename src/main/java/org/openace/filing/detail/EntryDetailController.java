package org.openace.filing.detail;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.DataAccess;
import org.openace.filing.EntryNumber;
import org.openace.filing.Form7501;
import org.openace.filing.Hold;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An entry's detail page (F4): the Form 7501 header with the importer number masked, the totals, the lines with
 * their ordinals, Chapter 99 numbers, AD/CVD and fees, the status with its dates, release and holds, the history,
 * and the versions, two of which it compares side by side. Reached by the importer's and the filer's users with
 * the right to view entries, by those they granted it to, and by customs officers; anyone else, and a number that
 * names no entry, gets 404.
 */
@Controller
class EntryDetailController {

    private final EntryDetails details;

    EntryDetailController(EntryDetails details) {
        this.details = details;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "entries";
    }

    @GetMapping("/entries/{entryNumber}")
    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "entry", id = "entryNumber",
            allForRoles = "OFFICER")
    String show(@PathVariable String entryNumber, Model model) {
        EntryNumber number = parsed(entryNumber);
        EntryDetails.Entry entry = details.find(number).orElseThrow(AccountDataNotFoundException::new);
        Form7501 form = entry.form();
        model.addAttribute("number", number.formatted());
        model.addAttribute("entry", entry);
        model.addAttribute("summary", entry.summary());
        model.addAttribute("form", form);
        model.addAttribute("importerDisplay", form.importerOfRecord().display());
        model.addAttribute("consigneeDisplay",
                form.ultimateConsignee() == null ? null : form.ultimateConsignee().display());
        model.addAttribute("totals", form.declaredTotals());
        model.addAttribute("openHolds", entry.summary().holds().stream().filter(Hold::isOpen).count());
        int versions = entry.versions().size();
        model.addAttribute("compareLeft", Math.max(1, versions - 1));
        model.addAttribute("compareRight", versions);
        return "filing/entry";
    }

    /** Two versions side by side; without choices, the one before the current and the current. */
    @GetMapping("/entries/{entryNumber}/versions")
    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "entry", id = "entryNumber",
            allForRoles = "OFFICER")
    String compare(@PathVariable String entryNumber, @RequestParam(required = false) @Nullable String left,
                   @RequestParam(required = false) @Nullable String right, Model model) {
        EntryNumber number = parsed(entryNumber);
        List<EntryDetails.VersionFiled> versions = details.versions(number);
        if (versions.isEmpty()) {
            throw new AccountDataNotFoundException();
        }
        int current = versions.getLast().version();
        Optional<Integer> l = version(left, Math.max(1, current - 1), current);
        Optional<Integer> r = version(right, current, current);
        model.addAttribute("number", number.formatted());
        model.addAttribute("versions", versions);
        if (l.isEmpty() || r.isEmpty()) {
            model.addAttribute("badChoice", true);
            model.addAttribute("left", Math.max(1, current - 1));
            model.addAttribute("right", current);
            model.addAttribute("comparison", null);
            return "filing/entry-versions";
        }
        Form7501 leftForm = details.version(number, l.get()).orElseThrow(AccountDataNotFoundException::new);
        Form7501 rightForm = details.version(number, r.get()).orElseThrow(AccountDataNotFoundException::new);
        model.addAttribute("badChoice", false);
        model.addAttribute("left", l.get());
        model.addAttribute("right", r.get());
        model.addAttribute("comparison", VersionComparison.of(l.get(), leftForm, r.get(), rightForm));
        return "filing/entry-versions";
    }

    /** The version chosen, or the default when none is; empty when the choice is not a version of the entry. */
    private static Optional<Integer> version(@Nullable String typed, int fallback, int current) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(fallback);
        }
        if (!typed.strip().matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int version = Integer.parseInt(typed.strip());
        return version >= 1 && version <= current ? Optional.of(version) : Optional.empty();
    }

    /** The access rule has read the number already: it is well formed here. */
    private static EntryNumber parsed(String entryNumber) {
        return EntryNumber.tryParse(entryNumber).orElseThrow(AccountDataNotFoundException::new);
    }
}
