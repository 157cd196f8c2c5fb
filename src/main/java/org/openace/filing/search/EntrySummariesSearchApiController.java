package org.openace.filing.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.ApiTokenAccepted;
import org.openace.account.ApiTokenPrincipal;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.ProblemErrors;
import org.openace.platform.web.RoleRequired;
import org.openace.privacy.PersonalDataVault;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/entry-summaries}: the entry search of the web page as JSON, with the same filters as query
 * parameters, a {@code limit} of 1 to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}) and an opaque cursor
 * ({@code after}, from the previous answer's {@code next}). For a signed-in trade user or officer (what the page
 * would show them) and for an API token (what its filer sub-account filed). An importer number is never a query
 * parameter: it is sent in the {@code Importer-Number} header, and one in the address is refused. Described in
 * {@code /api/openapi.yaml}; refused parameters get a problem document ({@code INVALID_SEARCH}, with every field
 * error).
 */
@RestController
@RequestMapping("/api/v1/entry-summaries")
class EntrySummariesSearchApiController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final String IMPORTER_HEADER = "Importer-Number";
    private static final Pattern LIMIT = Pattern.compile("[1-9]\\d{0,3}");

    private final EntrySearches searches;
    private final PersonalDataVault vault;

    EntrySummariesSearchApiController(EntrySearches searches, PersonalDataVault vault) {
        this.searches = searches;
        this.vault = vault;
    }

    @GetMapping
    @RoleRequired({"TRADE", "OFFICER"})
    ResponseEntity<?> searchSignedIn(@ModelAttribute EntrySearchForm form,
                                     @RequestHeader(name = IMPORTER_HEADER, required = false) @Nullable String importer,
                                     @RequestParam(name = "limit", required = false) @Nullable String limit,
                                     @RequestParam(name = "after", required = false) @Nullable String after,
                                     @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        return search(searches.audienceOf(user), form, importer, limit, after, request);
    }

    @GetMapping(headers = "Authorization")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW)
    ResponseEntity<?> searchWithToken(@ModelAttribute EntrySearchForm form,
                                      @RequestHeader(name = IMPORTER_HEADER, required = false) @Nullable String importer,
                                      @RequestParam(name = "limit", required = false) @Nullable String limit,
                                      @RequestParam(name = "after", required = false) @Nullable String after,
                                      @AuthenticationPrincipal ApiTokenPrincipal token, HttpServletRequest request) {
        return search(EntrySearches.audienceOf(token), form, importer, limit, after, request);
    }

    private ResponseEntity<?> search(EntryAudience audience, EntrySearchForm typed, @Nullable String importer,
                                     @Nullable String limit, @Nullable String after, HttpServletRequest request) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(typed, "search");
        if (request.getParameter("importer") != null) {
            errors.rejectValue("importer", "entries.importer.inAddress", "Send the importer number in the "
                    + IMPORTER_HEADER + " header: it is never sent in an address.");
        }
        EntrySearchForm form = new EntrySearchForm(typed.summaryFrom(), typed.summaryTo(), typed.entryFrom(),
                typed.entryTo(), typed.entryType(), typed.port(), importer, typed.filerCode(), typed.status(),
                typed.releaseStatus(), typed.hts(), typed.country(), typed.sort(), typed.liquidatingBefore());
        EntryFilter filter = form.toFilter(errors, n -> vault.digest(n.identifier()));
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            if (!LIMIT.matcher(limit.strip()).matches() || Integer.parseInt(limit.strip()) > MAX_LIMIT) {
                errors.reject("entries.limit", "limit: a number of entries from 1 to " + MAX_LIMIT);
            }
            else {
                size = Integer.parseInt(limit.strip());
            }
        }
        SearchCursor cursor = null;
        if (after != null && !errors.hasErrors()) {
            cursor = SearchCursor.decode(after.strip(), filter.sort()).orElse(null);
            if (cursor == null) {
                errors.reject("entries.cursor", "after: not a cursor of this search's order; take `next` from the "
                        + "previous answer, or leave it out for the first page");
            }
        }
        if (errors.hasErrors()) {
            return invalid(errors.getAllErrors());
        }
        EntrySearches.Page page = searches.page(audience, filter, cursor, size);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("entries", page.rows().stream().map(EntrySummariesSearchApiController::json).toList());
        answer.put("next", page.next() == null ? null : page.next().encoded());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    private static ResponseEntity<ProblemDetail> invalid(List<ObjectError> all) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                all.size() == 1 ? "One search parameter is refused." : all.size() + " search parameters are refused.");
        problem.setTitle("The search could not be run");
        problem.setProperty("code", "INVALID_SEARCH");
        problem.setProperty("errors", ProblemErrors.of(all));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, Object> json(EntryRow row) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("entryNumber", row.formatted());
        entry.put("entryType", row.entryType());
        entry.put("summaryDate", row.summaryDate().toString());
        entry.put("entryDate", row.entryDate().toString());
        entry.put("portOfEntry", row.port());
        entry.put("importer", row.importer());
        entry.put("filerCode", row.filerCode());
        entry.put("status", row.status());
        entry.put("releaseStatus", row.releaseStatus());
        entry.put("lines", row.lines());
        Map<String, String> totals = new LinkedHashMap<>();
        totals.put("enteredValue", EntryCsvWriter.money(row.enteredValue()));
        totals.put("duty", EntryCsvWriter.money(row.duty()));
        totals.put("tax", EntryCsvWriter.money(row.tax()));
        totals.put("fees", EntryCsvWriter.money(row.fees()));
        totals.put("other", EntryCsvWriter.money(row.other()));
        totals.put("amountDue", EntryCsvWriter.money(row.amountDue()));
        entry.put("totals", totals);
        return entry;
    }
}
