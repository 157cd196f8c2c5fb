package org.openace.audit.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.audit.ChainVerification;
import org.openace.platform.web.RoleRequired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit console of administrators ({@code /admin/audit}, which the security configuration keeps to the
 * ADMINISTRATOR role signed in with two factors): search the trail, page through what matches ({@value #PAGE_SIZE}
 * rows a page, newest first), export it as CSV, and check the chain.
 *
 * <p>Looking at the trail is audited in its turn. Every response that shows audit rows adds one: the console with
 * results (the first visit, each search and each page, since each shows different rows) adds
 * {@code AUDIT_TRAIL_SEARCHED} with the filters, the page and the number of matches, after the rows were read, so
 * it appears from the next search on; an export adds {@code AUDIT_EXPORTED} with the filters and the number of
 * rows written, once the last row is written (a FAILURE with the rows written so far if the export broke off).
 * Filters that are refused show no rows and add nothing. The chain check adds {@code AUDIT_CHAIN_VERIFIED} (see
 * {@link AuditChainCheck}).
 */
@Controller
@RequestMapping("/admin/audit")
@RoleRequired("ADMINISTRATOR")
class AuditConsoleController {

    static final int PAGE_SIZE = 50;
    private static final String VIEW = "audit/console";
    private static final String PATH = "/admin/audit";
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9]\\d{0,8}");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AuditEvents events;
    private final AuditChainCheck chainCheck;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    AuditConsoleController(AuditEvents events, AuditChainCheck chainCheck, AuditTrail audit, JsonMapper json,
                           Clock clock) {
        this.events = events;
        this.chainCheck = chainCheck;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "audit";
    }

    @GetMapping
    String console(@ModelAttribute("search") AuditSearchForm search, BindingResult errors,
                   @RequestParam(name = "page", required = false) @Nullable String page, Model model,
                   HttpServletResponse response) {
        AuditFilter filter = search.toFilter(errors);
        int requested = pageNumber(page, errors);
        choices(model, search);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        long total = events.count(filter);
        int shown = Math.min(requested, AuditPagination.pageCount(total, PAGE_SIZE));
        String query = filter.queryString();
        model.addAttribute("events", events.page(filter, (long) (shown - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("pagination", AuditPagination.of(shown, total, PAGE_SIZE,
                number -> PATH + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + number));
        model.addAttribute("exportHref", PATH + "/export.csv" + (query.isEmpty() ? "" : "?" + query));
        audit.record(withFilters(AuditRecord.of("AUDIT_TRAIL_SEARCHED", AuditOutcome.SUCCESS), filter)
                .detail("page", shown).detail("matches", total));
        return VIEW;
    }

    /**
     * Streams the matching rows as CSV straight to the response. Returns null once the CSV is written, or the
     * console with the field errors (and 400) when the filters are refused.
     */
    @GetMapping("/export.csv")
    @Nullable String export(@ModelAttribute("search") AuditSearchForm search, BindingResult errors, Model model,
                            HttpServletResponse response) throws IOException {
        AuditFilter filter = search.toFilter(errors);
        if (errors.hasErrors()) {
            choices(model, search);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("audit-trail-" + FILE_TIME.format(clock.instant()) + ".csv").build().toString());
        // the output stream, not the servlet's writer, which would hide a client that went away
        AuditCsv csv = new AuditCsv(new BufferedWriter(new OutputStreamWriter(response.getOutputStream(),
                StandardCharsets.UTF_8), 8192), json);
        long[] written = {0};
        try {
            csv.header();
            events.forEach(filter, row -> {
                csv.row(row);
                written[0]++;
            });
            csv.flush();
        }
        catch (UncheckedIOException clientGone) {
            exportFailed(filter, written[0], "client-disconnected");
            return null;
        }
        catch (RuntimeException e) {
            exportFailed(filter, written[0], "error");
            throw e;
        }
        audit.record(withFilters(AuditRecord.of("AUDIT_EXPORTED", AuditOutcome.SUCCESS), filter)
                .detail("format", "csv").detail("rows", written[0]));
        return null;
    }

    private void exportFailed(AuditFilter filter, long written, String reason) {
        audit.record(withFilters(AuditRecord.of("AUDIT_EXPORTED", AuditOutcome.FAILURE), filter)
                .detail("format", "csv").detail("rows", written).detail("reason", reason));
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        ChainVerification result = chainCheck.run(null, "console");
        redirect.addFlashAttribute("verification", ChainCheckReport.of(result, clock.instant()));
        return "redirect:" + PATH;
    }

    /** The choices of the form's lists; an action typed by hand that the trail lacks stays selectable. */
    private void choices(Model model, AuditSearchForm search) {
        List<String> actions = new ArrayList<>(events.actions());
        if (search.action() != null && !search.action().isBlank() && !actions.contains(search.action())) {
            actions.add(search.action());
        }
        model.addAttribute("actions", actions);
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("maxLength", AuditSearchForm.MAX_LENGTH);
    }

    private static int pageNumber(@Nullable String page, BindingResult errors) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        if (!PAGE_NUMBER.matcher(page.strip()).matches()) {
            errors.reject("audit.page", "There is no page with that number: pages are numbered from 1.");
            return 1;
        }
        return Integer.parseInt(page.strip());
    }

    private static AuditRecord.Builder withFilters(AuditRecord.Builder record, AuditFilter filter) {
        for (Map.Entry<String, String> set : filter.parameters().entrySet()) {
            record.detail(set.getKey(), set.getValue());
        }
        return record;
    }
}
