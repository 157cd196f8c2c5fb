package org.openace.filing.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.ReleaseStatus;
import org.openace.identity.CurrentUser;
import org.openace.privacy.PersonalDataVault;
import org.openace.reference.ImporterNumber;
import org.openace.platform.web.RoleRequired;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Entries" ({@code /entries}): the search form and a page of results ({@value #PAGE_SIZE} rows, keyset paging with
 * a "next page" link), for trade users over what they may see and for customs officers over everything; exports of
 * the whole search as CSV or XLSX.
 * <p>
 * A search without an importer number may be a plain address ({@code /entries?port=0101&status=REJECTED}, as the
 * home page links). The form is sent with POST: the search is kept in the session
 * ({@link SavedEntrySearches}) and the browser is sent to {@code /entries?search=<id>}, so that an importer number
 * (which may be a Social Security number) is never in an address; one typed into an address is refused.
 */
@Controller
@RequestMapping("/entries")
@RoleRequired({"TRADE", "OFFICER"})
class EntrySearchController {

    static final int PAGE_SIZE = 50;
    private static final String VIEW = "filing/entries";

    private final EntrySearches searches;
    private final EntryExport export;
    private final PersonalDataVault vault;

    EntrySearchController(EntrySearches searches, EntryExport export, PersonalDataVault vault) {
        this.searches = searches;
        this.export = export;
        this.vault = vault;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "entries";
    }

    /** The search as the address names it: a kept search, or filters without an importer number. */
    private record Resolved(@Nullable EntryFilter filter, String query, @Nullable String importerShown,
                            EntrySearchForm shown) {
    }

    @GetMapping
    String search(@ModelAttribute("search") EntrySearchForm form, BindingResult errors,
                  @RequestParam(name = "search", required = false) @Nullable String searchId,
                  @RequestParam(name = "after", required = false) @Nullable String after,
                  @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
                  HttpServletResponse response) {
        Resolved resolved = resolve(form, errors, searchId, request.getSession(false));
        choices(model, resolved);
        SearchCursor cursor = null;
        if (resolved.filter() != null && after != null) {
            cursor = SearchCursor.decode(after, resolved.filter().sort()).orElse(null);
            if (cursor == null) {
                errors.reject("entries.cursor", "That page of results is not available: start again from the first page.");
            }
        }
        if (errors.hasErrors() || resolved.filter() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        EntrySearches.Page page = searches.page(searches.audienceOf(user), resolved.filter(), cursor, PAGE_SIZE);
        String base = "/entries" + (resolved.query().isEmpty() ? "" : "?" + resolved.query());
        String join = resolved.query().isEmpty() ? "?" : "&";
        model.addAttribute("rows", page.rows());
        model.addAttribute("laterPage", after != null);
        model.addAttribute("firstHref", base);
        model.addAttribute("nextHref", page.next() == null ? null : base + join + "after=" + page.next().encoded());
        model.addAttribute("csvHref", "/entries/export" + "?" + resolved.query() + (resolved.query().isEmpty() ? "" : "&")
                + "format=csv");
        model.addAttribute("xlsxHref", "/entries/export" + "?" + resolved.query() + (resolved.query().isEmpty() ? "" : "&")
                + "format=xlsx");
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Push-Url", request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        return VIEW;
    }

    @PostMapping
    String send(@ModelAttribute("search") EntrySearchForm form, BindingResult errors, HttpServletRequest request,
                Model model, HttpServletResponse response) {
        EntryFilter filter = form.toFilter(errors, n -> vault.digest(n.identifier()));
        if (errors.hasErrors()) {
            choices(model, new Resolved(null, "", null, form));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        String importerShown = form.hasImporter()
                ? ImporterNumber.parse(form.importer().strip()).map(ImporterNumber::display).orElse(null) : null;
        String id = SavedEntrySearches.save(request.getSession(),
                new SavedEntrySearches.Saved(filter, form.withoutImporter(), importerShown));
        return "redirect:/entries?search=" + id;
    }

    /** The whole search as a file: {@code format=csv} or {@code format=xlsx}; refused filters show the form (400). */
    @GetMapping("/export")
    @Nullable String export(@ModelAttribute("search") EntrySearchForm form, BindingResult errors,
                            @RequestParam(name = "search", required = false) @Nullable String searchId,
                            @RequestParam(name = "format", required = false) @Nullable String format,
                            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
                            HttpServletResponse response) throws IOException {
        Resolved resolved = resolve(form, errors, searchId, request.getSession(false));
        EntryExportFormat type = format == null ? null : EntryExportFormat.ofExtension(format).orElse(null);
        if (type == null) {
            errors.reject("entries.export.format", "Choose CSV or XLSX for the download.");
        }
        if (errors.hasErrors() || resolved.filter() == null || type == null) {
            choices(model, resolved);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        export.write(searches.audienceOf(user), resolved.filter(), type, response);
        return null;
    }

    private Resolved resolve(EntrySearchForm form, BindingResult errors, @Nullable String searchId,
                             @Nullable HttpSession session) {
        if (searchId != null) {
            var saved = SavedEntrySearches.find(session, searchId);
            if (saved.isEmpty()) {
                errors.reject("entries.search.expired",
                        "That search is no longer kept (searches last as long as you stay signed in): search again.");
                return new Resolved(null, "", null, form);
            }
            return new Resolved(saved.get().filter(), "search=" + searchId, saved.get().importerShown(),
                    saved.get().form());
        }
        if (form.hasImporter()) {
            errors.rejectValue("importer", "entries.importer.inAddress",
                    "Enter the importer number in the search form: it is never sent in a web address.");
            return new Resolved(null, "", null, form);
        }
        EntryFilter filter = form.toFilter(errors, n -> vault.digest(n.identifier()));
        return new Resolved(errors.hasErrors() ? null : filter, queryOf(form), null, form);
    }

    /**
     * The lists of the form, and the form as the search is (a kept search's filters). The bound form (with its
     * errors) stays when it is the one shown: replacing it would drop the errors.
     */
    private static void choices(Model model, Resolved resolved) {
        if (model.getAttribute("search") != resolved.shown()) {
            model.addAttribute("search", resolved.shown());
        }
        model.addAttribute("importerShown", resolved.importerShown());
        model.addAttribute("statuses", EntrySummaryStatus.values());
        model.addAttribute("releaseStatuses", ReleaseStatus.values());
        model.addAttribute("sorts", EntrySort.values());
    }

    /** The filters as a query string (the importer number is never one of them). */
    static String queryOf(EntrySearchForm form) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("summaryFrom", form.summaryFrom());
        fields.put("summaryTo", form.summaryTo());
        fields.put("entryFrom", form.entryFrom());
        fields.put("entryTo", form.entryTo());
        fields.put("entryType", form.entryType());
        fields.put("port", form.port());
        fields.put("filerCode", form.filerCode());
        fields.put("status", form.status());
        fields.put("releaseStatus", form.releaseStatus());
        fields.put("hts", form.hts());
        fields.put("country", form.country());
        fields.put("sort", form.sort());
        fields.put("liquidatingBefore", form.liquidatingBefore());
        StringJoiner query = new StringJoiner("&");
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
