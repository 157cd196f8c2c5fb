package org.openace.agency.entries;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.agency.AgencyAgreement;
import org.openace.filing.AgencyEntries;
import org.openace.filing.EntryNumber;
import org.openace.filing.Hold;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Entries" for partner agency users ({@code /agency/entries}): the lines within their agency's agreement, entry by
 * entry, newest first, filtered by HTS number, port and dates; an entry opened to its covered lines and its holds;
 * a hold placed or lifted where the agency has hold authority. Anything outside the agreement (an entry without a
 * covered line, an HTS filter the agreement does not reach) is answered 404 "not within your agency's agreement",
 * the same whether the entry exists or not; a user of no agency is told so. The search answers in JSON too
 * ({@code /agency/entries/search.json}).
 */
@Controller
@RequestMapping("/agency/entries")
@RoleRequired("PGA")
class AgencyEntriesController {

    static final int PAGE_ENTRIES = 20;
    private static final String LIST = "agency/entries";
    private static final String ENTRY = "agency/entry";
    private static final String OUTSIDE = "agency/outside";

    private final AgencyEntryAccess access;

    AgencyEntriesController(AgencyEntryAccess access) {
        this.access = access;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "agency-entries";
    }

    @GetMapping
    String search(AgencySearchForm form, @AuthenticationPrincipal CurrentUser user, Model model,
                  HttpServletResponse response) {
        Optional<AgencyAgreement> agreement = access.agreementOf(user);
        if (agreement.isEmpty()) {
            return noAgency(model, response);
        }
        model.addAttribute("agreement", agreement.get());
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        switch (form.check()) {
            case AgencySearchForm.Checked.Invalid invalid -> {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("errors", Map.of(invalid.field(), invalid.message()));
                model.addAttribute("lines", List.of());
                return LIST;
            }
            case AgencySearchForm.Checked.Valid valid -> {
                String hts = valid.query().hts();
                if (hts != null && !agreement.get().overlaps(hts)) {
                    access.refusedHts(agreement.get(), hts);
                    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    model.addAttribute("errors", Map.of("hts", "HTS " + hts + " is not within your agency's "
                            + "agreement: search within " + String.join(", ", agreement.get().htsPrefixes())));
                    model.addAttribute("lines", List.of());
                    return LIST;
                }
                AgencyEntries.Page page = access.search(agreement.get(), valid.query(), PAGE_ENTRIES, user,
                        valid.filters());
                model.addAttribute("lines", page.lines());
                model.addAttribute("entries", page.lines().stream().map(AgencyEntries.CoveredLine::entryNumber)
                        .distinct().count());
                if (page.next() != null) {
                    Map<String, String> next = new LinkedHashMap<>(valid.filters());
                    next.put("after", page.next().token());
                    model.addAttribute("next", next);
                }
                return LIST;
            }
        }
    }

    /**
     * The same search as JSON ({@code /agency/entries/search.json}, the same filters): the covered lines, the importer's masked number only
     * where the agreement allows personal data, and the token of the next page; refusals as problem documents with a
     * code ({@code INVALID_FILTER} 400, {@code OUTSIDE_AGREEMENT} and {@code NO_AGENCY} 404). Disclosures and audit
     * as for the page.
     */
    @GetMapping(path = "/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> searchJson(AgencySearchForm form, @AuthenticationPrincipal CurrentUser user) {
        Optional<AgencyAgreement> agreement = access.agreementOf(user);
        if (agreement.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "NO_AGENCY", "You do not work for a partner agency.");
        }
        return switch (form.check()) {
            case AgencySearchForm.Checked.Invalid invalid ->
                    problem(HttpStatus.BAD_REQUEST, "INVALID_FILTER", invalid.field() + ": " + invalid.message());
            case AgencySearchForm.Checked.Valid valid -> {
                String hts = valid.query().hts();
                if (hts != null && !agreement.get().overlaps(hts)) {
                    access.refusedHts(agreement.get(), hts);
                    yield problem(HttpStatus.NOT_FOUND, "OUTSIDE_AGREEMENT",
                            "HTS " + hts + " is not within your agency's agreement.");
                }
                AgencyEntries.Page page = access.search(agreement.get(), valid.query(), PAGE_ENTRIES, user,
                        valid.filters());
                List<Map<String, Object>> lines = page.lines().stream().map(line -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("entryNumber", line.entryNumber().formatted());
                    row.put("summaryDate", line.summaryDate().toString());
                    row.put("entryDate", line.entryDate().toString());
                    row.put("port", line.port());
                    row.put("lineNumber", line.lineNumber());
                    row.put("htsNumber", line.htsNumber());
                    row.put("countryOfOrigin", line.countryOfOrigin());
                    row.put("enteredValue", line.enteredValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
                    if (agreement.get().personalDataAllowed() && line.importer() != null) {
                        row.put("importer", line.importer());
                    }
                    return row;
                }).toList();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("agency", agreement.get().agencyCode());
                body.put("lines", lines);
                body.put("next", page.next() == null ? null : page.next().token());
                yield ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
            }
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/{entryNumber}")
    String show(@PathVariable String entryNumber, @AuthenticationPrincipal CurrentUser user, Model model,
                HttpServletResponse response) {
        Optional<AgencyAgreement> agreement = access.agreementOf(user);
        if (agreement.isEmpty()) {
            return noAgency(model, response);
        }
        Optional<EntryNumber> number = EntryNumber.tryParse(entryNumber);
        Optional<AgencyEntries.CoveredEntry> entry = number.isEmpty() ? Optional.empty()
                : access.open(agreement.get(), number.get(), user);
        if (entry.isEmpty()) {
            if (number.isEmpty()) {
                access.refusedOutside(agreement.get(), null);
            }
            return outside(entryNumber, agreement.get(), model, response);
        }
        return entryPage(agreement.get(), entry.get(), null, null, model);
    }

    private static String entryPage(AgencyAgreement agreement, AgencyEntries.CoveredEntry entry,
                                    @Nullable String reason, @Nullable String reasonError, Model model) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("entry", entry);
        model.addAttribute("number", entry.entryNumber().formatted());
        List<Hold> ours = entry.holds().stream()
                .filter(h -> h.isOpen() && h.authority().equals(agreement.agencyCode())).toList();
        model.addAttribute("ownOpenHolds", ours);
        model.addAttribute("mayHold", agreement.holdAuthority() && !"RELEASED".equals(entry.releaseStatus()));
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("reasonError", reasonError);
        return ENTRY;
    }

