package org.openace.filing.detail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.DataAccess;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.Form7501;
import org.openace.filing.Hold;
import org.openace.filing.json.Form7501Writer;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An entry summary by API (F4): {@code GET /api/v1/entry-summaries/{entryNumber}}, the address the intake answers
 * in {@code Location}, gives the current version (importer numbers masked) with where the entry stands, its holds,
 * history and versions; {@code .../versions/{version}} one version as filed. For a signed-in session with the right
 * to view the entry (or an officer), and for an API token of the entry's filer sub-account; anyone else, an unknown
 * entry or version: 404 {@code NOT_FOUND} ({@link EntryApiProblems}).
 */
@RestController
@RequestMapping("/api/v1/entry-summaries/{entryNumber}")
class EntrySummaryApiController {

    private static final String API = "/api/v1/entry-summaries/";

    private final EntryDetails details;

    EntrySummaryApiController(EntryDetails details) {
        this.details = details;
    }

    @GetMapping
    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "entry", id = "entryNumber",
            allForRoles = "OFFICER", apiTokens = true)
    ResponseEntity<Map<String, Object>> show(@PathVariable String entryNumber) {
        EntryNumber number = parsed(entryNumber);
        EntryDetails.Entry entry = details.find(number).orElseThrow(AccountDataNotFoundException::new);
        EntrySummary summary = entry.summary();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryNumber", number.formatted());
        body.put("version", summary.version());
        body.put("status", summary.status().name());
        body.put("rejectionReasons", summary.rejectionReasons());
        body.put("resubmitBy", summary.resubmitBy().map(Object::toString).orElse(null));
        body.put("statementNumber", summary.statementNumber().orElse(null));
        body.put("releaseStatus", summary.releaseStatus().name());
        body.put("holds", holds(summary.holds()));
        body.put("liquidationDeadline", summary.liquidationDeadline().toString());
        body.put("extensions", summary.extensions());
        body.put("liquidationDate", summary.liquidationDate().map(Object::toString).orElse(null));
        body.put("protestBy", summary.protestBy().map(Object::toString).orElse(null));
        body.put("amountDue", FormFields.money(summary.form().declaredTotals().total()));
        body.put("summary", Form7501Writer.write(summary.form(), Form7501Writer.ImporterNumbers.MASKED));
        body.put("versions", entry.versions().stream().map(v -> version(number, v)).toList());
        body.put("history", entry.history().stream().map(EntrySummaryApiController::history).toList());
        body.put("links", Map.of("self", API + number.formatted()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/versions/{version}")
    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "entry", id = "entryNumber",
            allForRoles = "OFFICER", apiTokens = true)
    ResponseEntity<Map<String, Object>> version(@PathVariable String entryNumber, @PathVariable String version) {
        EntryNumber number = parsed(entryNumber);
        if (!version.matches("\\d{1,5}")) {
            throw new AccountDataNotFoundException();
        }
        int wanted = Integer.parseInt(version);
        EntryDetails.VersionFiled filed = details.versions(number).stream().filter(v -> v.version() == wanted)
                .findFirst().orElseThrow(AccountDataNotFoundException::new);
        Form7501 form = details.version(number, wanted).orElseThrow(AccountDataNotFoundException::new);
        Map<String, Object> body = version(number, filed);
        body.put("summary", Form7501Writer.write(form, Form7501Writer.ImporterNumbers.MASKED));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private static Map<String, Object> version(EntryNumber number, EntryDetails.VersionFiled filed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryNumber", number.formatted());
        body.put("version", filed.version());
        body.put("filedAt", filed.filedAt().toString());
        body.put("filedBy", filed.filedBy());
        body.put("links", Map.of("self", API + number.formatted() + "/versions/" + filed.version()));
        return body;
    }

    private static List<Map<String, Object>> holds(List<Hold> holds) {
        return holds.stream().map(hold -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("number", hold.number());
            h.put("authority", hold.authority());
            h.put("reason", hold.reason());
            h.put("placedOn", hold.placedOn().toString());
            h.put("liftedOn", hold.liftedOn() == null ? null : hold.liftedOn().toString());
            return h;
        }).toList();
    }

    private static Map<String, Object> history(EntryDetails.HistoryLine line) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("seq", line.seq());
        h.put("kind", line.kind());
        h.put("occurredAt", line.occurredAt().toString());
        h.put("occurredOn", line.occurredOn().toString());
        h.put("version", line.version());
        h.put("actor", line.actor());
        Map<String, String> d = new LinkedHashMap<>();
        line.details().forEach(detail -> d.put(detail.name(), detail.value()));
        h.put("details", d);
        return h;
    }

    private static EntryNumber parsed(String entryNumber) {
        return EntryNumber.tryParse(entryNumber).orElseThrow(AccountDataNotFoundException::new);
    }
}
