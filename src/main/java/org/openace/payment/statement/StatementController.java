package org.openace.payment.statement;

import java.io.IOException;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.DataAccess;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryStatements;
import org.openace.filing.EntrySummary;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A statement and its drill-down (M2): the statement with its amounts and its entries ({@value #PAGE_SIZE} a page,
 * with the statement's sum of every entry beside them), its reconciliation with the entries, and each entry's lines
 * and fee classes; every level downloads as CSV or XLSX. Reached by those who may see the filer's payments and by
 * customs officers; anyone else, a malformed number and one that names no statement get 404, as does an entry that is
 * not on the statement named.
 */
@Controller
class StatementController {

    static final int PAGE_SIZE = 50;
    static final List<String> ENTRY_COLUMNS = List.of("Statement Number", "Entry Summary Number", "Entry Type Code",
            "Port of Entry Code", "Importer Number", "Entry Summary Date", "Entry Date", "Version", "Duty", "Tax",
            "Fees", "Other", "Total");
    static final List<String> LINE_COLUMNS = List.of("Entry Summary Number", "Line Number", "HTS Numbers",
            "Country of Origin Code", "Entered Value", "Duty", "Tax", "AD/CVD Deposit", "Line Fees", "Line Fees by Class");
    static final List<String> FEE_COLUMNS = List.of("Entry Summary Number", "Fee Class Code", "Fee Class",
            "Summary Amount", "Lines Amount");

    private final Statements statements;
    private final StatementReconciliation reconciliation;
    private final EntryStatements entries;
    private final StatementDownloads downloads;
    private final StatementPayments payments;

    StatementController(Statements statements, StatementReconciliation reconciliation, EntryStatements entries,
                        StatementDownloads downloads, StatementPayments payments) {
        this.statements = statements;
        this.reconciliation = reconciliation;
        this.entries = entries;
        this.downloads = downloads;
        this.payments = payments;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "payments";
    }

    @GetMapping("/payments/statements/{statementNumber}")
    @DataAccess(function = AccountFunction.PAYMENTS, level = AccessLevel.VIEW, kind = StatementNumbers.KIND,
            id = "statementNumber", allForRoles = "OFFICER")
    String show(@PathVariable String statementNumber, @RequestParam(required = false) @Nullable String after,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        Statement statement = statement(statementNumber);
        model.addAttribute("payment", payments.of(statement.number()).orElse(null));
        model.addAttribute("officer", user.hasRole(Role.OFFICER));
        model.addAttribute("payers", statement.status() == StatementStatus.NP && !user.hasRole(Role.OFFICER)
                ? payments.usable(statement, user.id()) : List.of());
        model.addAttribute("importerCount", payments.importerCount(statement.number()));
        model.addAttribute("dailies", statement.monthly() ? statements.periodicDailies(statement.number()) : List.of());
        String from = after != null && after.matches("[0-9A-Z]{11}") ? after : null;
        List<StatementEntry> rows = statements.entries(statement.number(), from, PAGE_SIZE + 1);
        model.addAttribute("statement", statement);
        model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("laterPage", from != null);
        model.addAttribute("nextAfter", rows.size() > PAGE_SIZE ? rows.get(PAGE_SIZE - 1).entryNumber() : null);
        return "payment/statement";
    }

    @PostMapping("/payments/statements/{statementNumber}/authorize")
    @DataAccess(function = AccountFunction.PAYMENTS, level = AccessLevel.EDIT, kind = StatementNumbers.KIND,
            id = "statementNumber")
    String authorize(@PathVariable String statementNumber, @RequestParam(required = false) @Nullable String optionId,
                     @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Statement statement = statement(statementNumber);
        try {
            payments.authorize(statement.number(), uuid(optionId), user.id(), user.username());
            redirect.addFlashAttribute("success", UserMessage.of("payment.statement.authorized"));
        }
        catch (StatementRefused refused) {
            redirect.addFlashAttribute("error", UserMessage.of("payment.refused", refused.getMessage()));
        }
        return "redirect:/payments/statements/" + statement.number();
    }

    @PostMapping("/payments/statements/{statementNumber}/payment-received")
    @RoleRequired("OFFICER")
    String received(@PathVariable String statementNumber, @RequestParam(required = false) @Nullable String amount,
                    @RequestParam(required = false) @Nullable String receivedOn,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Statement statement = statement(statementNumber);
        try {
            BigDecimal received = amount == null || !amount.strip().matches("[0-9]{1,13}(\\.[0-9]{1,2})?")
                    ? null : new BigDecimal(amount.strip());
            LocalDate on = receivedOn == null || !receivedOn.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
                    ? null : LocalDate.parse(receivedOn.strip());
            if (received == null || on == null) {
                throw new StatementRefused("Give the amount received in dollars and cents (for example 1234.56) and "
                        + "the date as YYYY-MM-DD.");
            }
            payments.recordReceived(statement.number(), received, on, actor(user));
            redirect.addFlashAttribute("success", UserMessage.of("payment.statement.paid"));
        }
        catch (StatementRefused | java.time.DateTimeException refused) {
            redirect.addFlashAttribute("error", UserMessage.of("payment.refused", refused instanceof StatementRefused
                    ? refused.getMessage() : "That date does not exist."));
        }
        return "redirect:/payments/statements/" + statement.number();
    }

    @GetMapping("/payments/statements/{statementNumber}/export/{format}")
    @DataAccess(function = AccountFunction.PAYMENTS, level = AccessLevel.VIEW, kind = StatementNumbers.KIND,
            id = "statementNumber", allForRoles = "OFFICER")
    void exportEntries(@PathVariable String statementNumber, @PathVariable String format,
                       @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        Statement statement = statement(statementNumber);
        downloads.write(response, format(format), "statement-" + statement.number(), "Entries", ENTRY_COLUMNS,
                "entries", statement.number(), actor(user), sink -> statements.forEachEntry(statement.number(), e -> {
                    try {
                        sink.row(List.of(statement.number(), e.formatted(), e.entryType(), e.portOfEntry(),
                                e.importerDisplay(), e.summaryDate(), e.entryDate(), e.version(), e.amounts().duty(),
                                e.amounts().tax(), e.amounts().fees(), e.amounts().other(), e.amounts().total()));
                    }
                    catch (IOException io) {
                        throw new java.io.UncheckedIOException(io);
                    }
                }));
    }

    @GetMapping("/payments/statements/{statementNumber}/reconciliation")
    @DataAccess(function = AccountFunction.PAYMENTS, level = AccessLevel.VIEW, kind = StatementNumbers.KIND,
            id = "statementNumber", allForRoles = "OFFICER")
    String reconcile(@PathVariable String statementNumber, Model model) {
        Statement statement = statement(statementNumber);
        model.addAttribute("statement", statement);
        model.addAttribute("result", reconciliation.reconcile(statement));
        return "payment/reconciliation";
    }

    @GetMapping("/payments/statements/{statementNumber}/entries/{entryNumber}")
    @DataAccess(function = AccountFunction.PAYMENTS, level = AccessLevel.VIEW, kind = StatementNumbers.KIND,
            id = "statementNumber", allForRoles = "OFFICER")
    String entry(@PathVariable String statementNumber, @PathVariable String entryNumber, Model model) {
        Statement statement = statement(statementNumber);
        model.addAttribute("statement", statement);
        model.addAttribute("breakdown", breakdown(statement, entryNumber));
        return "payment/statement-entry";
    }

    @GetMapping("/payments/statements/{statementNumber}/entries/{entryNumber}/lines/export/{format}")
    @DataAccess(function = AccountFunction.PAYMENTS, level = AccessLevel.VIEW, kind = StatementNumbers.KIND,
            id = "statementNumber", allForRoles = "OFFICER")
    void exportLines(@PathVariable String statementNumber, @PathVariable String entryNumber,
                     @PathVariable String format, @AuthenticationPrincipal CurrentUser user,
                     HttpServletResponse response) throws IOException {
        Statement statement = statement(statementNumber);
        StatementSheet.Format chosen = format(format);
        EntryBreakdown breakdown = breakdown(statement, entryNumber);
        String entry = breakdown.onStatement().formatted();
        downloads.write(response, chosen, "statement-" + statement.number() + "-" + entry + "-lines", "Lines",
                LINE_COLUMNS, "lines " + entry, statement.number(), actor(user), sink -> {
                    for (EntryBreakdown.Line line : breakdown.lines()) {
                        List<String> byClass = new ArrayList<>();
                        line.fees().forEach((code, amount) -> byClass.add(code + " " + amount.toPlainString()));
                        sink.row(List.of(entry, line.number(), String.join(" ", line.htsNumbers()), line.origin(),
                                line.value(), line.duty(), line.tax(), line.adCvd(), line.feesTotal(),
                                String.join("; ", byClass)));
                    }
                });
    }

    @GetMapping("/payments/statements/{statementNumber}/entries/{entryNumber}/fee-classes/export/{format}")
    @DataAccess(function = AccountFunction.PAYMENTS, level = AccessLevel.VIEW, kind = StatementNumbers.KIND,
            id = "statementNumber", allForRoles = "OFFICER")
    void exportFeeClasses(@PathVariable String statementNumber, @PathVariable String entryNumber,
                          @PathVariable String format, @AuthenticationPrincipal CurrentUser user,
                          HttpServletResponse response) throws IOException {
        Statement statement = statement(statementNumber);
        StatementSheet.Format chosen = format(format);
        EntryBreakdown breakdown = breakdown(statement, entryNumber);
        String entry = breakdown.onStatement().formatted();
        downloads.write(response, chosen, "statement-" + statement.number() + "-" + entry + "-fee-classes",
                "Fee classes", FEE_COLUMNS, "fee classes " + entry, statement.number(), actor(user), sink -> {
                    for (EntryBreakdown.FeeClass fee : breakdown.feeClasses()) {
                        List<Object> cells = new ArrayList<>(List.of(entry, fee.code(), fee.name(),
                                fee.summaryAmount()));
                        cells.add(fee.linesAmount());
                        sink.row(cells);
                    }
                });
    }

    private Statement statement(String typed) {
        return StatementNumbers.normalized(typed).flatMap(statements::find)
                .orElseThrow(AccountDataNotFoundException::new);
    }

    private EntryBreakdown breakdown(Statement statement, String typedEntry) {
        EntryNumber number = EntryNumber.tryParse(typedEntry).orElseThrow(AccountDataNotFoundException::new);
        StatementEntry onStatement = statements.entry(statement.number(), number.compact())
                .orElseThrow(AccountDataNotFoundException::new);
        EntrySummary summary = entries.find(number).orElseThrow(AccountDataNotFoundException::new);
        return EntryBreakdown.of(onStatement, summary.form());
    }

    private static UUID uuid(@Nullable String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        }
        catch (IllegalArgumentException e) {
            throw new StatementRefused("Choose a payment option.");
        }
    }

    private static StatementSheet.Format format(String typed) {
        return StatementSheet.Format.of(typed).orElseThrow(AccountDataNotFoundException::new);
    }

    private static AuditActor actor(CurrentUser user) {
        return AuditActor.user(user.userId(), user.username());
    }
}