    @PostMapping("/{entryNumber}/holds")
    String hold(@PathVariable String entryNumber, @RequestParam(required = false) @Nullable String reason,
                @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Optional<AgencyAgreement> agreement = access.agreementOf(user);
        if (agreement.isEmpty()) {
            return noAgency(model, response);
        }
        Optional<EntryNumber> number = EntryNumber.tryParse(entryNumber);
        if (number.isEmpty()) {
            access.refusedOutside(agreement.get(), null);
            return outside(entryNumber, agreement.get(), model, response);
        }
        AgencyEntries.HoldResult result = access.placeHold(agreement.get(), number.get(), reason, user);
        return answer(agreement.get(), number.get(), entryNumber, result, reason, "agency.hold.placed", user, model,
                response, redirect);
    }

    @PostMapping("/{entryNumber}/holds/{holdNumber}/lift")
    String lift(@PathVariable String entryNumber, @PathVariable String holdNumber,
                @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Optional<AgencyAgreement> agreement = access.agreementOf(user);
        if (agreement.isEmpty()) {
            return noAgency(model, response);
        }
        Optional<EntryNumber> number = EntryNumber.tryParse(entryNumber);
        if (number.isEmpty() || !holdNumber.matches("[1-9][0-9]{0,2}")) {
            access.refusedOutside(agreement.get(), number.orElse(null));
            return outside(entryNumber, agreement.get(), model, response);
        }
        AgencyEntries.HoldResult result = access.liftHold(agreement.get(), number.get(),
                Integer.parseInt(holdNumber), user);
        return answer(agreement.get(), number.get(), entryNumber, result, null, "agency.hold.lifted", user, model,
                response, redirect);
    }

    private String answer(AgencyAgreement agreement, EntryNumber number, String typed, AgencyEntries.HoldResult result,
                          @Nullable String reason, String successKey, CurrentUser user, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        String page = "redirect:/agency/entries/" + number.formatted();
        return switch (result) {
            case AgencyEntries.HoldResult.Done done -> {
                redirect.addFlashAttribute("success", UserMessage.of(successKey, String.valueOf(done.holdNumber()),
                        number.formatted()));
                yield page;
            }
            case AgencyEntries.HoldResult.NotCovered notCovered -> outside(typed, agreement, model, response);
            case AgencyEntries.HoldResult.NotTheAgencys notTheirs -> {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                model.addAttribute("error", UserMessage.of(agreement.holdAuthority()
                        ? "agency.hold.not-ours" : "agency.hold.no-authority", agreement.agencyCode()));
                yield reshown(agreement, number, typed, reason, null, user, model, response);
            }
            case AgencyEntries.HoldResult.BadReason bad -> {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                yield reshown(agreement, number, typed, reason, bad.message(), user, model, response);
            }
            case AgencyEntries.HoldResult.Refused refused -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("error", UserMessage.of("filing.officer.move-refused", refused.reason()));
                yield reshown(agreement, number, typed, reason, null, user, model, response);
            }
        };
    }

    private String reshown(AgencyAgreement agreement, EntryNumber number, String typed, @Nullable String reason,
                           @Nullable String reasonError, CurrentUser user, Model model, HttpServletResponse response) {
        int status = response.getStatus();
        Optional<AgencyEntries.CoveredEntry> entry = access.open(agreement, number, user);
        if (entry.isEmpty()) {
            return outside(typed, agreement, model, response);
        }
        response.setStatus(status);
        return entryPage(agreement, entry.get(), reason, reasonError, model);
    }

    private static String outside(String typed, AgencyAgreement agreement, Model model,
                                  HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("asked", typed.length() > 20 ? typed.substring(0, 20) + "…" : typed);
        model.addAttribute("agreement", agreement);
        return OUTSIDE;
    }

    private static String noAgency(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("noAgency", true);
        model.addAttribute("asked", "");
        return OUTSIDE;
    }
}
