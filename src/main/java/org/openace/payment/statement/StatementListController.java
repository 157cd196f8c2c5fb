package org.openace.payment.statement;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountDataNotFoundException;
import org.openace.audit.AuditActor;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The statements a user may see (M2), newest first, {@value #PAGE_SIZE} a page: officers every statement, trade users
 * those of the filer codes their payments rights reach; filtered by statement date and status, and downloadable as
 * CSV or XLSX as filtered (all of them, read a thousand at a time). A filter that cannot be read is shown on the form (400), never guessed.
 */
@Controller
@RoleRequired({"TRADE", "OFFICER"})
class StatementListController {

    static final int PAGE_SIZE = 50;
    static final List<String> COLUMNS = List.of("Statement Number", "Statement Type", "Filer Code", "Statement Date",
            "Status", "Entries", "Duty", "Tax", "Fees", "Other", "Total");

    private final Statements statements;
    private final StatementDownloads downloads;

    StatementListController(Statements statements, StatementDownloads downloads) {
        this.statements = statements;
        this.downloads = downloads;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "payments";
    }

    @GetMapping("/payments/statements")
    String list(@RequestParam(required = false) @Nullable String from,
                @RequestParam(required = false) @Nullable String to,
                @RequestParam(required = false) @Nullable String status,
                @RequestParam(required = false) @Nullable String page,
                @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Statements.Filter filter = filter(from, to, status, errors);
        int pageNumber = 1;
        if (page != null && !page.isBlank()) {
            if (!page.strip().matches("[0-9]{1,6}") || Integer.parseInt(page.strip()) < 1) {
                errors.put("page", "That page is not available: start again from the first page.");
            }
            else {
                pageNumber = Integer.parseInt(page.strip());
            }
        }
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("statuses", StatementStatus.values());
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rows", List.of());
            return "payment/statements";
        }
        List<Statement> rows = statements.list(statements.audienceOf(user), filter, (pageNumber - 1) * PAGE_SIZE,
                PAGE_SIZE + 1);
        String query = query(from, to, status);
        model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("previousHref", pageNumber > 1 ? "/payments/statements" + query(query, pageNumber - 1) : null);
        model.addAttribute("nextHref", rows.size() > PAGE_SIZE ? "/payments/statements" + query(query, pageNumber + 1)
                : null);
        model.addAttribute("csvHref", "/payments/statements/export/csv" + query);
        model.addAttribute("xlsxHref", "/payments/statements/export/xlsx" + query);
        model.addAttribute("pageNumber", pageNumber);
        return "payment/statements";
    }

    @GetMapping("/payments/statements/export/{format}")
    @Nullable String export(@PathVariable String format,
                            @RequestParam(required = false) @Nullable String from,
                            @RequestParam(required = false) @Nullable String to,
                            @RequestParam(required = false) @Nullable String status,
                            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response)
            throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        Statements.Filter filter = filter(from, to, status, errors);
        StatementSheet.Format chosen = StatementSheet.Format.of(format)
                .orElseThrow(AccountDataNotFoundException::new);
        if (!errors.isEmpty()) {
            return list(from, to, status, null, user, model, response);
        }
        StatementAudience audience = statements.audienceOf(user);
        downloads.write(response, chosen, "statements", "Statements", COLUMNS, "statements", "list",
                AuditActor.user(user.userId(), user.username()), sink -> {
                    for (int offset = 0; ; offset += Statements.CHUNK) {
                        List<Statement> chunk = statements.list(audience, filter, offset, Statements.CHUNK);
                        for (Statement s : chunk) {
                            sink.row(List.of(s.number(), s.kindTitle(), s.filerShown(), s.date(), s.status().code(),
                                    s.entryCount(), s.amounts().duty(), s.amounts().tax(), s.amounts().fees(),
                                    s.amounts().other(), s.amounts().total()));
                        }
                        if (chunk.size() < Statements.CHUNK) {
                            return;
                        }
                    }
                });
        return null;
    }

    static Statements.Filter filter(@Nullable String from, @Nullable String to, @Nullable String status,
                                    Map<String, String> errors) {
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", "The last statement date is before the first (" + fromDate + ").");
        }
        StatementStatus chosen = null;
        if (status != null && !status.isBlank()) {
            try {
                chosen = StatementStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                errors.put("status", "Choose a status from the list: NP, AU or PD.");
            }
        }
        return new Statements.Filter(fromDate, toDate, chosen);
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            errors.put(field, "Give the date as YYYY-MM-DD, for example 2026-03-16.");
            return null;
        }
    }

    private static String query(@Nullable String from, @Nullable String to, @Nullable String status) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (from != null && !from.isBlank()) {
            b.queryParam("from", from.strip());
        }
        if (to != null && !to.isBlank()) {
            b.queryParam("to", to.strip());
        }
        if (status != null && !status.isBlank()) {
            b.queryParam("status", status.strip());
        }
        return b.encode().build().toUriString();
    }

    private static String query(String base, int page) {
        return base + (base.isEmpty() ? "?" : "&") + "page=" + page;
    }
}
