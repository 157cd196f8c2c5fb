package org.openace.agency.entries;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.AgencyEntries;
import org.openace.platform.web.RoleRequired;
import org.openace.privacy.Disclosure;
import org.openace.privacy.DisclosureAccounting;
import org.openace.reference.ImporterNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Accounting of disclosures" for customs officers ({@code /officer/disclosures}): an importer number typed, every
 * release of that importer's records to partner agencies, newest first (date, agency, purpose with what was shown,
 * legal basis). The number may be an IRS or Social Security number: it is sent by POST only, never in an address,
 * shown masked, and looked up by its keyed digest; each look is audited without it.
 */
@Controller
@RequestMapping("/officer/disclosures")
@RoleRequired("OFFICER")
class DisclosureAccountingController {

    private static final String VIEW = "agency/disclosures";

    private final AgencyEntries entries;
    private final DisclosureAccounting accounting;
    private final AuditTrail audit;

    DisclosureAccountingController(AgencyEntries entries, DisclosureAccounting accounting, AuditTrail audit) {
        this.entries = entries;
        this.accounting = accounting;
        this.audit = audit;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "officer-disclosures";
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("importerError", null);
        model.addAttribute("shownImporter", null);
        model.addAttribute("disclosures", List.of());
        return VIEW;
    }

    @PostMapping
    String look(@RequestParam(name = "importer", required = false) @Nullable String typed, Model model,
                HttpServletResponse response) {
        String value = typed == null ? "" : typed.strip();
        Optional<ImporterNumber> importer = value.isEmpty() || value.length() > 20 ? Optional.empty()
                : ImporterNumber.parse(value);
        if (importer.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("importerError", "Enter the importer number as an IRS number with suffix "
                    + "(12-3456789AB), a Social Security number or a customs-assigned number");
            model.addAttribute("shownImporter", null);
            model.addAttribute("disclosures", List.of());
            return VIEW;
        }
        String subject = entries.importerSubject(importer.get());
        List<Disclosure> disclosures = accounting.of(AgencyEntryAccess.SUBJECT_TYPE, subject);
        audit.record(AuditRecord.of("DISCLOSURES_VIEWED", AuditOutcome.SUCCESS)
                .object(AgencyEntryAccess.SUBJECT_TYPE, subject).detail("disclosures",
                        String.valueOf(disclosures.size())));
        model.addAttribute("importerError", null);
        model.addAttribute("shownImporter", importer.get().display());
        model.addAttribute("disclosures", disclosures);
        return VIEW;
    }
}
